/** Web-worker entry of the language server (vscode.dev, github.dev): the same server over postMessage. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { lifecycleOptions } from '../host/lifecycle';

/** The worker's global scope (the project compiles without the WebWorker library). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

// The lifecycle guard, as in the Node entry: requests before initialize, a second initialize, and
// requests cancelled while queued are answered before any handler runs.
const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self), lifecycleOptions());
startServer(connection);
