/**
 * The files next to a service definition or AppSpec, for the core to find the task definition it
 * runs (the core never reads files). One reader for both hosts, through an injected file host: the
 * server (URIs; the text of a document open in the editor first, so unsaved edits count) and the CLI
 * (paths; cli/related.ts). Only JSON/YAML files, at most MAX_FILES by name; binary files are skipped.
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

/** Where a folder entry is: the `uri` the core reports it by, the `path` the host reads. */
export type LocateFile = (name: string) => { uri: string; path: string };

export interface ReadFolderOptions {
  /** The URI of the file itself, left out. */
  except?: string;
  /** The text of an open document, preferred over the file on disk. */
  openText?: (uri: string) => string | undefined;
}

/** The candidate files of the folder `dir` (as the host lists it), read as related files. */
export function readFolderFiles(dir: string, host: FileHost, locate: LocateFile, options: ReadFolderOptions = {}): RelatedFile[] {
  const out: RelatedFile[] = [];
  for (const name of host
    .listFiles(dir)
    .filter((n) => CANDIDATE.test(n))
    .sort()
    .slice(0, MAX_FILES)) {
    const { uri, path } = locate(name);
    if (uri === options.except) continue;
    const text = options.openText?.(uri) ?? host.readFile(path);
    if (text !== undefined && !text.includes('\u0000')) out.push({ uri, text });
  }
  return out;
}

/** For the server: the files next to the document `uri` (file URIs only), by URI. */
export function readRelatedFiles(uri: string, host: FileHost, openText: (uri: string) => string | undefined): RelatedFile[] {
  let self: URI;
  try {
    self = URI.parse(uri);
  } catch {
    return [];
  }
  if (self.scheme !== 'file') return [];
  const dir = Utils.dirname(self);
  const locate: LocateFile = (name) => {
    const file = Utils.joinPath(dir, name);
    return { uri: file.toString(), path: file.fsPath };
  };
  return readFolderFiles(dir.fsPath, host, locate, { except: self.toString(), openText });
}
