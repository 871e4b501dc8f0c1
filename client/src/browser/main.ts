/**
 * Web entry of the extension (vscode.dev, github.dev, code-server's web extension host): the
 * language server runs in a web worker (dist/browser/server.js).
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { startClient, stopClient } from '../common/client';

/** The DOM's Worker, Blob and URL (the project compiles without the DOM library). */
type WebWorker = ConstructorParameters<typeof LanguageClient>[3] & { terminate(): void };
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const url = await workerUrl(vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js'));
  return startClient(context, (id, name, options) => new WorkerLanguageClient(id, name, options, new Worker(url, { name })));
}

/** The browser LanguageClient leaves its worker running when it stops; Restart Server must not leak one. */
class WorkerLanguageClient extends LanguageClient {
  constructor(
    id: string,
    name: string,
    options: LanguageClientOptions,
    private readonly webWorker: WebWorker,
  ) {
    super(id, name, options, webWorker);
  }

  override async dispose(timeout?: number): Promise<void> {
    try {
      await super.dispose(timeout);
    } finally {
      this.webWorker.terminate();
    }
  }
}

/**
 * vscode.dev and github.dev serve extensions over https: the worker loads from there. An extension
 * installed on a remote server (code-server, Codespaces in the browser) has a vscode-remote: location,
 * which VS Code does not accept for workers; the bundle is read through VS Code and started from a blob.
 */
async function workerUrl(uri: vscode.Uri): Promise<string> {
  if (uri.scheme === 'https' || uri.scheme === 'http') return uri.toString(true);
  const bytes = await vscode.workspace.fs.readFile(uri);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}

export function deactivate(): Promise<void> {
  return stopClient();
}
