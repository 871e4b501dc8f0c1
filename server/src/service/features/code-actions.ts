/**
 * Code actions: each problem's fixes as quick fixes, plus "fix all" (as a quick fix and as the
 * `source.fixAll.ecs-taskdef` kind for editor.codeActionsOnSave). Edits are computed against the
 * current text; the fixes come from the current analysis, or from a diagnostic's `data`.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { AnalyzedDocument } from '../model/document';
import type { ServiceConfig } from '../config';
import { applyFix, minimalChange } from '../fixes/apply';
import type { Fix, Problem } from '../rules/types';
import { FIX_ALL_KIND, SOURCE } from '../product';
import { toDiagnostic, toOffsetRange, toRange } from './diagnostics';
import { fixAll } from './fix-all';
import { hasServices } from '../traffic/run';

export interface CodeActionRequest {
  range: Range;
  diagnostics: Diagnostic[];
  only?: string[];
}

export function getCodeActions(doc: AnalyzedDocument, problems: Problem[], req: CodeActionRequest, config: ServiceConfig): CodeAction[] {
  if (doc.tasks.length === 0 && !hasServices(doc)) return [];
  const wants = (kind: string) => !req.only || req.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of req.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      for (const fix of fixesFor(doc, problems, diagnostic)) {
        const edit = fixEdit(doc, fix);
        if (!edit) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.isPreferred === true,
          edit: { changes: { [doc.uri]: [edit] } },
        });
      }
    }
    const fixable = problems.filter((p) => p.fixes.some((f) => f.isPreferred));
    if (actions.length > 0 && fixable.length > 1) {
      const edit = fixAllEdit(doc, config);
      if (edit) {
        actions.push({
          title: `Fix all auto-fixable ECS task definition problems (${fixable.length})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: fixable.map((p) => toDiagnostic(doc, p)),
          edit: { changes: { [doc.uri]: [edit] } },
        });
      }
    }
  }
  const fixAllRequested = req.only?.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`) || o === CodeActionKind.SourceFixAll);
  if (fixAllRequested && problems.some((p) => p.fixes.some((f) => f.isPreferred))) {
    const edit = fixAllEdit(doc, config);
    if (edit) actions.push({ title: 'Fix all auto-fixable ECS task definition problems', kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } });
  }
  return actions;
}

/** The fixes for a diagnostic: from the current analysis when it still reports it, else from its data. */
function fixesFor(doc: AnalyzedDocument, problems: Problem[], diagnostic: Diagnostic): Fix[] {
  const r = toOffsetRange(doc, diagnostic.range);
  const current = problems.find((p) => p.ruleId === diagnostic.code && p.offset === r.offset && p.length === r.length);
  if (current) return current.fixes;
  const data = diagnostic.data as { fixes?: unknown } | undefined;
  return Array.isArray(data?.fixes) ? (data.fixes as unknown[]).filter(isFix) : [];
}

function isFix(x: unknown): x is Fix {
  return !!x && typeof x === 'object' && typeof (x as Fix).title === 'string' && Array.isArray((x as Fix).edits);
}

/**
 * Edits computed for one analysed document (one version), so the code-action requests an editor
 * sends on every cursor move do not re-apply the same fixes (each one re-parses the text).
 */
const editCache = new WeakMap<AnalyzedDocument, Map<string, TextEdit | undefined>>();

function cached(doc: AnalyzedDocument, key: string, compute: () => TextEdit | undefined): TextEdit | undefined {
  let edits = editCache.get(doc);
  if (!edits) editCache.set(doc, (edits = new Map()));
  if (!edits.has(key)) edits.set(key, compute());
  return edits.get(key);
}

export function fixEdit(doc: AnalyzedDocument, fix: Fix): TextEdit | undefined {
  return cached(doc, JSON.stringify(fix.edits), () => {
    const after = applyFix(doc.text, doc.format, fix);
    return after === undefined ? undefined : changeToEdit(doc, doc.text, after);
  });
}

export function fixAllEdit(doc: AnalyzedDocument, config: ServiceConfig): TextEdit | undefined {
  return cached(doc, `fix-all ${JSON.stringify(config)}`, () => {
    const result = fixAll(doc.text, { uri: doc.uri, languageId: doc.format, version: doc.version, force: doc.tasks.length > 0, related: doc.related }, config);
    return result.applied ? changeToEdit(doc, doc.text, result.text) : undefined;
  });
}

function changeToEdit(doc: AnalyzedDocument, before: string, after: string): TextEdit {
  const c = minimalChange(before, after);
  return { range: toRange(doc, c), newText: c.newText };
}
