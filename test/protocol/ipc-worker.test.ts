/**
 * The desktop extension's server: the web-worker bundle (dist/browser/server.js) run by
 * dist/server-ipc.js in a Node child process over IPC, as VS Code's LanguageClient starts it.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { IPCMessageReader, IPCMessageWriter, type MessageConnection, createMessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';

const SERVER_IPC = join(__dirname, '..', '..', '..', 'dist', 'server-ipc.js');
const URI = 'file:///w/task-definition.json';
const TEXT = '{ "family": "web", "networkMode": "awsvpc", "containerDefinitions": [\n  { "name": "web", "image": "nginx", "memory": 512,\n    "portMappings": [{ "containerPort": 8080, "hostPort": 80 }] }\n] }\n';

describe('desktop server (worker bundle over Node IPC)', () => {
  let child: ChildProcess;
  let connection: MessageConnection;
  before(async () => {
    child = fork(SERVER_IPC, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true } } });
    connection.sendNotification('initialized', {});
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'json', version: 1, text: TEXT } });
  });
  after(() => {
    connection.dispose();
    if (child.exitCode === null) child.kill();
  });

  it('pulls diagnostics, offers the fix and answers hover', async () => {
    const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as DocumentDiagnosticReport & { items: { code: string; range: unknown }[] };
    const d = report.items.find((x) => x.code === 'host-port-mismatch');
    assert.ok(d, JSON.stringify(report.items.map((x) => x.code)));
    assert.deepEqual(d.range, { start: { line: 2, character: 58 }, end: { line: 2, character: 60 } });
    const actions = (await connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    assert.ok(actions.some((a) => a.title === 'Remove hostPort'), JSON.stringify(actions.map((a) => a.title)));
    const hover = (await connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 49 } })) as Hover;
    assert.match(JSON.stringify(hover.contents), /hostPort.*awsvpc/);
  });

  it('answers ecsTaskdef/status', async () => {
    const s = (await connection.sendRequest('ecsTaskdef/status', { textDocument: { uri: URI } })) as { isTaskDefinition: boolean; networkMode: string };
    assert.equal(s.isTaskDefinition, true);
    assert.equal(s.networkMode, 'awsvpc');
  });

  it('exits after shutdown and exit', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
  });

  it('refuses to run without an IPC channel, with a clear message', () => {
    const r = spawnSync(process.execPath, [SERVER_IPC], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /started by the VS Code extension over Node IPC/);
  });
});
