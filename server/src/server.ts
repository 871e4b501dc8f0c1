/**
 * The language server: a thin host around the core. It keeps one analysis per document text,
 * serves pull diagnostics to clients that can pull (VS Code) and pushes them to clients that cannot
 * (Neovim 0.7, older clients), and answers hover, completion and code actions from the cached model.
 *
 * Every request yields to the message queue before analysing, so a `$/cancelRequest` or a newer
 * `didChange` is seen first: a cancelled request answers RequestCancelled, and diagnostics of a
 * version that was superseded while it was analysed are never reported (pull: ServerCancelled, so
 * the client asks again; push: the newer version publishes).
 * No Node built-ins here: the Node entry (node/main.ts) and a browser host pass the connection in.
 */
import {
  type CancellationToken,
  type CodeAction,
  type CodeActionParams,
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  type InitializeError,
  type InitializeParams,
  type InitializeResult,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  type AnalyzedDocument,
  FIX_ALL_KIND,
  type LanguageService,
  type Problem,
  getLanguageService,
  isFixAllData,
  mightBeServiceFile,
  mightBeTaskDefinition,
  statusOf,
} from './service';
import { DEFAULT_SETTINGS, type Settings, parseSettings } from './host/settings';
import { PORT_MAP_REQUEST, type PortMapParams, type PortMapResult, SETTINGS_SECTION, STATUS_REQUEST, type StatusParams } from './shared';
import { matchesFilesSetting } from './host/glob';
import { REFUSED_METHOD, type RefusedParams, dispatchedMessages } from './host/lifecycle';
import { documentUri, isRange, requireCodeActionContext, requirePosition, requireRange } from './host/params';
import { ProjectConfig, type ServerHost } from './host/project-config';
import { cachingHost, folderOf, readRelatedFiles } from './host/related-files';
import { findTerraformContext, isTerraformUri } from './host/terraform-links';

/** Documents larger than this are not analysed (a task definition is at most 64 KiB; templates 1 MB). */
const MAX_DOCUMENT_SIZE = 4 * 1024 * 1024;

interface Analysis {
  version: number;
  /** The text analysed: a client that reuses a version number with new text gets a new analysis. */
  text: string;
  doc: AnalyzedDocument;
  settings: Settings;
  /** The core with this document's settings: it answers "nothing" itself when `enable` is off. */
  service: LanguageService;
  problems: Problem[];
  /** For service files checked against the files next to them: the files stamp the analysis used. */
  filesStamp?: number;
  /** Looked for a .tf file that loads it with file()/templatefile(): a changed .tf may change its facts. */
  readsTerraform?: boolean;
}

/** Lets the connection read and dispatch what is waiting (cancellations, changes) before going on. */
const schedule: (fn: () => void) => void = typeof setImmediate === 'function' ? (fn) => setImmediate(fn) : (fn) => setTimeout(fn, 0);
function yieldToQueue(): Promise<void> {
  // Two turns: the first lets the reader take in what has arrived, the second lets the queue dispatch it.
  return new Promise((resolve) => schedule(() => schedule(resolve)));
}

/**
 * Lets the messages that have arrived reach their handlers: a message takes a few turns from the
 * pipe to its handler (read, decode, queue), so this yields at least that many, and goes on while
 * turns bring new messages.
 */
async function settle(): Promise<void> {
  for (let turns = 0; turns < 20; turns++) {
    const before = dispatchedMessages();
    await yieldToQueue();
    if (turns >= 2 && dispatchedMessages() === before) return;
  }
}

function cancelled(method: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${method} was cancelled.`);
}

export function startServer(connection: Connection, host: ServerHost = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  /** Documents skipped for their size, by the version that was logged (once per version). */
  const tooLarge = new Map<string, number>();
  const settingsCache = new Map<string, Promise<Settings>>();
  /** One language service per settings object (settings are cached per document and config file). */
  const services = new WeakMap<Settings, LanguageService>();
  const serviceFor = (settings: Settings) => {
    let service = services.get(settings);
    if (!service) services.set(settings, (service = getLanguageService(settings.config)));
    return service;
  };
  let initSettings: Settings = DEFAULT_SETTINGS;
  let initialized = false;
  let canPullDiagnostics = false;
  let canReadConfiguration = false;
  let canResolveCodeActions = false;
  /** URI paths of the workspace folders: `files` patterns are relative to the one holding a document. */
  let folderPaths: string[] = [];
  let watchesFolders = false;
  let canWatchFiles = false;
  /** Bumped whenever a file on disk or an open document changes: service-file analyses made before are stale. */
  let filesStamp = 0;
  /** Bumped when files change on disk: folder reads are cached until then (until any change, without file watching). */
  let diskStamp = 0;
  const fileHost = host.listFiles && host.readFile ? { listFiles: host.listFiles, readFile: host.readFile } : undefined;
  const files = fileHost && cachingHost(fileHost, () => (canWatchFiles ? diskStamp : filesStamp));

  const log = (msg: string) => connection.console.log(`[ecs-taskdef] ${msg}`);
  // The project config file (.ecs-taskdef.json): re-read on change, then every document is checked again.
  const project = new ProjectConfig(connection, host.readConfigFile, () => reanalyseAll());

  // Requests the lifecycle guard (host/lifecycle.ts) refused: answer its error.
  connection.onRequest(
    REFUSED_METHOD,
    (p: RefusedParams) =>
      new ResponseError(
        typeof p?.code === 'number' ? p.code : ErrorCodes.InvalidRequest,
        typeof p?.message === 'string' ? p.message : 'Refused.',
      ),
  );

  connection.onInitialize((params: InitializeParams): InitializeResult | ResponseError<InitializeError> => {
    // Hosts without the lifecycle guard still keep the first client's settings.
    if (initialized)
      return new ResponseError(ErrorCodes.InvalidRequest, 'The server is already initialized: initialize may be sent only once.', {
        retry: false,
      });
    initialized = true;
    const caps = params?.capabilities ?? {};
    canPullDiagnostics = !!caps.textDocument?.diagnostic;
    canReadConfiguration = !!caps.workspace?.configuration;
    canResolveCodeActions = !!caps.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit');
    folderPaths = workspaceFolderPaths(params);
    project.initialize(caps);
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    // Settings for clients without workspace/configuration: `{ rules: … }`, `{ ecsTaskdef: { rules: … } }`
    // (Helix `config`) or `{ settings: { … } }` all work.
    const init = (params?.initializationOptions ?? {}) as Record<string, unknown>;
    initSettings = parseSettings(init[SETTINGS_SECTION] ?? init.settings ?? init);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':', ' '], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
      },
      serverInfo: { name: 'ecs-taskdef-language-server', ...(host.version ? { version: host.version } : {}) },
    };
    watchesFolders = !!caps.workspace?.workspaceFolders;
    if (watchesFolders) {
      result.capabilities.workspace = { workspaceFolders: { supported: true, changeNotifications: true } };
    }
    if (canPullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'ecs-taskdef', interFileDependencies: true, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(() => {
    if (files && canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{json,jsonc,yaml,yml,tf}' }] })
        .catch((err: unknown) => log(`cannot watch files: ${String(err)}`));
    }
    if (!watchesFolders) return;
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set((e?.removed ?? []).map((f) => uriPath(f.uri)));
      const added = (e?.added ?? []).map((f) => uriPath(f.uri));
      folderPaths = [...folderPaths.filter((f) => !removed.has(f)), ...added];
      reanalyseAll();
    });
  });

  async function settingsFor(uri: string): Promise<Settings> {
    if (!canReadConfiguration) return initSettings;
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(
        (raw) => (raw ? parseSettings(raw) : initSettings),
        () => initSettings,
      );
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  /**
   * The analysis of the document's current text (parsed once per text and settings). Yields first,
   * so a cancellation or a newer version that is already waiting is seen before the work starts.
   */
  async function analyse(uri: string, method: string, token?: CancellationToken): Promise<Analysis | undefined> {
    const projectFile = project.forUri(uri);
    if (projectFile.ignored) return undefined;
    const settings = project.apply(projectFile, await settingsFor(uri));
    await settle();
    if (token?.isCancellationRequested) throw cancelled(method);
    const current = documents.get(uri);
    if (!current) return undefined;
    const text = current.getText();
    const cached = analyses.get(uri);
    if (
      cached &&
      cached.version === current.version &&
      cached.text === text &&
      cached.settings === settings &&
      (cached.filesStamp ?? filesStamp) === filesStamp
    )
      return cached;
    if (text.length > MAX_DOCUMENT_SIZE) {
      if (tooLarge.get(uri) !== current.version) log(`${uri} is larger than ${MAX_DOCUMENT_SIZE} bytes; not analysed.`);
      tooLarge.set(uri, current.version);
      analyses.delete(uri);
      return undefined;
    }
    let analysis: Analysis;
    try {
      const force = projectFile.force || matchesFilesSetting(uriPath(uri), folderPaths, settings.files);
      const related = files && mightBeServiceFile(text) ? readRelatedFiles(uri, files, (u) => documents.get(u)?.getText()) : undefined;
      // A container-definitions file loaded by a .tf file's file()/templatefile(): the resource's network mode, launch type, OS.
      const readsTerraform = !!files && related === undefined && !isTerraformUri(uri) && mightBeTaskDefinition(text);
      const taskContext = readsTerraform ? findTerraformContext(uri, files, (u) => documents.get(u)?.getText()) : undefined;
      const service = serviceFor(settings);
      const doc = service.analyze(text, { uri, languageId: current.languageId, version: current.version, force, related, taskContext });
      analysis = {
        version: current.version,
        text,
        doc,
        settings,
        service,
        problems: service.validate(doc),
        ...(related ? { filesStamp } : {}),
        readsTerraform,
      };
    } catch (err) {
      log(`analysis of ${uri} failed: ${String(err)}`);
      return undefined;
    }
    if (documents.get(uri)) analyses.set(uri, analysis);
    return analysis;
  }

  /**
   * Whether the document moved on (changed or closed) since `a` was made, once the messages that
   * arrived during the analysis have been dispatched.
   */
  async function superseded(uri: string, a: Analysis): Promise<boolean> {
    await settle();
    const now = documents.get(uri);
    return !now || now.version !== a.version || now.getText() !== a.text;
  }

  // Push mode (clients without pull diagnostics): publish on open and on every change.
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  function schedulePush(uri: string, delay = 50): void {
    if (canPullDiagnostics) return;
    clearTimeout(pending.get(uri));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        void push(uri).catch((err) => log(`diagnostics failed: ${String(err)}`));
      }, delay),
    );
  }

  async function push(uri: string): Promise<void> {
    const a = await analyse(uri, 'publishDiagnostics');
    if (!documents.get(uri)) return;
    // A newer version schedules its own push; never publish one the editor no longer shows.
    if (a && (await superseded(uri, a))) return;
    const diagnostics: Diagnostic[] = a ? a.service.diagnostics(a.doc, a.problems) : [];
    connection.sendDiagnostics({ uri, version: a?.version ?? documents.get(uri)?.version, diagnostics });
  }

  /** A .tf file changed: re-check only the documents whose facts may come from a .tf file. */
  function terraformChanged(except: string): void {
    const stale = [...analyses.entries()].filter(([uri, a]) => a.readsTerraform && uri !== except).map(([uri]) => uri);
    if (stale.length === 0) return;
    for (const uri of stale) analyses.delete(uri);
    if (canPullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const uri of stale) schedulePush(uri);
  }

  function reanalyseAll(): void {
    settingsCache.clear();
    analyses.clear();
    if (canPullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const doc of documents.all()) schedulePush(doc.uri, 0);
  }

  /** A file changed (on disk or in the editor): re-check the service files of its folder. */
  function filesChanged(uri: string): void {
    filesStamp++;
    const folder = folderOf(uri);
    const stale = [...analyses.entries()].filter(([u, a]) => a.filesStamp !== undefined && u !== uri && folderOf(u) === folder);
    if (stale.length === 0) return;
    if (canPullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const [u] of stale) schedulePush(u);
  }

  documents.onDidOpen((e) => schedulePush(e.document.uri, 0));
  documents.onDidChangeContent((e) => {
    schedulePush(e.document.uri);
    filesChanged(e.document.uri);
    // A .tf file may (now or until this edit) load container definitions with file()/templatefile():
    // re-check the documents that looked for such a .tf (none open: nothing happens).
    if (isTerraformUri(e.document.uri)) terraformChanged(e.document.uri);
  });
  // One handler for watched files (a connection keeps only the last one registered): the config file, then service folders.
  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes.filter((c) => typeof c?.uri === 'string') : [];
    project.filesChanged(changes);
    diskStamp++;
    for (const change of changes) filesChanged(change.uri);
    const tf = changes.find((c) => isTerraformUri(c.uri));
    if (tf) terraformChanged(tf.uri);
  });
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    tooLarge.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    clearTimeout(pending.get(e.document.uri));
    if (!canPullDiagnostics) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const method = 'textDocument/diagnostic';
    const uri = documentUri(method, params);
    const a = await analyse(uri, method, token);
    if (a && (await superseded(uri, a))) {
      if (token.isCancellationRequested) throw cancelled(method);
      // The client asks again for the version it now has.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was analysed.', { retriggerRequest: true });
    }
    if (token.isCancellationRequested) throw cancelled(method);
    return { kind: DocumentDiagnosticReportKind.Full, items: a ? a.service.diagnostics(a.doc, a.problems) : [] };
  });

  connection.onDidChangeConfiguration(() => reanalyseAll());

  connection.onHover(async (params, token) => {
    const method = 'textDocument/hover';
    const uri = documentUri(method, params);
    const position = requirePosition(method, params);
    const a = await analyse(uri, method, token);
    if (!a) return null;
    return guard('hover', () => a.service.hover(a.doc, position, a.problems) ?? null, null);
  });

  connection.onCompletion(async (params, token) => {
    const method = 'textDocument/completion';
    const uri = documentUri(method, params);
    const position = requirePosition(method, params);
    const a = await analyse(uri, method, token);
    if (!a) return null;
    return guard('completion', () => a.service.complete(a.doc, position) ?? null, null);
  });

  // "Show Port Map": markdown for every task definition of the document (or the one its service runs).
  connection.onRequest(PORT_MAP_REQUEST, async (params: PortMapParams, token): Promise<PortMapResult> => {
    const method = PORT_MAP_REQUEST;
    const uri = documentUri(method, params);
    const a = await analyse(uri, method, token);
    const markdown = a && guard('port map', () => a.service.portMap(a.doc) ?? null, 'The port map could not be built for this file.');
    return { markdown: markdown ?? 'Not an ECS task definition or service file.' };
  });

  connection.onCodeAction(async (params: CodeActionParams, token) => {
    const method = 'textDocument/codeAction';
    const uri = documentUri(method, params);
    const range = requireRange(method, params);
    const context = requireCodeActionContext(method, params);
    const a = await analyse(uri, method, token);
    if (!a) return [];
    const diagnostics = context.diagnostics.filter((d): d is Diagnostic => isRange((d as Diagnostic)?.range));
    const request = { range, diagnostics, only: context.only, canResolve: canResolveCodeActions };
    return guard('code actions', () => a.service.codeActions(a.doc, a.problems, request), []);
  });

  connection.onCodeActionResolve(async (action: CodeAction, token) => {
    const method = 'codeAction/resolve';
    if (!action || typeof action !== 'object' || typeof action.title !== 'string') {
      throw new ResponseError(ErrorCodes.InvalidParams, `${method}: params must be a code action with a title.`);
    }
    if (!isFixAllData(action.data)) return action;
    const a = await analyse(action.data.fixAll.uri, method, token);
    if (!a) return action;
    if (a.version !== action.data.fixAll.version) {
      throw new ResponseError(
        LSPErrorCodes.ContentModified,
        'The document changed since this action was offered; ask for code actions again.',
      );
    }
    return guard('fix all', () => a.service.resolveCodeAction(a.doc, action), action);
  });

  connection.onRequest(STATUS_REQUEST, async (params: StatusParams, token) => {
    const a = await analyse(documentUri(STATUS_REQUEST, params), STATUS_REQUEST, token);
    return a ? a.service.status(a.doc) : statusOf(undefined, true);
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

/** The folders `files` patterns are anchored to: workspaceFolders, else rootUri, else rootPath. */
function workspaceFolderPaths(params: InitializeParams | undefined): string[] {
  const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders : [];
  const uris = folders.map((f) => f?.uri).filter((u): u is string => typeof u === 'string');
  if (uris.length > 0) return uris.map(uriPath);
  if (typeof params?.rootUri === 'string') return [uriPath(params.rootUri)];
  if (typeof params?.rootPath === 'string') return [URI.file(params.rootPath).path];
  return [];
}

function uriPath(uri: string): string {
  try {
    return URI.parse(uri).path;
  } catch {
    return uri;
  }
}
