/** Lints one file's text and describes the result in the CLI's JSON shape (LSP-style 0-based ranges). */
import { type AnalyzeOptions, type AnalyzedDocument, type ServiceConfig, type Severity, analyzeDocument, fixAll, validate } from '../service';

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
  /** Number of fixes applied with --fix. */
  fixed: number;
}

export const SYNTAX_ERROR_CODE = 'syntax-error';

export function lintText(file: string, text: string, config: ServiceConfig, fix: boolean, extra: Pick<AnalyzeOptions, 'taskContext'> = {}): { report: FileReport; fixedText?: string } {
  // No language id: the core picks JSON or YAML from the file name (templates by content).
  const options = { uri: file, ...extra };
  let fixed = 0;
  let fixedText: string | undefined;
  if (fix) {
    const result = fixAll(text, options, config);
    if (result.applied > 0) {
      fixed = result.applied;
      fixedText = result.text;
      text = result.text;
    }
  }
  const doc = analyzeDocument(text, options);
  return { report: { file, isTaskDefinition: doc.tasks.length > 0, diagnostics: diagnose(doc, config), fixed }, fixedText };
}

function diagnose(doc: AnalyzedDocument, config: ServiceConfig): CliDiagnostic[] {
  if (doc.tasks.length === 0) return [];
  const range = (offset: number, length: number) => ({ start: doc.positions.positionAt(offset), end: doc.positions.positionAt(offset + length) });
  const out: CliDiagnostic[] = doc.syntaxErrors.map((e) => ({
    code: SYNTAX_ERROR_CODE,
    severity: 'error' as const,
    message: `${e.message} (the file does not parse; the checks below ran on the parts that do).`,
    range: range(e.offset, e.length),
    fixes: [],
  }));
  for (const p of validate(doc, config)) {
    out.push({ code: p.ruleId, severity: p.severity, message: p.message, range: range(p.offset, p.length), fixes: p.fixes.map((f) => ({ title: f.title })) });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
