// The page side of scripts/e2e/worker-test.mjs, bundled for the browser: an LSP client over
// vscode-jsonrpc's browser message reader/writer to the language server running in a web worker
// (dist/browser/server.js), exposed to the test as `window.lsp`.
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';

const errors = [];
const notifications = [];
const worker = new Worker('/dist/browser/server.js');
worker.addEventListener('error', (e) => errors.push(`worker error: ${e.message}`));
const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
connection.onRequest('workspace/configuration', (p) => p.items.map(() => window.lspSettings ?? {}));
connection.onRequest('client/registerCapability', () => null);
connection.onRequest('workspace/diagnostic/refresh', () => null);
connection.onNotification((method, params) => notifications.push({ method, params }));
connection.onError(([e]) => errors.push(`connection error: ${e?.message ?? e}`));
connection.listen();

window.lsp = {
  errors,
  notifications,
  request: (method, params) => connection.sendRequest(method, params),
  notify: (method, params) => connection.sendNotification(method, params),
  /** Waits for a notification matching `method` (and `accept`), seen before or after the call. */
  waitFor(method, accept = () => true, timeoutMs = 20000) {
    const t0 = Date.now();
    return new Promise((resolve, reject) => {
      const poll = () => {
        const hit = notifications.find((n) => n.method === method && accept(n.params));
        if (hit) resolve(hit.params);
        else if (Date.now() - t0 > timeoutMs) reject(new Error(`no ${method} within ${timeoutMs} ms`));
        else setTimeout(poll, 20);
      };
      poll();
    });
  },
  terminate: () => worker.terminate(),
};
document.title = 'ready';
