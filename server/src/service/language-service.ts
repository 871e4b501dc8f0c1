/**
 * The core's facade, in vscode-json-languageservice's habit: `getLanguageService(settings)` takes the
 * settings once (`enable` and the per-rule severities, normalised here) and returns bound methods that the
 * hosts call per document. The facade owns the `enable` switch: with it off every method gives the empty
 * answer (no problems, no hover, no completion, no code actions, no fixes, no port map), so no host checks it.
 * It also owns "is there anything of ours in this document": a file that is no task definition (and no
 * service checked against one) gets nothing from any method.
 */
import type { CodeAction, CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { type ServiceConfig, normaliseConfig } from './config';
import { type AnalyzeOptions, type AnalyzedDocument, analyzeDocument } from './model/document';
import type { Problem } from './rules/types';
import { type CodeActionRequest, getCodeActions, resolveCodeAction } from './features/code-actions';
import { doComplete } from './features/completion';
import { toDiagnostics } from './features/diagnostics';
import { type FixAllResult, fixAll } from './features/fix-all';
import { doHover } from './features/hover';
import { type DocumentStatus, statusOf } from './features/status';
import { validate } from './features/validate';
import { portMapMarkdown } from './traffic/port-map';
import { hasServices } from './traffic/run';

export interface LanguageService {
  /** The settings in force, normalised (invalid entries dropped). */
  readonly config: ServiceConfig;
  /** Parses and models a document. Done whatever `enable` says: hosts keep one analysis per text. */
  analyze(text: string, options?: AnalyzeOptions): AnalyzedDocument;
  /** The problems of the enabled rules, at the configured severities. */
  validate(doc: AnalyzedDocument): Problem[];
  /** LSP diagnostics (ranges from the document's own offset converter) for `problems` (default: validate). */
  diagnostics(doc: AnalyzedDocument, problems?: Problem[]): Diagnostic[];
  /** What the cursor is on, explained for the file's network mode; `problems` (default: validate) adds theirs. */
  hover(doc: AnalyzedDocument, position: Position, problems?: Problem[]): Hover | undefined;
  /** Completion at the position; undefined for a document that is cleanly not a task definition. */
  complete(doc: AnalyzedDocument, position: Position): CompletionList | undefined;
  /** Quick fixes for the request's diagnostics, and fix all. */
  codeActions(doc: AnalyzedDocument, problems: Problem[], request: CodeActionRequest): CodeAction[];
  /** Fills in the edit of a lazily offered fix-all action (unchanged when there is nothing to fix). */
  resolveCodeAction(doc: AnalyzedDocument, action: CodeAction): CodeAction;
  /** Applies every problem's preferred fix to `text` (`only` picks the rules); the text unchanged when disabled. */
  fixAll(text: string, options: AnalyzeOptions, only?: (ruleId: string) => boolean): FixAllResult;
  /** Markdown of the port map of every task definition (or the one a service runs); undefined when disabled. */
  portMap(doc: AnalyzedDocument): string | undefined;
  /** What the language status item shows for the document (undefined: not analysed). */
  status(doc: AnalyzedDocument | undefined): DocumentStatus;
}

/** `settings`: the `ecsTaskdef` settings as a user wrote them (`{ enable, rules }`) or a ServiceConfig. */
export function getLanguageService(settings?: unknown): LanguageService {
  const config = normaliseConfig(settings);
  const on = config.enable;
  const ours = (doc: AnalyzedDocument) => doc.tasks.length > 0 || hasServices(doc);
  const check = (doc: AnalyzedDocument) => validate(doc, config);
  return {
    config,
    analyze: (text, options) => analyzeDocument(text, options),
    validate: check,
    diagnostics: (doc, problems) => (on && ours(doc) ? toDiagnostics(doc, problems ?? check(doc)) : []),
    hover: (doc, position, problems) =>
      on && ours(doc) ? doHover(doc, doc.positions.offsetAt(position), problems ?? check(doc)) : undefined,
    // While the user types, the JSON may be broken enough that the task is not found yet: completion
    // re-reads it with the member completed, so only documents that are cleanly not tasks are skipped.
    complete: (doc, position) =>
      on && (doc.tasks.length > 0 || doc.syntaxErrors.length > 0) ? doComplete(doc, doc.positions.offsetAt(position)) : undefined,
    codeActions: (doc, problems, request) => (on ? getCodeActions(doc, problems, request, config) : []),
    resolveCodeAction: (doc, action) => (on ? resolveCodeAction(doc, action, config) : action),
    fixAll: (text, options, only) => (on ? fixAll(text, options, config, only) : { text, applied: 0 }),
    portMap: (doc) => (on ? portMapMarkdown(doc) : undefined),
    status: (doc) => statusOf(doc, on),
  };
}
