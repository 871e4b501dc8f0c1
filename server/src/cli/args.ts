/** Command-line parsing for `ecs-taskdef lint`. */
import type { RuleSetting } from '../service';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface LintArgs {
  command: 'lint';
  format: OutputFormat;
  fix: boolean;
  paths: string[];
  rules: Record<string, RuleSetting>;
}

export type ParsedArgs = LintArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: ecs-taskdef lint [options] PATH...

Checks Amazon ECS task definitions (register-task-definition JSON, describe output,
CloudFormation YAML/JSON, container-definition arrays). Directories are searched for
task definitions by content.

Options:
  --format text|json|sarif   output format (default: text)
  --fix                      apply each problem's preferred fix in place
  --rule ID=SEVERITY         override a rule: error, warning, info, hint or off (repeatable)
  -h, --help                 show this help
  --version                  show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage or unreadable files.`;

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off', 'default']);

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'lint') return { command: 'error', message: `unknown command "${argv[0]}" (expected "lint")` };
  const out: LintArgs = { command: 'lint', format: 'text', fix: false, paths: [], rules: {} };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format' || flag === '-f') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return { command: 'error', message: `--format must be text, json or sarif (got ${v === undefined ? 'nothing' : `"${v}"`})` };
      out.format = v;
    } else if (flag === '--fix') out.fix = true;
    else if (flag === '--rule') {
      const v = value() ?? '';
      const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(v);
      if (!m || !SEVERITIES.has(m[2])) return { command: 'error', message: `--rule expects ID=error|warning|info|hint|off (got "${v}")` };
      out.rules[m[1]] = m[2] as RuleSetting;
    } else if (flag === '-h' || flag === '--help') return { command: 'help' };
    else if (a === '--') out.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') return { command: 'error', message: `unknown option "${a}"` };
    else out.paths.push(a);
  }
  if (out.paths.length === 0) return { command: 'error', message: 'no PATH given' };
  return out;
}
