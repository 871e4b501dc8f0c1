/** A real LSP client connection to the built server (dist/server.js) over stdio, for protocol tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER = join(__dirname, '..', '..', '..', 'dist', 'server.js');

/** How long a helper waits for the server before failing with a message saying what it waited for. */
export const TIMEOUT_MS = 20_000;

/** Rejects with `what` named when `promise` has not settled in time, instead of hanging the test run. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = TIMEOUT_MS, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves when `child` has exited; kills it when it has not exited `ms` after the call. */
export function exitOf(child: ChildProcess, ms = 5000): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill(), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface SpawnOptions {
  /** The server command; the built dist/server.js over stdio when not given. */
  command?: string[];
  /** How long request and nextDiagnostics wait (TIMEOUT_MS when not given). */
  timeoutMs?: number;
}

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcess;
  /** Sends a request and waits for its answer (or fails after the timeout naming the method and the wait). */
  request<R = unknown>(method: string, params?: unknown): Promise<R>;
  /** Resolves with the next publishDiagnostics for `uri` that satisfies `accept` (or fails after the timeout). */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Answers workspace/configuration requests with this object (the `ecsTaskdef` section). */
  settings: Record<string, unknown>;
  stop(): Promise<void>;
}

export async function startClient(
  capabilities: ClientCapabilities,
  initializationOptions?: unknown,
  extra: Record<string, unknown> = {},
): Promise<TestClient> {
  const client = spawnServer();
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions, ...extra });
  client.connection.sendNotification('initialized', {});
  return client;
}

/** The server process and a listening connection, not initialized yet. */
export function spawnServer(options: SpawnOptions = {}): TestClient {
  const [command, ...args] = options.command ?? [process.execPath, SERVER, '--stdio'];
  const ms = options.timeoutMs ?? TIMEOUT_MS;
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // A server that is gone must fail the test through its assertions, not through an EPIPE event.
  child.stdin!.on('error', () => undefined);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const client: TestClient = {
    connection,
    process: child,
    settings: {},
    request<R>(method: string, params?: unknown): Promise<R> {
      return withTimeout(connection.sendRequest(method, params) as Promise<R>, `the answer to ${method}`, ms);
    },
    nextDiagnostics(uri, accept = () => true) {
      let waiter!: (typeof waiters)[number];
      const published = new Promise<PublishDiagnosticsParams>((resolve) => {
        waiter = { uri, accept, resolve };
        waiters.push(waiter);
      });
      // A wait that timed out no longer takes the diagnostics a later wait is after.
      const forget = () => {
        const i = waiters.indexOf(waiter);
        if (i >= 0) waiters.splice(i, 1);
      };
      return withTimeout(published, `textDocument/publishDiagnostics for ${uri}`, ms, forget);
    },
    async stop() {
      // Orderly LSP shutdown, then wait for the process to exit before dropping the streams, so no
      // write is left pending on a destroyed pipe.
      const grace = Math.min(ms, 5000);
      let answered = false;
      try {
        await withTimeout(connection.sendRequest('shutdown'), 'the answer to shutdown', grace);
        answered = true;
        await connection.sendNotification('exit');
      } catch {
        // already gone (or not answering: killed below)
      }
      await exitOf(child, answered ? grace : 0);
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
export function applyTextEdits(
  text: string,
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[],
): string {
  const lines = text.split('\n');
  const offsetOf = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetOf(e.range.start)) + e.newText + out.slice(offsetOf(e.range.end));
  return out;
}
