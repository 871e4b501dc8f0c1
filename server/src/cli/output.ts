/** What every output format receives: the files read and the problems the run itself had. */
import { SEVERITIES, type Severity } from '../service';
import type { FileReport } from './report';

export interface ToolError {
  /** The path as given, when the problem belongs to one file. */
  file?: string;
  message: string;
}

export interface RunOutput {
  reports: FileReport[];
  errors: ToolError[];
  /** The folder relative paths and SARIF's %SRCROOT% are taken from. */
  cwd: string;
  version: string;
}

export function toolErrorLine(e: ToolError): string {
  return e.file === undefined ? e.message : `${e.file}: ${e.message}`;
}

export type Counts = Record<Severity, number>;

export function countSeverities(reports: FileReport[]): Counts {
  const count = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Counts;
  for (const r of reports) for (const d of r.diagnostics) count[d.severity]++;
  return count;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `3 problems (1 error, 1 warning, 0 infos, 1 hint) in 2 task definition files; 1 fix applied` */
export function summaryLine(reports: FileReport[]): string {
  const c = countSeverities(reports);
  const problems = c.error + c.warning + c.info + c.hint;
  const checked = reports.filter((r) => r.isTaskDefinition).length;
  const fixed = reports.reduce((n, r) => n + r.fixed, 0);
  let line = `${plural(problems, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}, ${plural(c.hint, 'hint')}) in ${plural(checked, 'task definition file')}`;
  if (fixed) line += `; ${fixed} fix${fixed === 1 ? '' : 'es'} applied`;
  const unwritten = reports.filter((r) => r.error !== undefined).length;
  if (unwritten) line += `; ${plural(unwritten, 'file')} could not be checked or fixed`;
  return line;
}
