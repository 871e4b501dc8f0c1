/**
 * Web entry of the extension (vscode.dev, github.dev, code-server's web extension host): the
 * language server runs in a web worker (dist/browser/server.js).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { startClient, stopClient } from '../common/client';

/** The DOM's Worker (the project compiles without the DOM library). */
declare const Worker: new (url: string, options?: { name?: string }) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const url = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js').toString(true);
  return startClient(context, (id, name, options) => new LanguageClient(id, name, options, new Worker(url, { name })));
}

export function deactivate(): Promise<void> {
  return stopClient();
}
