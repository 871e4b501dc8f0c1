/** Command-line parsing for `ecs-taskdef lint` (node:util parseArgs, strict: unknown options are bad usage). */
import { parseArgs as parseNodeArgs } from 'node:util';
import { RULE_SETTINGS, type RuleSetting, isRuleSetting } from '../service';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export interface LintArgs {
  command: 'lint';
  /** Undefined: not given (text, or github when GITHUB_ACTIONS=true). */
  format: OutputFormat | undefined;
  fix: boolean;
  paths: string[];
  rules: Record<string, RuleSetting>;
  stdinFilename: string | undefined;
  ignorePatterns: string[];
  maxWarnings: number | undefined;
  quiet: boolean;
  /** true: --color, false: --no-color, undefined: decide from the terminal and NO_COLOR. */
  color: boolean | undefined;
}

export type ParsedArgs = LintArgs | { command: 'help' } | { command: 'version' } | { command: 'error'; message: string };

export const USAGE = `Usage: ecs-taskdef lint [options] PATH...

Checks Amazon ECS task definitions (register-task-definition JSON, describe output,
CloudFormation YAML/JSON, container-definition arrays). PATH is a file, a directory
(searched for task definitions by content, honouring .gitignore), a quoted glob such
as 'deploy/**/*.json', or - for standard input.

Options:
  -f, --format FORMAT        text, json, sarif, github or junit (default: text;
                             github when GITHUB_ACTIONS=true)
  --fix                      apply each problem's preferred fix in place (with -: print
                             the fixed text to stdout and the report to stderr)
  --rule ID=SEVERITY         override a rule: error, warning, info, hint, off or default
                             (repeatable)
  --stdin-filename NAME      the name reported for - (also picks JSON or YAML)
  --ignore-pattern PATTERN   skip files matching this .gitignore-style pattern
                             (relative to the current folder; repeatable)
  --max-warnings N           exit 1 when more than N warnings are found
  --quiet                    report errors only
  --color, --no-color        force or turn off colour (default: on a terminal unless
                             NO_COLOR is set)
  -h, --help                 show this help
  -v, --version              show the version

Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 bad usage, or a file that could not be read, checked or fixed.`;

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0) return { command: 'error', message: 'no command given (expected "lint")' };
  if (argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'lint') return { command: 'error', message: `unknown command "${argv[0]}" (expected "lint")` };
  let parsed;
  try {
    parsed = parseNodeArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        'stdin-filename': { type: 'string' },
        'ignore-pattern': { type: 'string', multiple: true },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return { command: 'error', message: cleanParseError(e) };
  }
  const { values, positionals, tokens } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  const format = values.format;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    return {
      command: 'error',
      message: `--format must be ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]} (got "${format}")`,
    };
  }
  const rules: Record<string, RuleSetting> = {};
  for (const v of values.rule ?? []) {
    const m = /^([A-Za-z0-9_-]+)=([a-z]+)$/.exec(v);
    if (!m || !isRuleSetting(m[2])) return { command: 'error', message: `--rule expects ID=${RULE_SETTINGS.join('|')} (got "${v}")` };
    rules[m[1]] = m[2];
  }
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) return { command: 'error', message: `--max-warnings expects a whole number of 0 or more (got "${raw}")` };
    maxWarnings = Number(raw);
  }
  // The last of --color / --no-color wins.
  let color: boolean | undefined;
  for (const t of tokens ?? []) if (t.kind === 'option' && (t.name === 'color' || t.name === 'no-color')) color = t.name === 'color';
  const paths = positionals;
  if (paths.length === 0) return { command: 'error', message: 'no PATH given (use - to read standard input)' };
  if (values['stdin-filename'] !== undefined && !paths.includes('-'))
    return { command: 'error', message: '--stdin-filename needs - among the paths' };
  if (paths.filter((p) => p === '-').length > 1) return { command: 'error', message: '- (standard input) can be given only once' };
  return {
    command: 'lint',
    format: format as OutputFormat | undefined,
    fix: values.fix ?? false,
    paths,
    rules,
    stdinFilename: values['stdin-filename'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    maxWarnings,
    quiet: values.quiet ?? false,
    color,
  };
}

/** parseArgs errors carry Node's code prefix and advice that does not fit a CLI user; keep the first sentence. */
function cleanParseError(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const unknown = /^Unknown option '([^']+)'/.exec(msg);
  if (unknown) return `unknown option "${unknown[1]}"`;
  const missing = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(msg);
  if (missing) return `${missing[1]} needs a value`;
  const ambiguous = /^Option '(?:-\w, )?(--[\w-]+)[^']*' argument is ambiguous/.exec(msg);
  if (ambiguous) return `a value of ${ambiguous[1]} that starts with - must be written ${ambiguous[1]}=VALUE`;
  return msg.split('. ')[0].replace(/'/g, '"');
}
