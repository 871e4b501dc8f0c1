/** Human output: `path:line:col  severity  message  [code]` (1-based), then a summary line; ANSI colour optional. */
import type { Severity } from '../service';
import type { RunOutput } from './output';
import { countSeverities, summaryLine } from './output';

const SGR = { red: 31, yellow: 33, blue: 34, gray: 90, green: 32, bold: 1 } as const;
const SEVERITY_COLOUR = { error: SGR.red, warning: SGR.yellow, info: SGR.blue, hint: SGR.gray } as const satisfies Record<Severity, number>;

export function formatText(run: RunOutput, color = false): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const r of run.reports) {
    for (const d of r.diagnostics) {
      lines.push(
        `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}  ${paint(SEVERITY_COLOUR[d.severity], d.severity)}  ${d.message}  ${paint(SGR.gray, `[${d.code}]`)}`,
      );
    }
  }
  const skipped = run.reports.filter((r) => !r.isTaskDefinition && r.error === undefined).map((r) => r.file);
  lines.push(...skipped.map((f) => `${f}: not a task definition (skipped)`));
  const c = countSeverities(run.reports);
  const colour = c.error ? SGR.red : c.warning ? SGR.yellow : SGR.green;
  lines.push(paint(SGR.bold, paint(colour, summaryLine(run.reports))));
  return `${lines.join('\n')}\n`;
}
