/**
 * The built server over a real LSP connection: initialize, open a task definition, receive
 * diagnostics (pull and push), hover, completion, code action → apply edit → diagnostic gone.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionList, Diagnostic, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { type TestClient, applyTextEdits, startClient } from './lsp-client';
import { container, fields, portMappingsBlock, taskJson, WEB } from '../unit/helpers/task-json';

const URI = 'file:///work/task-definition.json';
const TEXT = `${taskJson({
  top: fields('"networkMode": "awsvpc"', '"memory": "512"', '"cpu": "256"'),
  containers: [container(...WEB, portMappingsBlock('{ "containerPort": 8080, "hostPort": 80 }'))],
})}\n`;

function open(client: TestClient, uri: string, text: string, version = 1, languageId = 'json'): void {
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

function change(client: TestClient, uri: string, text: string, version: number): void {
  client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = (await client.request('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  assert.equal(report.kind, 'full');
  return (report as { items: Diagnostic[] }).items;
}

describe('language server, pull diagnostics (VS Code-like client)', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({
      textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] } },
      workspace: { configuration: true },
    });
  });
  after(() => client.stop());

  it('reports host-port-mismatch on the hostPort value with code, source and doc link', async () => {
    open(client, URI, TEXT);
    const diagnostics = await pull(client, URI);
    const d = diagnostics.find((x) => x.code === 'host-port-mismatch');
    assert.ok(d, `no host-port-mismatch in ${JSON.stringify(diagnostics.map((x) => x.code))}`);
    assert.equal(d.source, 'ecs-taskdef');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: 10, character: 45 }, end: { line: 10, character: 47 } });
    assert.match(d.message, /hostPort 80 differs from containerPort 8080 in awsvpc mode/);
    assert.match(d.codeDescription!.href, /docs\/rules\/host-port-mismatch\.md$/);
  });

  it('answers hover over hostPort', async () => {
    const hover = (await client.request('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 10, character: 35 },
    })) as Hover | null;
    assert.ok(hover, 'no hover');
    const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents);
    assert.match(value, /hostPort/);
    assert.match(value, /\*\*awsvpc\*\*/, 'names the network mode');
    assert.match(value, /task ENI port 8080\/tcp → container `web` port 8080/);
  });

  it('explains the rule and quotes AWS over the diagnostic range', async () => {
    const hover = (await client.request('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 10, character: 46 },
    })) as Hover | null;
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /host-port-mismatch/);
    assert.ok(value.includes('When networkMode=awsvpc, the host ports and container ports in port mappings must match.'), value);
  });

  it('answers completion inside a port mapping with the missing keys', async () => {
    const uri = 'file:///work/completion.json';
    open(client, uri, TEXT.replace('{ "containerPort": 8080, "hostPort": 80 }', '{ "containerPort": 8080,  }'));
    const list = (await client.request('textDocument/completion', {
      textDocument: { uri },
      position: { line: 10, character: 33 },
    })) as CompletionList | null;
    assert.ok(list, 'no completion list');
    const labels = list.items.map((i) => i.label);
    assert.ok(labels.includes('protocol'), `labels: ${labels.join(', ')}`);
    assert.ok(!labels.includes('containerPort'), 'containerPort is already present');
  });

  it('round trip: diagnostic → code action → edit → clean', async () => {
    const diagnostics = await pull(client, URI);
    const d = diagnostics.find((x) => x.code === 'host-port-mismatch')!;
    const actions = (await client.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: d.range,
      context: { diagnostics: [d], only: ['quickfix'] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Remove hostPort'), `actions: ${titles.join(', ')}`);
    assert.ok(titles.includes('Set hostPort to 8080 (the containerPort)'));
    const remove = actions.find((a) => a.title === 'Remove hostPort')!;
    assert.equal(remove.isPreferred, true);
    const fixed = applyTextEdits(TEXT, remove.edit!.changes![URI]);
    assert.equal(fixed, TEXT.replace('{ "containerPort": 8080, "hostPort": 80 }', '{ "containerPort": 8080 }'));
    change(client, URI, fixed, 2);
    const after = await pull(client, URI);
    assert.deepEqual(
      after.filter((x) => x.code === 'host-port-mismatch'),
      [],
    );
  });

  it('offers source.fixAll.ecs-taskdef for codeActionsOnSave', async () => {
    const uri = 'file:///work/fixall.json';
    open(client, uri, TEXT);
    const actions = (await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.ecs-taskdef'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.ecs-taskdef');
    const fixed = applyTextEdits(TEXT, actions[0].edit!.changes![uri]);
    assert.ok(!fixed.includes('"hostPort"'));
  });

  it('a rule set to off in the settings disappears after a configuration change', async () => {
    client.settings = { rules: { 'host-port-mismatch': 'off' } };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const uri = 'file:///work/settings.json';
    open(client, uri, TEXT);
    const diagnostics = await pull(client, uri);
    assert.deepEqual(
      diagnostics.filter((x) => x.code === 'host-port-mismatch'),
      [],
    );
    client.settings = {};
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    assert.ok((await pull(client, uri)).some((x) => x.code === 'host-port-mismatch'));
  });

  it('gives nothing for JSON that is not a task definition', async () => {
    const uri = 'file:///work/package.json';
    open(client, uri, '{ "name": "x", "version": "1.0.0", "scripts": { "hostPort": 80 } }');
    assert.deepEqual(await pull(client, uri), []);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 4 } });
    assert.equal(hover, null);
  });

  it('survives garbage, huge and broken input', async () => {
    const uri = 'file:///work/broken.json';
    open(client, uri, '{ "containerDefinitions": [ { "portMappings": [ { "containerPort": 80, "hostPort": ');
    await pull(client, uri);
    change(client, uri, '\u0000\uffff{{{{[[[[""""', 2);
    await pull(client, uri);
    change(client, uri, `{"containerDefinitions": [${'{"name": "a", "image": "b"},'.repeat(20000)}{}]}`, 3);
    await pull(client, uri);
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 99, character: 99 } });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 5 } });
    change(client, uri, TEXT, 4);
    assert.ok(
      (await pull(client, uri)).some((x) => x.code === 'host-port-mismatch'),
      'server still answers',
    );
  });
});

describe('language server, push diagnostics (Neovim 0.7-like client)', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient(
      { textDocument: { publishDiagnostics: { relatedInformation: true } } },
      { ecsTaskdef: { rules: { 'container-memory-required': 'off' } } },
    );
  });
  after(() => client.stop());

  it('publishes diagnostics on open and again after an edit', async () => {
    const first = client.nextDiagnostics(URI);
    open(client, URI, TEXT);
    const published = await first;
    const d = published.diagnostics.find((x) => x.code === 'host-port-mismatch');
    assert.ok(d);
    assert.equal(d.range.start.line, 10);
    const second = client.nextDiagnostics(URI, (p) => p.version === 2);
    change(client, URI, TEXT.replace(', "hostPort": 80', ''), 2);
    const republished = await second;
    assert.deepEqual(
      republished.diagnostics.filter((x) => x.code === 'host-port-mismatch'),
      [],
    );
  });

  it('takes settings from initializationOptions when the client has no configuration support', async () => {
    const uri = 'file:///work/init-options.json';
    const published = client.nextDiagnostics(uri);
    open(client, uri, TEXT.replace('"memory": "512",\n', ''));
    const p = await published;
    assert.deepEqual(
      p.diagnostics.filter((x) => x.code === 'container-memory-required'),
      [],
    );
  });
});

describe('language server, settings as plain initializationOptions', () => {
  it('takes { rules } directly', async () => {
    const client = await startClient({}, { rules: { 'host-port-mismatch': 'off' } });
    try {
      const published = client.nextDiagnostics(URI);
      open(client, URI, TEXT);
      const p = await published;
      assert.deepEqual(
        p.diagnostics.filter((x) => x.code === 'host-port-mismatch'),
        [],
      );
    } finally {
      await client.stop();
    }
  });
});
