/**
 * The files next to a service definition or AppSpec, for the core to find the task definition it
 * runs. The server reads them through an injected host (Node's fs in node/main.ts), preferring the
 * text of a document open in the editor, so unsaved edits count.
 */
import { URI, Utils } from 'vscode-uri';
import type { RelatedFile } from '../service';

export interface FileHost {
  /** File names (not paths) in a folder; [] when it cannot be read. */
  listFiles(dir: string): string[];
  /** A file's text, or undefined when it is missing, too large or unreadable. */
  readFile(path: string): string | undefined;
}

const CANDIDATE = /\.(json|jsonc|ya?ml)$/i;
const MAX_FILES = 200;

/** The folder of a document URI, as a key (file URIs only). */
export function folderOf(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? Utils.dirname(u).toString() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A host that reads each folder and file from disk once per `stamp` (the server bumps it when a
 * watched file or an open document changes), so typing in a service file does not re-read its folder.
 */
export function cachingHost(host: FileHost, stamp: () => number): FileHost {
  let at = -1;
  const dirs = new Map<string, string[]>();
  const texts = new Map<string, string | undefined>();
  const fresh = () => {
    if (at === stamp()) return;
    at = stamp();
    dirs.clear();
    texts.clear();
  };
  return {
    listFiles(dir) {
      fresh();
      if (!dirs.has(dir)) dirs.set(dir, host.listFiles(dir));
      return dirs.get(dir)!;
    },
    readFile(path) {
      fresh();
      if (!texts.has(path)) texts.set(path, host.readFile(path));
      return texts.get(path);
    },
  };
}

export function readRelatedFiles(uri: string, host: FileHost, openText: (uri: string) => string | undefined): RelatedFile[] {
  let self: URI;
  try {
    self = URI.parse(uri);
  } catch {
    return [];
  }
  if (self.scheme !== 'file') return [];
  const dir = Utils.dirname(self);
  const out: RelatedFile[] = [];
  for (const name of host.listFiles(dir.fsPath).filter((n) => CANDIDATE.test(n)).sort().slice(0, MAX_FILES)) {
    const file = Utils.joinPath(dir, name);
    const key = file.toString();
    if (key === self.toString()) continue;
    const text = openText(key) ?? host.readFile(file.fsPath);
    if (text !== undefined && !text.includes('\u0000')) out.push({ uri: key, text });
  }
  return out;
}
