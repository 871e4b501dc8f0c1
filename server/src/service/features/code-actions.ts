/**
 * Code actions: each problem's fixes as quick fixes, plus "fix all" (as a quick fix and as the
 * `source.fixAll.ecs-taskdef` kind for editor.codeActionsOnSave). Edits are computed against the
 * current text; the fixes come from the current analysis, or from a diagnostic's `data`.
 *
 * Fix all re-analyses the file after every fix it applies (up to 100 times), so it is never computed
 * for a light-bulb request: there it is offered without its edit, to be filled in by
 * `codeAction/resolve` (resolveCodeAction) when the user picks it, and left out for clients that
 * cannot resolve. Only an explicit `source.fixAll` request (save) computes it at once.
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
  /** The client resolves code actions (`codeAction/resolve` with `edit`): fix all is offered lazily. */
  canResolve?: boolean;
}

/** What a lazily offered fix-all action carries until it is resolved. */
export interface FixAllData {
  fixAll: { uri: string; version: number | undefined };
}

export function isFixAllData(data: unknown): data is FixAllData {
  const f = (data as Partial<FixAllData> | null | undefined)?.fixAll;
  return !!f && typeof f === 'object' && typeof f.uri === 'string';
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
    if (req.canResolve && actions.length > 0 && fixable.length > 1) {
      const data: FixAllData = { fixAll: { uri: doc.uri, version: doc.version } };
      actions.push({
        title: `Fix all auto-fixable ECS task definition problems (${fixable.length})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: fixable.slice(0, MAX_LISTED_DIAGNOSTICS).map((p) => toDiagnostic(doc, p)),
        data,
      });
    }
  }
  const fixAllRequested = req.only?.some(
    (o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(`${o}.`) || o === CodeActionKind.SourceFixAll,
  );
  if (fixAllRequested && problems.some((p) => p.fixes.some((f) => f.isPreferred))) {
    const edit = fixAllEdit(doc, config);
    if (edit)
      actions.push({
        title: 'Fix all auto-fixable ECS task definition problems',
        kind: FIX_ALL_KIND,
        edit: { changes: { [doc.uri]: [edit] } },
      });
  }
  return actions;
}

/** A fix-all quick fix names the problems it fixes; past this many the list only costs bytes. */
const MAX_LISTED_DIAGNOSTICS = 100;

/**
 * Fills in the edit of a fix-all action offered by getCodeActions. Returns the action unchanged (no
 * edit) when the document has nothing left to fix; the caller checks that `doc` is the version the
 * action was made for.
 */
export function resolveCodeAction(doc: AnalyzedDocument, action: CodeAction, config: ServiceConfig): CodeAction {
  if (!isFixAllData(action.data) || action.edit) return action;
  const edit = fixAllEdit(doc, config);
  return edit ? { ...action, edit: { changes: { [doc.uri]: [edit] } } } : action;
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
    const result = fixAll(
      doc.text,
      { uri: doc.uri, languageId: doc.format, version: doc.version, force: doc.tasks.length > 0, related: doc.related },
      config,
    );
    return result.applied ? changeToEdit(doc, doc.text, result.text) : undefined;
  });
}

function changeToEdit(doc: AnalyzedDocument, before: string, after: string): TextEdit {
  const c = minimalChange(before, after);
  return { range: toRange(doc, c), newText: c.newText };
}
