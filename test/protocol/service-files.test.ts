/** A service file through the real server: checked against the task definition next to it, re-checked when that changes. */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { type TestClient, startClient } from './lsp-client';
import { SERVICE_FILE, fargateTaskFile } from '../unit/helpers/service-file';

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  return (report as { items: Diagnostic[] }).items;
}

describe('language server, service files', () => {
  let client: TestClient;
  let dir: string;
  let serviceUri: string;
  let taskUri: string;
  const registrations: unknown[] = [];
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-lsp-svc-'));
    writeFileSync(join(dir, 'ecs-task-def.json'), fargateTaskFile(3000));
    writeFileSync(join(dir, 'ecs-service-def.json'), SERVICE_FILE);
    serviceUri = pathToFileURL(join(dir, 'ecs-service-def.json')).toString();
    taskUri = pathToFileURL(join(dir, 'ecs-task-def.json')).toString();
    client = await startClient({
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
    });
    client.connection.onRequest('client/registerCapability', (p: unknown) => {
      registrations.push(p);
      return null;
    });
    client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: serviceUri, languageId: 'json', version: 1, text: SERVICE_FILE },
    });
  });
  after(() => client.stop());

  it('reports the unmapped port in the service file', async () => {
    const items = await pull(client, serviceUri);
    assert.deepEqual(
      items.map((d) => [d.code, d.range.start.line, d.range.start.character]),
      [['service-container-port-not-mapped', 3, 63]],
    );
    assert.match(items[0].message, /no port mapping of that container has it \(it maps 3000\)/);
  });

  it('asks to watch JSON, YAML and Terraform files', () => {
    assert.match(JSON.stringify(registrations), /workspace\/didChangeWatchedFiles.*\*\*\/\*\.\{json,jsonc,yaml,yml,tf\}/);
  });

  it('re-checks when the task definition changes on disk', async () => {
    writeFileSync(join(dir, 'ecs-task-def.json'), fargateTaskFile(80));
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: taskUri, type: 2 }] });
    assert.deepEqual(await pull(client, serviceUri), []);
  });

  it('uses the unsaved text of an open task definition', async () => {
    client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: taskUri, languageId: 'json', version: 1, text: fargateTaskFile(8080) },
    });
    const items = await pull(client, serviceUri);
    assert.match(items[0]?.message ?? '', /it maps 8080/);
  });

  it('answers ecsTaskdef/portMap with the markdown of the task the service runs', async () => {
    const r = await client.request<{ markdown: string }>('ecsTaskdef/portMap', { textDocument: { uri: serviceUri } });
    assert.match(r.markdown, /\*\*Port map: web\*\* \(awsvpc\)/);
    // The open task definition (unsaved: port 8080) is what the service runs now.
    assert.match(r.markdown, /\| tcp \| — \| ENI :8080 → 8080 \| the service's security groups \|/);
  });

  it('answers ecsTaskdef/portMap for a file that is not open with a plain sentence', async () => {
    const r = await client.request<{ markdown: string }>('ecsTaskdef/portMap', { textDocument: { uri: 'file:///nowhere.json' } });
    assert.equal(r.markdown, 'Not an ECS task definition or service file.');
  });
});
