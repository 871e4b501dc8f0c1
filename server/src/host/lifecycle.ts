/**
 * The LSP lifecycle rules the connection library leaves to the server, enforced on the messages
 * before any handler sees them (so a refused message changes no state, not even the library's):
 * - a request before `initialize` gets ServerNotInitialized (-32002); notifications are dropped
 *   (except `exit`);
 * - a second `initialize` gets InvalidRequest: the first client's capabilities stay in force;
 * - a request cancelled while still queued is answered RequestCancelled (-32800) without running.
 * Pass `lifecycleOptions()` to `createConnection` (any transport) and call `startServer` with it.
 * No Node built-ins here.
 */
import {
  type ConnectionOptions,
  ErrorCodes,
  LSPErrorCodes,
  type Message,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver';

/** The method a refused request is rerouted to; its handler (registered by startServer) answers the error. */
export const REFUSED_METHOD = '$/ecs-taskdef/refused';

export interface RefusedParams {
  method: string;
  code: number;
  message: string;
}

/** Counts the messages the connection has dispatched; the server waits for it to settle before reporting. */
let dispatched = 0;
export function dispatchedMessages(): number {
  return dispatched;
}

export function lifecycleOptions(): ConnectionOptions {
  let initializeSeen = false;
  return {
    messageStrategy: {
      handleMessage(message: Message, next: (message: Message) => void): void {
        dispatched++;
        const m = message as Partial<RequestMessage>;
        if (typeof m.method !== 'string') return next(message); // responses and invalid messages
        const isRequest = m.id !== undefined && m.id !== null;
        if (m.method === 'initialize' && isRequest) {
          if (!initializeSeen) {
            initializeSeen = true;
            return next(message);
          }
          return next(
            refuse(m as RequestMessage, ErrorCodes.InvalidRequest, 'The server is already initialized: initialize may be sent only once.'),
          );
        }
        if (initializeSeen || m.method === 'exit') return next(message);
        if (isRequest)
          return next(
            refuse(
              m as RequestMessage,
              ErrorCodes.ServerNotInitialized,
              `The server is not initialized yet: send initialize before ${m.method}.`,
            ),
          );
        // A notification before initialize is dropped, as the protocol says.
      },
    },
    connectionStrategy: {
      cancelUndispatched(message: Message): ResponseMessage | undefined {
        const m = message as RequestMessage;
        return { jsonrpc: '2.0', id: m.id, error: { code: LSPErrorCodes.RequestCancelled, message: `${m.method} was cancelled.` } };
      },
    },
  };
}

function refuse(m: RequestMessage, code: number, message: string): RequestMessage {
  const params: RefusedParams = { method: m.method, code, message };
  return { jsonrpc: m.jsonrpc ?? '2.0', id: m.id, method: REFUSED_METHOD, params };
}
