/**
 * `ecsTaskdef.enable` off, through the real server: the language service answers "nothing" for every
 * request (the server does not check the setting itself), and turning it on again brings everything back.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { CodeAction, CompletionList, Diagnostic, DocumentDiagnosticReport, Hover } from 'vscode-languageserver-protocol';
import { type TestClient, startClient } from './lsp-client';
import { TWO_HOST_PORT_MISMATCHES } from '../unit/helpers/task-json';

const URI = 'file:///w/enable/task.json';
const TEXT = TWO_HOST_PORT_MISMATCHES;
const HOST_PORT = { line: 9, character: 35 };

describe('ecsTaskdef.enable', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({
      textDocument: { diagnostic: { dynamicRegistration: false }, codeAction: { resolveSupport: { properties: ['edit'] } } },
      workspace: { configuration: true },
    });
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'json', version: 1, text: TEXT } });
  });
  after(() => client.stop());

  /** Every request; code actions are asked for `shown` (what the editor shows), by default the diagnostics just pulled. */
  const everything = async (shown?: Diagnostic[]) => {
    const diagnostics = (
      (await client.request('textDocument/diagnostic', { textDocument: { uri: URI } })) as DocumentDiagnosticReport & {
        items: Diagnostic[];
      }
    ).items;
    return everythingElse(diagnostics, shown ?? diagnostics);
  };
  const everythingElse = async (diagnostics: Diagnostic[], shown: Diagnostic[]) => ({
    diagnostics,
    hover: (await client.request('textDocument/hover', { textDocument: { uri: URI }, position: HOST_PORT })) as Hover | null,
    completion: (await client.request('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line: 7, character: 8 },
    })) as CompletionList | null,
    actions: (await client.request('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: shown[0].range,
      context: { diagnostics: shown },
    })) as CodeAction[],
    resolved: (await client.request('codeAction/resolve', { title: 'Fix all', data: { fixAll: { uri: URI, version: 1 } } })) as CodeAction,
    portMap: ((await client.request('ecsTaskdef/portMap', { textDocument: { uri: URI } })) as { markdown: string }).markdown,
  });

  it('off: no diagnostics, hover, completion, code actions, fix all or port map; on again: all of them', async () => {
    const on = await everything();
    assert.deepEqual(
      on.diagnostics.map((d) => d.code),
      ['host-port-mismatch', 'host-port-mismatch'],
    );
    const shown = on.diagnostics;

    client.settings = { enable: false };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const off = await everything(shown);
    assert.deepEqual(off.diagnostics, []);
    assert.equal(off.hover, null);
    assert.equal(off.completion, null);
    assert.deepEqual(off.actions, []);
    assert.equal(off.resolved.edit, undefined);
    assert.equal(off.portMap, 'Not an ECS task definition or service file.');

    client.settings = {};
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const again = await everything(shown);
    assert.equal(again.diagnostics.length, 2);
    assert.match((again.hover?.contents as { value: string }).value, /awsvpc/);
    assert.ok((again.completion?.items.length ?? 0) > 0);
    assert.ok(
      again.actions.some((a) => a.title === 'Remove hostPort'),
      JSON.stringify(again.actions.map((a) => a.title)),
    );
    assert.ok(again.resolved.edit, 'fix all resolved');
    assert.match(again.portMap, /\*\*Port map: web\*\* \(awsvpc\)/);
  });
});
