/**
 * The VS Code extension: starts the language server the first time a document that can be a task
 * definition is open (unrelated JSON/YAML never starts it), and forwards the `ecsTaskdef` settings.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { mightBeTaskDefinition } from '../../server/src/service/model/sniff';
import { matchesFilesSetting } from '../../server/src/host/glob';

const SECTION = 'ecsTaskdef';
const LANGUAGES = ['json', 'jsonc', 'yaml', 'terraform', 'hcl'];
/** Template files (Terraform templatefile, Jinja, envsubst) open as plain text or a template language. */
const TEMPLATE_FILE = /\.(tpl|tftpl|j2|jinja2?|template|tf)$/i;

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const maybeStart = (doc: vscode.TextDocument) => {
    if (client || starting || !(LANGUAGES.includes(doc.languageId) || TEMPLATE_FILE.test(doc.uri.path))) return;
    const globs = vscode.workspace.getConfiguration(SECTION, doc.uri).get<string[]>('files') ?? [];
    // Patterns are relative to the document's workspace folder, matched by the server's own matcher
    // (minimatch: no backtracking, so a pattern in the settings cannot freeze the extension host).
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (matchesFilesSetting(doc.uri.path, folder ? [folder.uri.path] : [], globs) || mightBeTaskDefinition(doc.getText())) {
      starting = startClient(context).catch((err) => {
        starting = undefined;
        void vscode.window.showErrorMessage(`ECS task definition server failed to start: ${String(err)}`);
      });
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(maybeStart),
    vscode.workspace.onDidChangeTextDocument((e) => maybeStart(e.document)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.files`)) vscode.workspace.textDocuments.forEach(maybeStart);
    }),
  );
  vscode.workspace.textDocuments.forEach(maybeStart);
  context.subscriptions.push(vscode.commands.registerCommand('ecsTaskdef.showPortMap', showPortMap));
  await starting;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
        { scheme: 'vscode-remote', language },
      ]),
      { scheme: 'file', pattern: '**/*.{tpl,tftpl,j2,jinja,jinja2,template,tf}' },
    ],
    synchronize: { configurationSection: SECTION },
    diagnosticPullOptions: { onChange: true, onSave: true },
  };
  client = new LanguageClient('ecsTaskdef', 'ECS Task Definition', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

/** "Show Port Map": the server's markdown for the active file, in a markdown preview (no network). */
async function showPortMap(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  if (!client) {
    void vscode.window.showInformationMessage('Open an ECS task definition first: the port map comes from its language server.');
    return;
  }
  const { markdown } = await client.sendRequest<{ markdown: string }>('ecsTaskdef/portMap', { textDocument: { uri: editor.document.uri.toString() } });
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `# Port map of ${editor.document.uri.path.split('/').pop()}\n\n${markdown}\n` });
  await vscode.commands.executeCommand('markdown.showPreview', doc.uri);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
