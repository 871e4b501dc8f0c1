/**
 * The extension's output channel as given to vscode-languageclient. The library logs every end of the
 * server process as an error, also the normal exit (code 0) after a stop or Restart Server: that line
 * is written as the information it is. Everything else passes through unchanged.
 */
import type * as vscode from 'vscode';

const CLEAN_EXIT = /^\[Error\s*- ([^\]]+)\] Server process exited with code 0\.$/;

/** The line as the user should read it: a clean exit is information, not an error. */
export function clientLogLine(line: string): string {
  return line.replace(CLEAN_EXIT, '[Info  - $1] Server process stopped.');
}

export function clientOutputChannel(channel: vscode.OutputChannel): vscode.OutputChannel {
  return new Proxy(channel, {
    get(target, prop) {
      if (prop === 'appendLine') return (line: string) => target.appendLine(clientLogLine(line));
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}
