/**
 * Desktop entry of the extension: the language server (dist/server.js, the same Node server as
 * `ecs-taskdef-language-server`) runs as a Node child process over IPC, with the file system for the
 * project config file, service files next to task definitions and the Terraform parser.
 */
import type * as vscode from 'vscode';
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { startClient, stopClient } from '../common/client';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  return startClient(context, (id, name, options) => new LanguageClient(id, name, serverOptions, options));
}

export function deactivate(): Promise<void> {
  return stopClient();
}
