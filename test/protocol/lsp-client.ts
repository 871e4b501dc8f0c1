/** A real LSP client connection to the built server (dist/server.js) over stdio, for protocol tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = join(__dirname, '..', '..', '..', 'dist', 'server.js');

/** How long a helper waits for the server before failing with a message saying what it waited for. */
export const TIMEOUT_MS = 20_000;

/** Rejects with `what` named when `promise` has not settled in time, instead of hanging the test run. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = TIMEOUT_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  /** Sends a request and waits for its answer (or fails after TIMEOUT_MS naming the method). */
  request<R = unknown>(method: string, params?: unknown): Promise<R>;
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `accept`. */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Answers workspace/configuration requests with this object (the `ecsTaskdef` section). */
  settings: Record<string, unknown>;
  stop(): Promise<void>;
}

export async function startClient(capabilities: ClientCapabilities, initializationOptions?: unknown, extra: Record<string, unknown> = {}): Promise<TestClient> {
  const client = spawnServer();
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions, ...extra });
  client.connection.sendNotification('initialized', {});
  return client;
}

/** The server process and a listening connection, not initialized yet. */
export function spawnServer(): TestClient {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  // A server that is gone must fail the test through its assertions, not through an EPIPE event.
  child.stdin!.on('error', () => undefined);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const client: TestClient = {
    connection,
    process: child,
    settings: {},
    request<R>(method: string, params?: unknown): Promise<R> {
      return withTimeout(connection.sendRequest(method, params) as Promise<R>, `the answer to ${method}`);
    },
    nextDiagnostics(uri, accept = () => true) {
      return withTimeout(new Promise((resolve) => waiters.push({ uri, accept, resolve })), `publishDiagnostics for ${uri}`);
    },
    async stop() {
      // Orderly LSP shutdown, then wait for the process to exit before dropping the streams, so no
      // write is left pending on a destroyed pipe.
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', () => resolve());
      });
      try {
        await withTimeout(connection.sendRequest('shutdown'), 'the answer to shutdown', 5000);
        await connection.sendNotification('exit');
      } catch {
        // already gone (or not answering: killed below)
      }
      const timer = setTimeout(() => child.kill(), 5000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    const i = waiters.findIndex((w) => w.uri === p.uri && w.accept(p));
    if (i >= 0) waiters.splice(i, 1)[0].resolve(p);
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => client.settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  return client;
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyTextEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = text.split('\n');
  const offsetOf = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetOf(e.range.start)) + e.newText + out.slice(offsetOf(e.range.end));
  return out;
}
