/**
 * The server over stdio stays current and responsive: cancelled requests answer RequestCancelled,
 * diagnostics of a superseded version are never reported, a reused version number with new text is
 * analysed again, fix all is computed only when asked for, and `files` globs are anchored at the
 * workspace folder.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { type TestClient, applyTextEdits, startClient, withTimeout } from './lsp-client';

const PULL_CAPS = { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } };

/** A task definition with one host-port-mismatch per container; `n` = 1000 takes a good half second to analyse. */
function bigTask(n: number, hostPortOffset = 1): string {
  return JSON.stringify(
    {
      family: 'big',
      networkMode: 'awsvpc',
      containerDefinitions: Array.from({ length: n }, (_, i) => ({
        name: `c${i}`,
        image: 'nginx',
        memory: 128,
        portMappings: [{ containerPort: 8000 + i, hostPort: 8000 + i + hostPortOffset }],
      })),
    },
    null,
    2,
  );
}

function open(client: TestClient, uri: string, text: string, version = 1): void {
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version, text } });
}

function change(client: TestClient, uri: string, text: string, version: number): void {
  client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
}

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
  const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  return (report as { items: Diagnostic[] }).items;
}

/** An incremental change (as VS Code sends) replacing the first `from` in `text`, which is on one line. */
function edit(client: TestClient, uri: string, text: string, from: string, to: string, version: number): string {
  const at = text.indexOf(from);
  const line = text.slice(0, at).split('\n').length - 1;
  const character = at - (text.lastIndexOf('\n', at - 1) + 1);
  const range = { start: { line, character }, end: { line, character: character + from.length } };
  client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: to }] });
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length - 1;
}

const AWSVPC = '"networkMode": "awsvpc"';
const BRIDGE = '"networkMode": "bridge"';

const mismatches = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'host-port-mismatch').length;

describe('cancellation and superseded versions (pull)', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient(PULL_CAPS);
  });
  after(() => client.stop());

  it('a cancelled diagnostic request answers RequestCancelled (-32800) and the server answers the next request', async () => {
    const uri = 'file:///work/big-cancel.json';
    const text = bigTask(1000);
    open(client, uri, text);
    const source = new CancellationTokenSource();
    const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
    source.cancel();
    await assert.rejects(withTimeout(pending, 'the cancelled diagnostic request'), (err: { code?: number; message: string }) => {
      assert.equal(err.code, -32800, err.message);
      return true;
    });
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: lineOf(text, '"hostPort"'), character: 10 },
    });
    assert.ok(hover, 'hover answered after the cancellation');
  });

  it('a change during analysis: the old version is never reported (ServerCancelled or the new version)', async () => {
    const uri = 'file:///work/big-change.json';
    const text = bigTask(1000);
    open(client, uri, text);
    // The change (bridge mode: hostPort may differ) is sent while the server analyses version 1.
    const pending = client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    setTimeout(() => edit(client, uri, text, AWSVPC, BRIDGE, 2), 50);
    try {
      const report = await pending;
      assert.equal(
        mismatches((report as { items: Diagnostic[] }).items),
        0,
        'diagnostics of version 1 were reported after version 2 arrived',
      );
    } catch (err) {
      const e = err as { code?: number; data?: { retriggerRequest?: boolean }; message: string };
      assert.equal(e.code, -32802, e.message);
      assert.deepEqual(e.data, { retriggerRequest: true });
    }
    assert.equal(mismatches(await pull(client, uri)), 0);
  });

  it('a reused version number with new text is analysed again (the cache is keyed on the text too)', async () => {
    const uri = 'file:///work/reused-version.json';
    open(client, uri, bigTask(2), 7);
    assert.equal(mismatches(await pull(client, uri)), 2);
    change(client, uri, bigTask(2, 0), 7);
    assert.equal(mismatches(await pull(client, uri)), 0);
    change(client, uri, bigTask(3), 7);
    assert.equal(mismatches(await pull(client, uri)), 3);
  });
});

describe('documents over 4 MiB', () => {
  it('are not analysed: no diagnostics, no hover, and the server answers the next document', async () => {
    const client = await startClient(PULL_CAPS);
    try {
      const uri = 'file:///work/huge.json';
      const huge = bigTask(2).replace('"family": "big"', `"family": "big", "description": "${'x'.repeat(4 * 1024 * 1024)}"`);
      open(client, uri, huge);
      assert.deepEqual(await pull(client, uri), []);
      assert.equal(
        await client.request('textDocument/hover', {
          textDocument: { uri },
          position: { line: lineOf(huge, '"hostPort"'), character: 10 },
        }),
        null,
      );
      // Shrunk below the limit, it is checked again.
      change(client, uri, bigTask(2), 2);
      assert.equal(mismatches(await pull(client, uri)), 2);
    } finally {
      await client.stop();
    }
  });
});

describe('superseded versions are not pushed (push client)', () => {
  it('publishes the last version of a burst of changes, never an older one after it', async () => {
    const client = await startClient({});
    try {
      const uri = 'file:///work/push-burst.json';
      const seen: { version?: number; count: number }[] = [];
      const last = client.nextDiagnostics(uri, (p) => {
        seen.push({ version: p.version, count: mismatches(p.diagnostics as Diagnostic[]) });
        return p.version === 4;
      });
      const v1 = bigTask(500);
      open(client, uri, v1);
      setTimeout(() => {
        const v2 = edit(client, uri, v1, AWSVPC, BRIDGE, 2);
        const v3 = edit(client, uri, v2, BRIDGE, AWSVPC, 3);
        edit(client, uri, v3, AWSVPC, BRIDGE, 4);
      }, 20);
      const p = await last;
      assert.equal(mismatches(p.diagnostics), 0);
      // Whatever was published, versions only go up and each carries its own version's problems.
      const expected: Record<number, number> = { 1: 500, 2: 0, 3: 500, 4: 0 };
      for (const s of seen) assert.equal(s.count, expected[s.version!], `version ${s.version} published with ${s.count} problems`);
      const versions = seen.map((s) => s.version!);
      assert.deepEqual(
        versions,
        [...versions].sort((a, b) => a - b),
      );
    } finally {
      await client.stop();
    }
  });
});

describe('code actions: fix all only when asked for', () => {
  const RESOLVE_CAPS = {
    ...PULL_CAPS,
    textDocument: { ...PULL_CAPS.textDocument, codeAction: { resolveSupport: { properties: ['edit'] } } },
  };
  const TEXT = bigTask(3);
  const uri = 'file:///work/fix-all-lazy.json';

  it('the light bulb offers fix all without its edit; codeAction/resolve fills it in', async () => {
    const client = await startClient(RESOLVE_CAPS);
    try {
      open(client, uri, TEXT);
      const [d] = (await pull(client, uri)).filter((x) => x.code === 'host-port-mismatch');
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d], only: ['quickfix'] },
      });
      const fixAll = actions.find((a) => a.title.startsWith('Fix all'));
      assert.ok(fixAll, `actions: ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(fixAll.title, 'Fix all auto-fixable ECS task definition problems (3)');
      assert.equal(fixAll.edit, undefined, 'the fix-all edit is not computed for the light bulb');
      assert.ok(actions.find((a) => a.title === 'Remove hostPort')?.edit, 'single fixes keep their edit');
      const resolved = await client.request<CodeAction>('codeAction/resolve', fixAll);
      const fixed = applyTextEdits(TEXT, resolved.edit!.changes![uri]);
      assert.equal(fixed, TEXT.replace(/,\n\s*"hostPort": \d+/g, ''));
      // Resolving an action made for an older version is refused: the edit would not fit.
      change(client, uri, TEXT.replace('"big"', '"bigger"'), 2);
      await assert.rejects(client.request('codeAction/resolve', fixAll), (err: { code?: number }) => err.code === -32801);
    } finally {
      await client.stop();
    }
  });

  it('a client that cannot resolve gets no fix-all quick fix, but source.fixAll (save) still has its edit', async () => {
    const client = await startClient(PULL_CAPS);
    try {
      open(client, uri, TEXT);
      const [d] = (await pull(client, uri)).filter((x) => x.code === 'host-port-mismatch');
      const quick = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: d.range,
        context: { diagnostics: [d] },
      });
      assert.deepEqual(
        quick.map((a) => a.title),
        ['Remove hostPort', 'Set hostPort to 8000 (the containerPort)'],
      );
      const onSave = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      assert.deepEqual(
        onSave.map((a) => a.kind),
        ['source.fixAll.ecs-taskdef'],
      );
      assert.equal(applyTextEdits(TEXT, onSave[0].edit!.changes![uri]), TEXT.replace(/,\n\s*"hostPort": \d+/g, ''));
    } finally {
      await client.stop();
    }
  });
});

describe('files globs anchored at the workspace folder', () => {
  // Not a task definition by its content: only the `files` setting makes it one.
  const TEXT = '{ "family": "web", "networkMode": "awsvpc" }\n';
  let client: TestClient;
  before(async () => {
    client = await startClient({ ...PULL_CAPS, workspace: { configuration: true, workspaceFolders: true } }, undefined, {
      workspaceFolders: [{ uri: 'file:///work/infra', name: 'infra' }],
    });
    client.settings = { files: ['deploy/*.json', '*a*a*a*a*a*a*a*a*c', '**/**/**/**/**/**/**/**/x.json'] };
  });
  after(() => client.stop());

  const missing = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'missing-required-property').length;

  it('a file under <folder>/deploy is checked; deploy/ deeper down is not', async () => {
    open(client, 'file:///work/infra/deploy/web.json', TEXT);
    assert.ok(missing(await pull(client, 'file:///work/infra/deploy/web.json')) > 0);
    open(client, 'file:///work/infra/old/deploy/web.json', TEXT);
    assert.equal(missing(await pull(client, 'file:///work/infra/old/deploy/web.json')), 0);
  });

  it('pathological patterns answer (a deep path and a long name)', async () => {
    const deep = `file:///work/infra/${Array.from({ length: 150 }, (_, i) => `d${i}`).join('/')}`;
    open(client, `${deep}/x.json`, TEXT);
    assert.ok(missing(await pull(client, `${deep}/x.json`)) > 0);
    const long = `file:///work/infra/${'a'.repeat(200)}.json`;
    open(client, long, TEXT);
    assert.equal(missing(await pull(client, long)), 0);
  });

  it('a workspace folder added later anchors patterns too', async () => {
    client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: 'file:///other/svc', name: 'svc' }], removed: [] },
    });
    open(client, 'file:///other/svc/deploy/a.json', TEXT);
    assert.ok(missing(await pull(client, 'file:///other/svc/deploy/a.json')) > 0);
  });
});
