/**
 * The extension's desktop server: runs the web-worker bundle (dist/browser/server.js) in a Node
 * child process, giving it a worker-like `self` over the Node IPC channel the desktop client opens
 * (TransportKind.ipc). One server bundle serves vscode.dev and the desktop, which keeps the .vsix
 * small; `dist/server.js` stays the stdio server for other editors.
 */
import { join } from 'node:path';

type Listener = (event: { data: unknown }) => void;

if (!process.send) {
  process.stderr.write('ecs-taskdef: dist/server-ipc.js is started by the VS Code extension over Node IPC; other editors use ecs-taskdef-language-server --stdio.\n');
  process.exit(2);
}

const port = {
  onmessage: undefined as Listener | undefined,
  errorListeners: [] as Listener[],
  postMessage(message: unknown): void {
    process.send?.(message);
  },
  addEventListener(type: string, listener: Listener): void {
    if (type === 'error') port.errorListeners.push(listener);
  },
};

process.on('message', (message: { method?: string } | undefined) => {
  port.onmessage?.({ data: message });
  // The worker protocol leaves exiting to the page; a process must end itself after `exit`.
  if (message?.method === 'exit') setImmediate(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
// Whatever a user types, the server stays up: log unexpected errors instead of dying.
process.on('uncaughtException', (err) => process.stderr.write(`[ecs-taskdef] unexpected error: ${err?.stack ?? String(err)}\n`));
process.on('unhandledRejection', (err) => process.stderr.write(`[ecs-taskdef] unhandled rejection: ${String(err)}\n`));

(globalThis as { self?: unknown }).self = port;
// A run-time path, not an import: the worker bundle is loaded as it ships, not bundled a second time.
const workerBundle = join(__dirname, 'browser', 'server.js');
require(workerBundle);
