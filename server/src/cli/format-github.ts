/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` per problem, which
 * GitHub shows as annotations on the pull request; then the summary as a plain line.
 */
import { relative, resolve, sep } from 'node:path';
import type { Severity } from '../service';
import type { RunOutput } from './output';
import { summaryLine } from './output';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const satisfies Record<Severity, string>;

/** Message text: %, CR and LF are escaped (GitHub's own toolkit does the same). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: also `:` and `,`, which separate the properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(run: RunOutput): string {
  const lines: string[] = [];
  const fileProp = (file: string) => {
    const rel = relative(run.cwd, resolve(run.cwd, file));
    return escapeProperty((rel.startsWith('..') ? file : rel).split(sep).join('/'));
  };
  for (const r of run.reports) {
    for (const d of r.diagnostics) {
      const props = [
        `file=${fileProp(r.file)}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(`ecs-taskdef ${d.code}`)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(`${d.message} [${d.code}]`)}`);
    }
  }
  for (const e of run.errors) {
    const props = [...(e.file !== undefined ? [`file=${fileProp(e.file)}`] : []), `title=${escapeProperty('ecs-taskdef')}`];
    lines.push(`::error ${props.join(',')}::${escapeData(e.message)}`);
  }
  lines.push(summaryLine(run.reports));
  return `${lines.join('\n')}\n`;
}
