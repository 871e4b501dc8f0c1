/** Problems → LSP diagnostics: the one place offsets become line/character ranges. */
import { type Diagnostic, DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../model/document';
import type { Fix, Problem, Severity, SourceRange } from '../rules/types';
import { SOURCE, ruleDocUrl } from '../product';
import { TOO_DEEP_MESSAGE } from '../parse/depth';

/** What a diagnostic carries in `data`: its fixes, so code actions never parse message text. */
export interface DiagnosticData {
  fixes: Fix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(doc: AnalyzedDocument, r: SourceRange): Range {
  return { start: doc.positions.positionAt(r.offset), end: doc.positions.positionAt(r.offset + r.length) };
}

export function toOffsetRange(doc: AnalyzedDocument, range: Range): SourceRange {
  const start = doc.positions.offsetAt(range.start);
  return { offset: start, length: doc.positions.offsetAt(range.end) - start };
}

export function toDiagnostic(doc: AnalyzedDocument, p: Problem): Diagnostic {
  const d: Diagnostic = {
    range: toRange(doc, p),
    severity: SEVERITY[p.severity],
    code: p.ruleId,
    codeDescription: { href: ruleDocUrl(p.ruleId) },
    source: SOURCE,
    message: p.message,
    data: { fixes: p.fixes } satisfies DiagnosticData,
  };
  if (p.related.length) {
    d.relatedInformation = p.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r) }, message: r.message }));
  }
  return d;
}

export function toDiagnostics(doc: AnalyzedDocument, problems: Problem[]): Diagnostic[] {
  const out = problems.map((p) => toDiagnostic(doc, p));
  // Editors report JSON/YAML syntax errors themselves; the nesting cap is ours, so a task definition shows it once.
  const tooDeep = doc.tasks.length > 0 ? doc.syntaxErrors.find((e) => e.message === TOO_DEEP_MESSAGE) : undefined;
  if (tooDeep) {
    out.push({
      range: toRange(doc, tooDeep),
      severity: DiagnosticSeverity.Warning,
      code: 'syntax-error',
      codeDescription: { href: ruleDocUrl('syntax-error') },
      source: SOURCE,
      message: `${TOO_DEEP_MESSAGE}.`,
    });
  }
  return out;
}
