/** CloudFormation YAML through the real server: diagnostics at YAML ranges, hover, the fix round trip. */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { type TestClient, applyTextEdits, startClient } from './lsp-client';

const URI = 'file:///work/stack.yaml';
const TEXT = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Image:
    Type: String
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      HostPort: 1 # not a task definition: ignored
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      Memory: "512"
      ContainerDefinitions:
        - Name: web
          Image: !Ref Image
          PortMappings:
            - ContainerPort: 8080
              HostPort: 80 # keep this comment
              Protocol: tcp
`;

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = (await client.request('textDocument/diagnostic', { textDocument: { uri } })) as DocumentDiagnosticReport;
  return (report as { items: Diagnostic[] }).items;
}

describe('language server, CloudFormation YAML', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } });
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'yaml', version: 1, text: TEXT } });
  });
  after(() => client.stop());

  it('reports host-port-mismatch on the HostPort value only', async () => {
    const diagnostics = await pull(client, URI);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['host-port-mismatch'],
    );
    assert.deepEqual(diagnostics[0].range, { start: { line: 19, character: 24 }, end: { line: 19, character: 26 } });
    assert.match(diagnostics[0].message, /HostPort 80 differs from ContainerPort 8080 in awsvpc mode/);
  });

  it('hovers HostPort with the awsvpc binding', async () => {
    const hover = (await client.request('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 19, character: 17 },
    })) as Hover;
    const value = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /\*\*awsvpc\*\*/);
  });

  it('completes Protocol values in YAML', async () => {
    const uri = 'file:///work/complete.yaml';
    const text = TEXT.replace('Protocol: tcp', 'Protocol: ');
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const list = (await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 20, character: 24 } })) as {
      items: { label: string }[];
    };
    assert.deepEqual(list.items.map((i) => i.label).sort(), ['tcp', 'udp']);
  });

  it('"Remove HostPort" keeps the rest of the file byte for byte', async () => {
    const [d] = await pull(client, URI);
    const actions = (await client.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: d.range,
      context: { diagnostics: [d] },
    })) as CodeAction[];
    const remove = actions.find((a) => a.title === 'Remove HostPort');
    assert.ok(remove, actions.map((a) => a.title).join(', '));
    const fixed = applyTextEdits(TEXT, remove.edit!.changes![URI]);
    assert.equal(fixed, TEXT.replace('              HostPort: 80 # keep this comment\n', ''));
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ text: fixed }],
    });
    assert.deepEqual(await pull(client, URI), []);
  });
});
