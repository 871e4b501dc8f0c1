/**
 * The `ecsTaskdef.rules` setting of package.json, generated from the rule registry so settings
 * completion lists every rule id with its title (regenerate with `npm run gen:settings`).
 */
import { allRules, ruleDocUrl } from '../../../server/src/service';

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off', 'default'];

export function rulesSetting(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const rule of allRules) {
    properties[rule.id] = {
      type: 'string',
      enum: SEVERITIES,
      markdownDescription: `${rule.title} Default: \`${rule.severity}\`. [Rule page](${ruleDocUrl(rule.id)})`,
    };
  }
  return {
    type: 'object',
    default: {},
    scope: 'resource',
    markdownDescription:
      'Severity per rule, by rule id: `error`, `warning`, `info`, `hint`, `off` or `default` (the rule\'s own). Example: `{ "host-port-in-ephemeral-range": "off" }`. Every rule is listed in the [rules table](https://github.com/ecs-taskdef/ecs-taskdef#rules).',
    properties,
    additionalProperties: false,
  };
}

/** package.json with `ecsTaskdef.rules` replaced by the generated setting, formatted as npm writes it. */
export function withRulesSetting(packageJson: string): string {
  const pkg = JSON.parse(packageJson);
  pkg.contributes.configuration.properties['ecsTaskdef.rules'] = rulesSetting();
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
