/** SARIF 2.1.0 for GitHub code scanning: 1-based regions, one rule entry per rule id seen. */
import { allRules, ruleDocUrl } from '../service';
import type { FileReport } from './report';
import { SYNTAX_ERROR_CODE } from './report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(reports: FileReport[], version: string): string {
  const used = new Set<string>();
  const results = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      used.add(d.code);
      results.push({
        ruleId: d.code,
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.file.replace(/\\/g, '/').replace(/^\.\//, '') },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        }],
      });
    }
  }
  const rules = [...used].sort().map((id) => {
    const rule = allRules.find((x) => x.id === id);
    if (!rule) return { id, shortDescription: { text: id === SYNTAX_ERROR_CODE ? 'The file does not parse.' : id }, defaultConfiguration: { level: 'error' } };
    return {
      id,
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.why },
      helpUri: ruleDocUrl(id),
      defaultConfiguration: { level: LEVEL[rule.severity] },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'ecs-taskdef', version, informationUri: 'https://github.com/ecs-taskdef/ecs-taskdef', rules } },
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
