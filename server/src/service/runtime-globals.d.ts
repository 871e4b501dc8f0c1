/**
 * The globals the core may use beyond ES2022: those every host has (Node, browsers, web workers).
 * Only server/src/service/tsconfig.json reads this file; the root tsconfig has Node's own declarations.
 */
interface Console {
  error(...data: unknown[]): void;
}
declare const console: Console;

interface URL {
  readonly href: string;
}
declare const URL: {
  prototype: URL;
  new (url: string, base?: string | URL): URL;
};

interface ErrorConstructor {
  /** V8 (Node, Chromium); elsewhere a plain property nothing reads. */
  stackTraceLimit: number;
}
