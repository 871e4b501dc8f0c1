/**
 * The protocol helpers never hang the run: a request or a diagnostics wait that the server never answers
 * fails with a message naming what was awaited and for how long, and stop() ends such a server.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { type TestClient, spawnServer, withTimeout } from './lsp-client';

/** A server that answers no request but test/ping (silent-server.ts). */
const SILENT_SERVER = [process.execPath, join(__dirname, 'silent-server.js')];
const MS = 1000;
/** node:test fails a test that runs longer than this, so a helper without a timeout fails here instead of hanging. */
const GUARD = { timeout: 60_000 };

/** The stand-in server once it answers (its start may take longer than MS on a busy machine). */
async function silentClient(): Promise<TestClient> {
  const client = spawnServer({ command: SILENT_SERVER, timeoutMs: MS });
  try {
    assert.equal(await withTimeout(client.connection.sendRequest('test/ping'), 'the stand-in server to start'), 'pong');
  } catch (err) {
    await client.stop();
    throw err;
  }
  return client;
}

describe('protocol helpers time out', { concurrency: true }, () => {
  it('a request the server never answers fails naming the method and the wait', GUARD, async () => {
    const client = await silentClient();
    try {
      await assert.rejects(
        client.request('textDocument/hover', { textDocument: { uri: 'file:///w/task.json' }, position: { line: 0, character: 0 } }),
        {
          message: `timed out after ${MS} ms waiting for the answer to textDocument/hover`,
        },
      );
    } finally {
      await client.stop();
    }
  });

  it('a diagnostics wait that is never satisfied fails naming the document, and is forgotten', GUARD, async () => {
    const client = await silentClient();
    try {
      const uri = 'file:///w/task.json';
      await assert.rejects(client.nextDiagnostics(uri), {
        message: `timed out after ${MS} ms waiting for textDocument/publishDiagnostics for ${uri}`,
      });
      // The timed-out wait does not take the next publish: the wait after it does.
      const next = client.nextDiagnostics(uri);
      const published = {
        uri,
        diagnostics: [{ message: 'from the stand-in', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
      };
      client.connection.sendNotification('test/publish', published);
      assert.deepEqual(await next, published);
    } finally {
      await client.stop();
    }
  });

  it('stop() ends a server that never answers shutdown', GUARD, async () => {
    const client = await silentClient();
    await client.stop();
    assert.equal(client.process.signalCode, 'SIGTERM', 'the server that did not answer shutdown was killed');
  });

  it('withTimeout passes a settled value through, and names the wait and calls onTimeout when it is late', GUARD, async () => {
    assert.equal(await withTimeout(Promise.resolve(42), 'a value', 50), 42);
    let late = false;
    await assert.rejects(
      withTimeout(new Promise(() => undefined), 'the answer to never/answered', 50, () => {
        late = true;
      }),
      {
        message: 'timed out after 50 ms waiting for the answer to never/answered',
      },
    );
    assert.equal(late, true);
  });
});
