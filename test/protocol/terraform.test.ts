/**
 * The built server with Terraform: a .tf file gets the diagnostic, hover and the quick fix (HCL edited
 * in place); a container-definitions file loaded by file() from a .tf on disk is checked with that
 * resource's network mode, and re-checked when the .tf changes.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { type TestClient, applyTextEdits, startClient } from './lsp-client';
import { jsonencodeTask } from '../unit/helpers/terraform-task';

const TF = jsonencodeTask('{ containerPort = 80, hostPort = 8080 }');

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return (report as { items: Diagnostic[] }).items;
}

function open(client: TestClient, uri: string, text: string, languageId: string, version = 1): void {
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

describe('language server, Terraform', () => {
  let client: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-tf-'));
    client = await startClient({ textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] } } });
  });
  after(() => client.stop());

  it('reports host-port-mismatch in jsonencode and fixes it by removing the HCL element', async () => {
    const uri = pathToFileURL(join(dir, 'main.tf')).href;
    open(client, uri, TF, 'terraform');
    const diagnostics = await pull(client, uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['host-port-mismatch', 9, 41]],
    );
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 9, character: 32 } });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /\*\*awsvpc\*\*/, 'hover names the network mode');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[0].range,
      context: { diagnostics, only: ['quickfix'] },
    });
    const remove = actions.find((a) => a.title === 'Remove hostPort');
    assert.ok(remove?.edit?.changes?.[uri], `actions: ${actions.map((a) => a.title)}`);
    assert.equal(applyTextEdits(TF, remove.edit.changes[uri]), TF.replace(', hostPort = 8080', ''));
  });

  it('checks a file() target with the resource network mode and re-checks it when the .tf changes', async () => {
    const worker = '[{ "name": "w", "image": "busybox", "memory": 64, "portMappings": [{ "containerPort": 80, "hostPort": 81 }] }]\n';
    const tf = TF.replace(/container_definitions = jsonencode\(\[[\s\S]*\]\)/, 'container_definitions = file("worker.json")').replace(
      '"app"',
      '"worker"',
    );
    writeFileSync(join(dir, 'worker.tf'), tf);
    writeFileSync(join(dir, 'worker.json'), worker);
    const jsonUri = pathToFileURL(join(dir, 'worker.json')).href;
    open(client, jsonUri, worker, 'json');
    const found = await pull(client, jsonUri);
    assert.deepEqual(
      found.map((d) => d.code),
      ['host-port-mismatch'],
    );
    assert.match(found[0].message, /in awsvpc mode/);
    const tfUri = pathToFileURL(join(dir, 'worker.tf')).href;
    open(client, tfUri, tf, 'terraform');
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: tfUri, version: 2 },
      contentChanges: [{ text: tf.replace('"awsvpc"', '"bridge"') }],
    });
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(
      (await pull(client, jsonUri)).map((d) => d.code),
      [],
      'in bridge mode hostPort 81 is fine',
    );
  });
});
