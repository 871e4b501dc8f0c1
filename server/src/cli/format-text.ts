/** Human output: `path:line:col  severity  message  [code]` (1-based), then a summary line. */
import type { FileReport } from './report';

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  const count = { error: 0, warning: 0, info: 0, hint: 0 };
  let fixed = 0;
  for (const r of reports) {
    fixed += r.fixed;
    for (const d of r.diagnostics) {
      count[d.severity]++;
      lines.push(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${d.severity}  ${d.message}  [${d.code}]`);
    }
  }
  const problems = count.error + count.warning + count.info + count.hint;
  const checked = reports.filter((r) => r.isTaskDefinition).length;
  const parts = [`${count.error} error${count.error === 1 ? '' : 's'}`, `${count.warning} warning${count.warning === 1 ? '' : 's'}`];
  if (count.info + count.hint) parts.push(`${count.info + count.hint} info`);
  let summary = `${problems} problem${problems === 1 ? '' : 's'} (${parts.join(', ')}) in ${checked} task definition file${checked === 1 ? '' : 's'}`;
  if (fixed) summary += `; ${fixed} fix${fixed === 1 ? '' : 'es'} applied`;
  const skipped = reports.filter((r) => !r.isTaskDefinition).map((r) => r.file);
  if (skipped.length) lines.push(...skipped.map((f) => `${f}: not a task definition (skipped)`));
  lines.push(summary);
  return `${lines.join('\n')}\n`;
}
