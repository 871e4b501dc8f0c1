/** The JSON schema of `.ecs-taskdef.json` (schemas/ecs-taskdef-config.schema.json), generated from the rule registry. */
import { allRules } from '../../../server/src/service';

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/ecs-taskdef/ecs-taskdef/main/schemas/ecs-taskdef-config.schema.json';

const SEVERITY = {
  type: 'string',
  enum: ['error', 'warning', 'info', 'hint', 'off', 'default'],
  description: 'The severity to report this rule with, `off` to silence it, `default` for its own severity.',
};

const GLOBS = (what: string) => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: `${what} Glob patterns relative to the folder of this file: \`*\` and \`?\` stay within a folder, \`**\` spans folders, \`{a,b}\` picks one.`,
});

export function configSchema(): object {
  const rules: Record<string, object> = {};
  for (const r of allRules) rules[r.id] = { ...SEVERITY, description: `${r.title} (default: ${r.severity})` };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'ecs-taskdef configuration',
    description:
      'Project settings for ecs-taskdef (the CLI and the language server): `.ecs-taskdef.json`, or the "ecs-taskdef" key of package.json. The nearest one above a file applies; editor settings and `--rule` flags override its rules.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Severity by rule id. Rule pages: https://github.com/ecs-taskdef/ecs-taskdef/tree/main/docs/rules',
        properties: rules,
        additionalProperties: false,
      },
      files: GLOBS('Files always checked as task definitions, even when their content does not say so.'),
      ignores: GLOBS('Files never checked; a pattern matching a folder covers everything in it.'),
    },
    additionalProperties: false,
  };
}
