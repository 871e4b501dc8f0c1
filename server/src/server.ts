/**
 * The language server: a thin host around the core. It keeps one analysis per document version,
 * serves pull diagnostics to clients that can pull (VS Code) and pushes them to clients that cannot
 * (Neovim 0.7, older clients), and answers hover, completion and code actions from the cached model.
 */
import {
  type CodeActionParams,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DocumentDiagnosticReportKind,
  type InitializeParams,
  type InitializeResult,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  type AnalyzedDocument,
  FIX_ALL_KIND,
  type Problem,
  analyzeDocument,
  doComplete,
  doHover,
  getCodeActions,
  toDiagnostics,
  validate,
} from './service';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type Settings, parseSettings } from './host/settings';
import { matchesAnyGlob } from './host/glob';
import { STATUS_REQUEST, type StatusParams, statusOf } from './host/status';

/** Documents larger than this are not analysed (a task definition is at most 64 KiB; templates 1 MB). */
const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;

interface Analysis {
  version: number;
  doc: AnalyzedDocument;
  settings: Settings;
  problems: Problem[];
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const settingsCache = new Map<string, Promise<Settings>>();
  let initSettings: Settings = DEFAULT_SETTINGS;
  let canPullDiagnostics = false;
  let canReadConfiguration = false;

  const log = (msg: string) => connection.console.log(`[ecs-taskdef] ${msg}`);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canPullDiagnostics = !!caps.textDocument?.diagnostic;
    canReadConfiguration = !!caps.workspace?.configuration;
    // Settings for clients without workspace/configuration: `{ rules: … }`, `{ ecsTaskdef: { rules: … } }`
    // (Helix `config`) or `{ settings: { … } }` all work.
    const init = (params.initializationOptions ?? {}) as Record<string, unknown>;
    initSettings = parseSettings(init[SETTINGS_SECTION] ?? init.settings ?? init);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', ' '], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: 'ecs-taskdef-language-server' },
    };
    if (canPullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'ecs-taskdef', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  async function settingsFor(uri: string): Promise<Settings> {
    if (!canReadConfiguration) return initSettings;
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((raw) => (raw ? parseSettings(raw) : initSettings), () => initSettings);
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  /** The analysis of the document's current version (parsed once per version and settings). */
  async function analyse(textDocument: TextDocument): Promise<Analysis | undefined> {
    const settings = await settingsFor(textDocument.uri);
    const current = documents.get(textDocument.uri) ?? textDocument;
    const cached = analyses.get(current.uri);
    if (cached && cached.version === current.version && cached.settings === settings) return cached;
    const text = current.getText();
    if (text.length > MAX_DOCUMENT_SIZE) {
      log(`${current.uri} is larger than ${MAX_DOCUMENT_SIZE} bytes; not analysed.`);
      return undefined;
    }
    let analysis: Analysis;
    try {
      const force = settings.files.length > 0 && matchesAnyGlob(pathOf(current.uri), settings.files);
      const doc = analyzeDocument(text, { uri: current.uri, languageId: current.languageId, version: current.version, force });
      analysis = { version: current.version, doc, settings, problems: validate(doc, settings.config) };
    } catch (err) {
      log(`analysis of ${current.uri} failed: ${String(err)}`);
      return undefined;
    }
    analyses.set(current.uri, analysis);
    return analysis;
  }

  async function diagnosticsFor(textDocument: TextDocument): Promise<Diagnostic[]> {
    const a = await analyse(textDocument);
    return a ? toDiagnostics(a.doc, a.problems) : [];
  }

  // Push mode (clients without pull diagnostics): publish on open and on every change.
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  function schedulePush(textDocument: TextDocument, delay = 50): void {
    if (canPullDiagnostics) return;
    clearTimeout(pending.get(textDocument.uri));
    pending.set(textDocument.uri, setTimeout(() => {
      pending.delete(textDocument.uri);
      const doc = documents.get(textDocument.uri);
      if (!doc) return;
      diagnosticsFor(doc).then(
        (diagnostics) => connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics }),
        (err) => log(`diagnostics failed: ${String(err)}`),
      );
    }, delay));
  }

  documents.onDidOpen((e) => schedulePush(e.document, 0));
  documents.onDidChangeContent((e) => schedulePush(e.document));
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    clearTimeout(pending.get(e.document.uri));
    if (!canPullDiagnostics) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const items = doc ? await diagnosticsFor(doc) : [];
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    analyses.clear();
    if (canPullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const doc of documents.all()) schedulePush(doc, 0);
  });

  connection.onHover(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && (await analyse(doc));
    if (!a || a.doc.tasks.length === 0 || !a.settings.config.enable) return null;
    return guard('hover', () => doHover(a.doc, a.doc.positions.offsetAt(params.position), a.problems) ?? null, null);
  });

  connection.onCompletion(async (params) => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && (await analyse(doc));
    // While the user types, the JSON may be broken enough that the task is not found yet;
    // doComplete re-reads it with the member completed, so only skip documents that are clean non-tasks.
    if (!a || !a.settings.config.enable || (a.doc.tasks.length === 0 && a.doc.syntaxErrors.length === 0)) return null;
    return guard('completion', () => doComplete(a.doc, a.doc.positions.offsetAt(params.position)), null);
  });

  connection.onCodeAction(async (params: CodeActionParams) => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && (await analyse(doc));
    if (!a || !a.settings.config.enable) return [];
    const request = { range: params.range, diagnostics: params.context.diagnostics, only: params.context.only };
    return guard('code actions', () => getCodeActions(a.doc, a.problems, request, a.settings.config), []);
  });

  connection.onRequest(STATUS_REQUEST, async (params: StatusParams) => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && (await analyse(doc));
    return statusOf(a?.doc, a?.settings.config.enable ?? true);
  });

  /** Runs a feature; a bug in it answers "nothing" instead of an error popup in the editor. */
  function guard<T>(what: string, fn: () => T, fallback: T): T {
    try {
      return fn();
    } catch (err) {
      log(`${what} failed: ${err instanceof Error ? err.stack : String(err)}`);
      return fallback;
    }
  }

  documents.listen(connection);
  connection.listen();
}

function pathOf(uri: string): string {
  try {
    return URI.parse(uri).path;
  } catch {
    return uri;
  }
}
