/**
 * The server over stdio when the client breaks the protocol: requests before initialize, a second
 * initialize, malformed params, unknown methods, garbage notifications and broken framing. Each
 * gets its LSP error (or is dropped) and the server goes on answering.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { type TestClient, spawnServer, startClient, withTimeout } from './lsp-client';
import { BAD_TASK } from '../unit/helpers/task-json';

const URI = 'file:///work/task-definition.json';
const TEXT = BAD_TASK;
const PULL_CAPS = { textDocument: { diagnostic: { dynamicRegistration: false } } };

function open(client: TestClient, uri: string, text: string, version = 1): void {
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });
}

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return (report as { items: Diagnostic[] }).items;
}

/** The error a request is answered with (fails when it is answered with a result). */
async function errorOf(client: TestClient, method: string, params?: unknown): Promise<{ code: number; message: string; data?: unknown }> {
  try {
    const result = await client.request(method, params);
    assert.fail(`${method} answered ${JSON.stringify(result)} instead of an error`);
  } catch (err) {
    const e = err as { code?: number; message: string; data?: unknown };
    assert.equal(typeof e.code, 'number', `${method} failed without an LSP error: ${e.message}`);
    return { code: e.code!, message: e.message, data: e.data };
  }
}

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

describe('lifecycle: before and after initialize', () => {
  let client: TestClient;
  before(() => {
    client = spawnServer();
  });
  after(() => client.stop());

  it('a request before initialize gets ServerNotInitialized (-32002); notifications are dropped', async () => {
    open(client, URI, TEXT); // dropped: the document is not open after initialize
    const e = await errorOf(client, 'textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 0 } });
    assert.equal(e.code, -32002);
    assert.match(e.message, /not initialized yet: send initialize before textDocument\/hover/);
  });

  it('initialize answers the capabilities, including code action resolve', async () => {
    const result = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: PULL_CAPS,
      initializationOptions: {},
    });
    assert.deepEqual(result.capabilities.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.ecs-taskdef'],
      resolveProvider: true,
    });
    assert.ok(result.capabilities.diagnosticProvider, 'a pull client gets pull diagnostics');
    client.connection.sendNotification('initialized', {});
    assert.deepEqual(await pull(client, URI), [], 'the didOpen sent before initialize was dropped');
  });

  it('a second initialize is refused (-32600) and changes nothing: a pull client stays pull, settings stay', async () => {
    let pushed = 0;
    client.connection.onNotification('textDocument/publishDiagnostics', () => {
      pushed++;
    });
    const e = await errorOf(client, 'initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      initializationOptions: { rules: { 'host-port-mismatch': 'off' } },
    });
    assert.equal(e.code, -32600);
    assert.match(e.message, /already initialized/);
    open(client, URI, TEXT);
    assert.ok(codes(await pull(client, URI)).includes('host-port-mismatch'), 'the second initialize did not turn the rule off');
    await client.request('textDocument/hover', { textDocument: { uri: URI }, position: { line: 5, character: 60 } });
    assert.equal(pushed, 0, 'the server did not switch to pushing diagnostics');
  });
});

describe('lifecycle: malformed requests and notifications', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient(PULL_CAPS);
    open(client, URI, TEXT);
  });
  after(() => client.stop());

  const cases: [string, string, unknown, RegExp][] = [
    // The connection library answers params that are not an object itself, also with -32602.
    ['hover without params', 'textDocument/hover', undefined, /textDocument\/hover defines parameters by name/],
    [
      'hover with a string textDocument',
      'textDocument/hover',
      { textDocument: URI, position: { line: 0, character: 0 } },
      /params\.textDocument\.uri \(a string\) is missing/,
    ],
    [
      'hover without textDocument',
      'textDocument/hover',
      { position: { line: 0, character: 0 } },
      /params\.textDocument\.uri \(a string\) is missing/,
    ],
    ['hover without position', 'textDocument/hover', { textDocument: { uri: URI } }, /params\.position must be \{ line, character \}/],
    [
      'completion with a text position',
      'textDocument/completion',
      { textDocument: { uri: URI }, position: { line: 'a', character: 0 } },
      /params\.position/,
    ],
    [
      'code action without context',
      'textDocument/codeAction',
      { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      /params\.context with a diagnostics array is missing/,
    ],
    [
      'code action without range',
      'textDocument/codeAction',
      { textDocument: { uri: URI }, context: { diagnostics: [] } },
      /params\.range must be/,
    ],
    [
      'code action with a bad only',
      'textDocument/codeAction',
      {
        textDocument: { uri: URI },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: 'quickfix' },
      },
      /context\.only must be an array/,
    ],
    ['diagnostics without textDocument', 'textDocument/diagnostic', {}, /textDocument\/diagnostic: params\.textDocument\.uri/],
    ['code action resolve with a number', 'codeAction/resolve', 42, /codeAction\/resolve defines parameters by name/],
    [
      'code action resolve without a title',
      'codeAction/resolve',
      { kind: 'quickfix' },
      /codeAction\/resolve: params must be a code action with a title/,
    ],
  ];
  for (const [name, method, params, message] of cases) {
    it(`${name}: InvalidParams (-32602) with a clear message, no TypeError`, async () => {
      const e = await errorOf(client, method, params);
      assert.equal(e.code, -32602, e.message);
      assert.match(e.message, message);
      assert.doesNotMatch(e.message, /TypeError|Cannot read|undefined/);
    });
  }

  it('code action diagnostics without ranges are ignored, the rest answered', async () => {
    const [d] = (await pull(client, URI)).filter((x) => x.code === 'host-port-mismatch');
    const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: d.range,
      context: { diagnostics: [null, 5, { code: 'x' }, d] },
    });
    assert.ok(
      actions.some((a) => a.title === 'Remove hostPort'),
      JSON.stringify(actions.map((a) => a.title)),
    );
  });

  it('an unknown request gets MethodNotFound (-32601); unknown notifications are ignored', async () => {
    const e = await errorOf(client, 'ecs/doesNotExist', { a: 1 });
    assert.equal(e.code, -32601);
    client.connection.sendNotification('ecs/doesNotExistEither', { a: 1 });
    client.connection.sendNotification('$/somethingOptional', null);
    assert.ok(codes(await pull(client, URI)).includes('host-port-mismatch'));
  });

  it('survives notifications with garbage params', async () => {
    const garbage: [string, unknown][] = [
      ['textDocument/didOpen', null],
      ['textDocument/didOpen', { textDocument: 5 }],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///work/n.json', languageId: 'json', version: 1, text: 12345 } }],
      ['textDocument/didChange', { textDocument: { uri: 'file:///work/never-opened.json', version: 2 }, contentChanges: [{ text: '{}' }] }],
      ['textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: null }],
      ['textDocument/didChange', { textDocument: { uri: URI }, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didClose', { textDocument: null }],
      ['textDocument/didSave', 'nonsense'],
      ['workspace/didChangeConfiguration', [1, 2, 3]],
      ['workspace/didChangeWorkspaceFolders', { event: null }],
      ['$/cancelRequest', { id: { nested: true } }],
      ['$/cancelRequest', null],
      ['$/setTrace', { value: 42 }],
      ['initialized', 'again'],
    ];
    for (const [method, params] of garbage) client.connection.sendNotification(method, params);
    // The server is alive and the document unchanged by the rejected changes.
    assert.ok(codes(await pull(client, URI)).includes('host-port-mismatch'));
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///work/n.json' },
      position: { line: 0, character: 0 },
    });
    assert.equal(hover, null);
  });
});

describe('lifecycle: broken JSON-RPC framing', () => {
  it('drops a body that is not JSON, a message that is not JSON-RPC and a bad header, then answers again', async () => {
    const client = await startClient(PULL_CAPS);
    try {
      const stdin = client.process.stdin!;
      const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      stdin.write(frame('{ not json'));
      stdin.write(frame(JSON.stringify({ hello: 'world' })));
      stdin.write('Content-Length: many\r\n\r\n{}');
      stdin.write('No-Length: 1\r\n\r\n');
      // After a bad header the library's reader stops reading the data it holds and goes on when more
      // arrives: the first message after the garbage is only read with the next one.
      await new Promise((resolve) => setTimeout(resolve, 100));
      client.connection.sendNotification('ecs/flush', {});
      await new Promise((resolve) => setTimeout(resolve, 100));
      open(client, URI, TEXT);
      assert.ok(codes(await withTimeout(pull(client, URI), 'diagnostics after broken framing')).includes('host-port-mismatch'));
      assert.equal(client.process.exitCode, null, 'the server is still running');
    } finally {
      await client.stop();
    }
  });
});
