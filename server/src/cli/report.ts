/** Lints one file's text and describes the result in the CLI's JSON shape (LSP-style 0-based ranges). */
import {
  type AnalyzeOptions,
  type AnalyzedDocument,
  type LanguageService,
  type RelatedFile,
  type Severity,
  hasServices,
  toRange,
} from '../service';

export interface CliDiagnostic {
  code: string;
  severity: Severity;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  fixes: { title: string }[];
}

export interface FileReport {
  file: string;
  isTaskDefinition: boolean;
  diagnostics: CliDiagnostic[];
  /** Number of fixes applied with --fix (and written). */
  fixed: number;
  /** The file could not be checked, or its fixes not written: why (the run exits 2). */
  error?: string;
  /** The analysed text, for tools that show or fingerprint lines (SARIF). */
  text: string;
}

export const SYNTAX_ERROR_CODE = 'syntax-error';

/** At most this many problems of one rule are listed per file; one more line says how many were left out. */
export const MAX_PER_RULE = 100;
/** At most this many problems are listed per file. */
export const MAX_PER_FILE = 1000;
/** Longer messages (a message quoting a huge key or value) are shortened to this many characters. */
export const MAX_MESSAGE = 1000;

export function lintText(
  file: string,
  text: string,
  service: LanguageService,
  force = false,
  related?: RelatedFile[],
  extra: Pick<AnalyzeOptions, 'taskContext'> = {},
): FileReport {
  // No language id: the core picks JSON or YAML from the file name (templates by content).
  // A service file is checked against the task definition next to it (related), and reported like one.
  const doc = service.analyze(text, { uri: file, force, ...(related ? { related } : {}), ...extra });
  return { file, isTaskDefinition: doc.tasks.length > 0 || hasServices(doc), diagnostics: cap(diagnose(doc, service)), fixed: 0, text };
}

export function fixText(
  file: string,
  text: string,
  service: LanguageService,
  force = false,
  related?: RelatedFile[],
  extra: Pick<AnalyzeOptions, 'taskContext'> = {},
): { text: string; applied: number } {
  return service.fixAll(text, { uri: file, force, ...(related ? { related } : {}), ...extra });
}

/** Ranges come from the core's converter (the analysed document's `positions`), as in the editor. */
function diagnose(doc: AnalyzedDocument, service: LanguageService): CliDiagnostic[] {
  if (doc.tasks.length === 0 && !hasServices(doc)) return [];
  const out: CliDiagnostic[] = doc.syntaxErrors.map((e) => ({
    code: SYNTAX_ERROR_CODE,
    severity: 'error' as const,
    message: `${e.message} (the file does not parse; the checks below ran on the parts that do).`,
    range: toRange(doc, e),
    fixes: [],
  }));
  for (const p of service.validate(doc)) {
    out.push({
      code: p.ruleId,
      severity: p.severity,
      message: p.message,
      range: toRange(doc, p),
      fixes: p.fixes.map((f) => ({ title: f.title })),
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Keeps output bounded on files with thousands of problems: one summary line stands for the rest. */
export function cap(diags: CliDiagnostic[]): CliDiagnostic[] {
  const perRule = new Map<string, number>();
  const kept: CliDiagnostic[] = [];
  const dropped = new Map<string, { first: CliDiagnostic; count: number }>();
  for (const d of diags) {
    const n = (perRule.get(d.code) ?? 0) + 1;
    perRule.set(d.code, n);
    if (n <= MAX_PER_RULE && kept.length < MAX_PER_FILE) {
      kept.push(shorten(d));
      continue;
    }
    const key = `${d.code}\0${d.severity}`;
    const seen = dropped.get(key);
    if (seen) seen.count++;
    else dropped.set(key, { first: d, count: 1 });
  }
  for (const { first, count } of dropped.values()) {
    kept.push({
      ...first,
      message: `${count} more ${first.code} problem${count === 1 ? '' : 's'} in this file not listed (the first is here).`,
      fixes: [],
    });
  }
  if (dropped.size > 0) kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return kept;
}

function shorten(d: CliDiagnostic): CliDiagnostic {
  return d.message.length <= MAX_MESSAGE ? d : { ...d, message: `${d.message.slice(0, MAX_MESSAGE)}… (shortened)` };
}
