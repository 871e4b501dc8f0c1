/**
 * The VS Code extension, shared by the desktop (Node) and the web (vscode.dev, github.dev) entries:
 * starts the language server the first time a document that can be a task definition is open
 * (unrelated JSON/YAML never starts it), forwards the `ecsTaskdef` settings, shows the language
 * status item and registers the Restart Server and Show Output commands. Only the way the server
 * is started (a Node process or a web worker) differs, given by `createClient`.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import {
  type DocumentStatus,
  PORT_MAP_REQUEST,
  type PortMapParams,
  type PortMapResult,
  SETTINGS_SECTION,
  STATUS_REQUEST,
  type StatusParams,
  CANDIDATE_FILE,
  CANDIDATE_GLOB,
  LANGUAGE_IDS,
  mightBeTaskDefinition,
} from '../../../server/src/shared';
import { clientOutputChannel } from './output';
import { NOT_A_TASK_DEFINITION, type StatusText, statusText } from './status-text';

const SECTION = SETTINGS_SECTION;
const NAME = 'ECS Task Definition';
/** The format table's language ids; files are also served by name (CANDIDATE_FILE, CANDIDATE_GLOB): templates open as plain text or a template language. */
const LANGUAGES = LANGUAGE_IDS;

export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

let client: BaseLanguageClient | undefined;
let starting: Promise<void> | undefined;

export async function startClient(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<void> {
  const output = vscode.window.createOutputChannel(NAME);
  const status = new StatusItem();
  context.subscriptions.push(output, status);

  const start = () => {
    starting ??= launch(createClient, output).then(
      () => status.refresh(),
      (err) => {
        starting = undefined;
        void vscode.window.showErrorMessage(`ECS task definition server failed to start: ${String(err)}`);
      },
    );
    return starting;
  };
  const maybeStart = (doc: vscode.TextDocument) => {
    if (client || starting || !isCandidate(doc)) return;
    // With `ecsTaskdef.files` set, any JSON/YAML file may be a task definition: the server, which
    // matches the globs, decides. (Keeps the glob matcher out of the client bundles.)
    const globs = vscode.workspace.getConfiguration(SECTION, doc.uri).get<string[]>('files') ?? [];
    if (globs.length > 0 || mightBeTaskDefinition(doc.getText())) void start();
  };

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.workspace.onDidChangeTextDocument((e) => {
      maybeStart(e.document);
      if (e.document === vscode.window.activeTextEditor?.document) status.refreshSoon();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.files`)) vscode.workspace.textDocuments.forEach(maybeStart);
      if (e.affectsConfiguration(SECTION)) status.refreshSoon();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => status.refresh()),
    vscode.commands.registerCommand('ecsTaskdef.restartServer', async () => {
      const old = client;
      client = undefined;
      starting = undefined;
      if (old) {
        output.appendLine('Restarting the ECS task definition language server.');
        await old.dispose().catch((err) => output.appendLine(`Stopping the server failed: ${String(err)}`));
      }
      await start();
    }),
    vscode.commands.registerCommand('ecsTaskdef.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('ecsTaskdef.showPortMap', showPortMap),
  );
  vscode.workspace.textDocuments.forEach(maybeStart);
  status.refresh();
  await starting;
}

export async function stopClient(): Promise<void> {
  const old = client;
  client = undefined;
  starting = undefined;
  await old?.dispose();
}

/** "Show Port Map": the server's markdown for the active file, in a markdown preview (no network). */
async function showPortMap(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  if (!client) {
    void vscode.window.showInformationMessage('Open an ECS task definition first: the port map comes from its language server.');
    return;
  }
  const uri = client.code2ProtocolConverter.asUri(editor.document.uri);
  const { markdown } = await client.sendRequest<PortMapResult>(PORT_MAP_REQUEST, { textDocument: { uri } } satisfies PortMapParams);
  const doc = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: `# Port map of ${editor.document.uri.path.split('/').pop()}\n\n${markdown}\n`,
  });
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
}

function isCandidate(doc: vscode.TextDocument): boolean {
  return LANGUAGES.includes(doc.languageId) || CANDIDATE_FILE.test(doc.uri.path);
}

async function launch(createClient: ClientFactory, output: vscode.OutputChannel): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    // Every scheme: files on disk, untitled, remote, and the virtual file systems of vscode.dev/github.dev.
    documentSelector: [...LANGUAGES.map((language) => ({ language })), { pattern: CANDIDATE_GLOB }],
    synchronize: { configurationSection: SECTION },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannel: clientOutputChannel(output),
  };
  const next = createClient('ecsTaskdef', NAME, clientOptions);
  await next.start();
  client = next;
}

/** The `{}` language status entry of JSON/JSONC/YAML editors: what the server sees in the active file. */
class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem(
    'ecsTaskdef.status',
    LANGUAGES.map((language) => ({ language })),
  );
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor() {
    this.item.name = NAME;
    this.item.command = { command: 'ecsTaskdef.showOutput', title: 'Show Output' };
    this.show(NOT_A_TASK_DEFINITION);
  }

  refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  refresh(): void {
    clearTimeout(this.timer);
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !LANGUAGES.includes(doc.languageId)) return;
    const generation = ++this.generation;
    if (!client) {
      this.item.busy = !!starting;
      if (!starting) this.show(NOT_A_TASK_DEFINITION);
      return;
    }
    const params: StatusParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) } };
    client.sendRequest<DocumentStatus>(STATUS_REQUEST, params).then(
      (answer) => {
        if (generation === this.generation) this.show(statusText(answer));
      },
      () => {
        if (generation === this.generation) this.show(NOT_A_TASK_DEFINITION);
      },
    );
  }

  private show(s: StatusText): void {
    this.item.busy = false;
    this.item.text = s.text;
    this.item.detail = s.detail;
    this.item.severity = s.warning ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
  }
}
