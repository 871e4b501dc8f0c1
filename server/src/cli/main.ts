/** `ecs-taskdef lint`: the same core as the editor, for CI. Exit 0 clean, 1 errors, 2 usage/unreadable. */
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { type AnalyzeOptions, type RelatedFile, allRules } from '../service';
import { type CliFileConfig, cliConfigLookup } from '../node/config-reader';
import { type LintArgs, type OutputFormat, USAGE, parseArgs } from './args';
import { decode, encodeFixed } from './encoding';
import { type FileTarget, expandPaths } from './files';
import { formatGithub } from './format-github';
import { formatJunit } from './format-junit';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { type RunOutput, type ToolError, countSeverities, toolErrorLine } from './output';
import { type ReadResult, readStdin, readTarget } from './read';
import { type FileReport, fixText, lintText } from './report';
import { closest } from './suggest';
import { writeFixed } from './write';
import { type FolderCache, relatedFiles } from './related';
import { terraformContexts } from './terraform';
import { initNodeTerraform } from '../node/terraform-wasm';
import { VERSION } from '../node/version';

/** What the process gives the CLI; tests pass their own. */
export interface RunIO {
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Colour by default only on a terminal. */
  stdoutIsTTY?: boolean;
  readStdin?: () => ReadResult;
  /** Raw bytes to stdout (the fixed text of standard input). */
  outBytes?: (b: Buffer) => void;
  /** Called before each file is analysed (tests use it to make one file fail). */
  beforeCheck?: (name: string) => void;
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, io: RunIO = {}): number {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    out(`${VERSION}\n`);
    return 0;
  }
  if (args.command === 'error') {
    err(`ecs-taskdef: ${args.message}\n${USAGE}\n`);
    return 2;
  }
  return lint(args, out, err, io);
}

function lint(args: LintArgs, out: (s: string) => void, err: (s: string) => void, io: RunIO): number {
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const format = args.format ?? (env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  const color = format === 'text' && (args.color ?? (io.stdoutIsTTY === true && !env.NO_COLOR));
  const known = allRules.map((r) => r.id);
  for (const id of Object.keys(args.rules)) {
    if (known.includes(id)) continue;
    const guess = closest(id, known);
    err(`ecs-taskdef: warning: unknown rule "${id}" in --rule${guess ? ` (did you mean "${guess}"?)` : ''}; it is ignored\n`);
  }
  /** The configuration for one file (absolute path): the nearest .ecs-taskdef.json with the --rule flags over it. */
  const configFor = cliConfigLookup(args.rules, (w) => err(`ecs-taskdef: warning: ${w}\n`));

  const expansion = expandPaths(args.paths, { cwd, ignorePatterns: args.ignorePatterns });
  const errors: ToolError[] = [...expansion.errors];
  // Files that .tf files load with file()/templatefile(): checked with the loading resource's facts (added when not given).
  const tfContexts = terraformContexts(expansion.targets, cwd);
  const notes: string[] = [];
  const reports: FileReport[] = [];
  /** Folders read for service files (the task definition next to them), once per folder. */
  const folders: FolderCache = new Map();
  const stdinName = args.stdinFilename ?? '<stdin>';
  // With --fix, standard input's fixed text owns stdout; the report goes to stderr.
  const fixingStdin = args.fix && args.paths.includes('-');
  const report = fixingStdin ? err : out;
  const outBytes = io.outBytes ?? ((b: Buffer) => out(b.toString('utf8')));

  for (const t of expansion.targets) {
    const isStdin = t.path === '-';
    const name = isStdin ? stdinName : t.path;
    const read = isStdin ? (io.readStdin ?? readStdin)() : readTarget(resolve(cwd, t.path));
    if (!read.ok) {
      if (t.explicit || !read.skipped) errors.push({ file: name, message: read.reason });
      else notes.push(`${name}: ${read.reason}`);
      continue;
    }
    const fileConfig = configFor(resolve(cwd, name));
    if (fileConfig.ignored && !isStdin) continue;
    const relatedFor = (text: string) => relatedFiles(resolve(cwd, name), text, folders);
    const taskContext = isStdin ? undefined : tfContexts.get(resolve(cwd, t.path));
    const result = checkOne(
      t,
      resolve(cwd, t.path),
      name,
      read.bytes,
      read.stat,
      { ...fileConfig, relatedFor, extra: taskContext ? { taskContext } : {} },
      args.fix,
      isStdin && args.fix ? outBytes : undefined,
      io.beforeCheck,
    );
    if (result.error !== undefined) errors.push({ file: name, message: result.error });
    if (result.report && (t.explicit || result.report.isTaskDefinition || result.report.error !== undefined)) reports.push(result.report);
  }

  const warningCount = countSeverities(reports).warning; // before --quiet drops them
  const maxWarningsExceeded = args.maxWarnings !== undefined && warningCount > args.maxWarnings;
  if (args.quiet) for (const r of reports) r.diagnostics = r.diagnostics.filter((d) => d.severity === 'error');
  const runOut: RunOutput = { reports, errors, cwd, version: VERSION };
  const nothingFound = expansion.searched.length > 0 && reports.length === 0 && errors.length === 0;
  const nothingLine = `no task definitions found in ${expansion.searched.join(', ')}`;

  const rendered = render(format, runOut, color, nothingFound ? nothingLine : undefined);
  if (rendered !== undefined) report(rendered);
  if (nothingFound && format !== 'text' && format !== 'github') notes.push(nothingLine);

  for (const n of notes) err(`ecs-taskdef: note: ${n}\n`);
  for (const e of errors) err(`ecs-taskdef: ${toolErrorLine(e)}\n`);
  if (maxWarningsExceeded)
    err(`ecs-taskdef: ${warningCount} warning${warningCount === 1 ? '' : 's'} found, more than --max-warnings ${args.maxWarnings}\n`);
  if (errors.length) return 2;
  if (reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'))) return 1;
  return maxWarningsExceeded ? 1 : 0;
}

interface CheckResult {
  report?: FileReport;
  /** A problem with this file that fails the run. */
  error?: string;
}

/** The report in the chosen format; undefined when there is nothing to print (text, every file failed). */
function render(format: OutputFormat, run: RunOutput, color: boolean, nothingFound: string | undefined): string | undefined {
  switch (format) {
    case 'json':
      return `${JSON.stringify(
        run.reports.map(({ file, diagnostics, error }) => (error === undefined ? { file, diagnostics } : { file, diagnostics, error })),
        null,
        2,
      )}\n`;
    case 'sarif':
      return formatSarif(run);
    case 'junit':
      return formatJunit(run);
    case 'github':
      return nothingFound !== undefined ? `${nothingFound}\n` : formatGithub(run);
    default:
      if (nothingFound !== undefined) return `${nothingFound}\n`;
      return run.reports.length > 0 || run.errors.length === 0 ? formatText(run, color) : undefined;
  }
}

/**
 * One file, isolated: whatever goes wrong inside (a parser limit, a bug) becomes this file's error and
 * the other files are still checked and reported. With --fix on standard input, stdout always gets the
 * text exactly once: the fixed text, or else the input unchanged.
 */
function checkOne(
  t: FileTarget,
  path: string,
  name: string,
  bytes: Buffer,
  stat: Stats | undefined,
  {
    service,
    force,
    relatedFor,
    extra,
  }: CliFileConfig & { relatedFor: (text: string) => RelatedFile[] | undefined; extra: Pick<AnalyzeOptions, 'taskContext'> },
  fix: boolean,
  stdinOut: ((b: Buffer) => void) | undefined,
  beforeCheck?: (name: string) => void,
): CheckResult {
  let echoed = false;
  const echo = (b: Buffer) => {
    if (stdinOut && !echoed) {
      echoed = true;
      stdinOut(b);
    }
  };
  try {
    beforeCheck?.(name);
    const decoded = decode(bytes);
    if (decoded.text.includes('\u0000')) {
      echo(bytes);
      return t.explicit ? { error: 'not a text file' } : {};
    }
    if (!fix) return { report: lintText(name, decoded.text, service, force, relatedFor(decoded.text), extra) };
    const fixed = fixText(name, decoded.text, service, force, relatedFor(decoded.text), extra);
    if (fixed.applied === 0) {
      echo(bytes);
      return { report: lintText(name, decoded.text, service, force, relatedFor(decoded.text), extra) };
    }
    const encoded = encodeFixed(decoded, fixed.text);
    let failure: string | undefined;
    if ('error' in encoded) failure = encoded.error;
    else if (stdinOut) echo(encoded.bytes);
    else failure = writeFixed(path, bytes, stat!, encoded.bytes);
    if (failure !== undefined) {
      // Nothing was written: report the file as it still is, and say why.
      echo(bytes);
      const report = lintText(name, decoded.text, service, force, relatedFor(decoded.text), extra);
      return { report: { ...report, error: failure }, error: failure };
    }
    return { report: { ...lintText(name, fixed.text, service, force, relatedFor(fixed.text), extra), fixed: fixed.applied } };
  } catch (e) {
    echo(bytes);
    const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    const error = `could not be checked: internal error (${why}); the other files were checked`;
    return { report: { file: name, isTaskDefinition: false, diagnostics: [], fixed: 0, error, text: '' }, error };
  }
}

/** Process entry (bin/ecs-taskdef.js calls it). Loads the Terraform parser first (.tf files get nothing if it cannot). */
export async function main(): Promise<void> {
  let code: number;
  try {
    await initNodeTerraform();
    code = run(
      process.argv.slice(2),
      (s) => process.stdout.write(s),
      (s) => process.stderr.write(s),
      {
        stdoutIsTTY: process.stdout.isTTY === true,
        outBytes: (b) => process.stdout.write(b),
      },
    );
  } catch (e) {
    process.stderr.write(`ecs-taskdef: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    code = 2;
  }
  process.exitCode = code;
}

if (require.main === module) void main();
