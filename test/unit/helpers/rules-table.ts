/** The README's rule table, generated from the registry. */
import { allRules } from '../../../server/src/service';

export function rulesTable(): string {
  const rows = allRules.map((r) => `| [${r.id}](docs/rules/${r.id}.md) | ${r.severity} | ${r.title.replace(/\|/g, '\\|')} |`);
  return ['| rule | severity | what it checks |', '|---|---|---|', ...rows, ''].join('\n');
}
