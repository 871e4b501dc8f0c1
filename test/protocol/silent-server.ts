/**
 * A stand-in language server for the helpers' timeout tests (timeouts.test.ts): it answers no request
 * but `test/ping`, and on a `test/publish` notification publishes the diagnostics it was sent.
 */
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';

const connection = createMessageConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
connection.onRequest('test/ping', () => 'pong');
// Every other request is left unanswered (the library would otherwise answer MethodNotFound).
connection.onRequest(() => new Promise<never>(() => undefined));
connection.onNotification('test/publish', (params: unknown) => void connection.sendNotification('textDocument/publishDiagnostics', params));
// Gone with its client: a test run that dies leaves no process behind.
connection.onClose(() => process.exit(0));
connection.listen();
