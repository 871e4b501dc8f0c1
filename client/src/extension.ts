/**
 * The VS Code extension: starts the language server the first time a document that can be a task
 * definition is open (unrelated JSON/YAML never starts it), and forwards the `ecsTaskdef` settings.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { mightBeTaskDefinition } from '../../server/src/service/model/sniff';
import { matchesAnyGlob } from '../../server/src/host/glob';

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
    if (matchesAnyGlob(doc.uri.path, globs) || mightBeTaskDefinition(doc.getText())) {
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

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
