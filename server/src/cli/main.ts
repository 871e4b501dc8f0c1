/** `ecs-taskdef lint`: the same core as the editor, for CI. Exit 0 clean, 1 errors, 2 usage/unreadable. */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CONFIG, type ServiceConfig } from '../service';
import { type LintArgs, USAGE, parseArgs } from './args';
import { describeFsError, expandPaths } from './files';
import { type FileReport, lintText } from './report';
import { formatText } from './format-text';
import { formatSarif } from './format-sarif';
import { terraformContexts } from './terraform';
import { initNodeTerraform } from '../node/terraform-wasm';

const VERSION = '0.1.0';

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const args = parseArgs(argv);
  if (args.command === 'help') { out(`${USAGE}\n`); return 0; }
  if (args.command === 'version') { out(`${VERSION}\n`); return 0; }
  if (args.command === 'error') { err(`ecs-taskdef: ${args.message}\n${USAGE}\n`); return 2; }
  return lint(args, out, err);
}

function lint(args: LintArgs, out: (s: string) => void, err: (s: string) => void): number {
  const config: ServiceConfig = { ...DEFAULT_CONFIG, rules: args.rules };
  const { targets, errors } = expandPaths(args.paths);
  const tfContexts = terraformContexts(targets);
  const reports: FileReport[] = [];
  for (const t of targets) {
    let text: string;
    try {
      text = readFileSync(t.path, 'utf8');
    } catch (e) {
      errors.push(`${t.path}: ${describeFsError(e)}`);
      continue;
    }
    if (text.includes('\u0000')) {
      if (t.explicit) errors.push(`${t.path}: not a text file`);
      continue;
    }
    const { report, fixedText } = lintText(t.path, text, config, args.fix, { taskContext: tfContexts.get(resolve(t.path)) });
    if (fixedText !== undefined) {
      try {
        writeFileSync(t.path, fixedText);
      } catch (e) {
        errors.push(`${t.path}: cannot write fixes: ${describeFsError(e)}`);
      }
    }
    if (t.explicit || report.isTaskDefinition) reports.push(report);
  }
  if (args.format === 'json') out(`${JSON.stringify(reports.map(({ file, diagnostics }) => ({ file, diagnostics })), null, 2)}\n`);
  else if (args.format === 'sarif') out(formatSarif(reports, VERSION));
  else if (reports.length > 0 || errors.length === 0) out(formatText(reports));
  for (const e of errors) err(`ecs-taskdef: ${e}\n`);
  if (errors.length) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Process entry (bin/ecs-taskdef.js calls it). Loads the Terraform parser first (.tf files get nothing if it cannot). */
export async function main(): Promise<void> {
  let code = 2;
  try {
    await initNodeTerraform();
    code = run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(s));
  } catch (e) {
    process.stderr.write(`ecs-taskdef: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    code = 2;
  }
  process.exitCode = code;
}

if (require.main === module) void main();
