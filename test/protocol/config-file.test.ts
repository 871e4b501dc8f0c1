/**
 * The built server reads the project config file (.ecs-taskdef.json) above each document, re-reads it
 * when the client reports a change through the watcher the server registers, lets settings override it,
 * and warns once (window/showMessage) about unknown rule ids in the ecsTaskdef.rules setting.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { type TestClient, startClient } from './lsp-client';
import { BAD_TASK_LINE } from '../unit/helpers/task-json';

const TASK = BAD_TASK_LINE;

const summary = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => `${d.code}:${d.severity}`);

describe('language server and the config file', () => {
  let dir: string;
  let client: TestClient;
  const registrations: { registrations: { method: string; registerOptions: { watchers: { globPattern: string }[] } }[] }[] = [];
  const messages: { type: number; message: string }[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-lsp-config-'));
    writeFileSync(join(dir, '.ecs-taskdef.json'), '{ "rules": { "host-port-mismatch": "warning" }, "ignores": ["legacy/**"] }');
    mkdirSync(join(dir, 'legacy'));
    client = await startClient({ workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } });
    client.connection.onRequest('client/registerCapability', (p: (typeof registrations)[number]) => {
      registrations.push(p);
      return null;
    });
    client.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => messages.push(m));
    client.settings = { rules: { 'host-port-mismach': 'off' } };
  });
  after(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const uri = () => pathToFileURL(join(dir, 'task.json')).href;

  it('applies the rules of the nearest config file and registers a watcher for config files', async () => {
    const got = client.nextDiagnostics(uri());
    client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: uri(), languageId: 'json', version: 1, text: TASK },
    });
    assert.deepEqual(summary(await got), ['host-port-mismatch:2']);
    const watchers = registrations.flatMap((r) => r.registrations).filter((r) => r.method === 'workspace/didChangeWatchedFiles');
    // The config files' watcher; the service-folder watcher (task definitions next to service files) is registered too.
    const patterns = watchers.flatMap((w) => w.registerOptions.watchers.map((x) => x.globPattern));
    assert.ok(patterns.includes('**/.ecs-taskdef.json') && patterns.includes('**/package.json'), patterns.join(', '));
  });

  it('warns once about an unknown rule id in the ecsTaskdef.rules setting, naming the nearest id', () => {
    const warnings = messages.filter((m) => m.type === 2 && m.message.includes('host-port-mismach'));
    assert.deepEqual(
      warnings.map((m) => m.message),
      [
        'ECS task definitions: Setting "ecsTaskdef.rules": unknown rule "host-port-mismach" (did you mean "host-port-mismatch"?); it is ignored.',
      ],
    );
  });

  it('re-reads the file when the client reports it changed, and shows its mistakes once', async () => {
    writeFileSync(join(dir, '.ecs-taskdef.json'), '{ "rules": { "host-port-mismatch": "off" }, "ignore": [] }');
    const got = client.nextDiagnostics(uri(), (p) => p.diagnostics.length === 0);
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, '.ecs-taskdef.json')).href, type: 2 }],
    });
    assert.deepEqual(summary(await got), []);
    assert.equal(messages.filter((m) => m.message.includes('unknown key "ignore" (did you mean "ignores"?)')).length, 1);
  });

  it('editor settings override the file rule by rule', async () => {
    client.settings = { rules: { 'host-port-mismatch': 'error' } };
    const got = client.nextDiagnostics(uri(), (p) => p.diagnostics.length > 0);
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.deepEqual(summary(await got), ['host-port-mismatch:1']);
  });

  it('an ignored file gets nothing', async () => {
    writeFileSync(join(dir, '.ecs-taskdef.json'), '{ "ignores": ["legacy/**"] }');
    client.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(dir, '.ecs-taskdef.json')).href, type: 2 }],
    });
    const legacy = pathToFileURL(join(dir, 'legacy', 'task.json')).href;
    const got = client.nextDiagnostics(legacy);
    client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: legacy, languageId: 'json', version: 1, text: TASK },
    });
    assert.deepEqual(summary(await got), []);
  });
});

describe('language server and the config file, client without file watching', () => {
  it('reads the file again at a later check once the short cache has expired', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-lsp-config-nowatch-'));
    writeFileSync(join(dir, '.ecs-taskdef.json'), '{ "rules": { "host-port-mismatch": "off" } }');
    const client = await startClient({});
    try {
      const uri = pathToFileURL(join(dir, 'task.json')).href;
      const first = client.nextDiagnostics(uri);
      client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: TASK } });
      assert.deepEqual(summary(await first), []);
      writeFileSync(join(dir, '.ecs-taskdef.json'), '{ "rules": { "host-port-mismatch": "hint" } }');
      await new Promise((r) => setTimeout(r, 3200)); // the server trusts an unwatched read for 3 s
      const second = client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: `${TASK} ` }],
      });
      assert.deepEqual(summary(await second), ['host-port-mismatch:4']);
    } finally {
      await client.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
