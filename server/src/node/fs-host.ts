/** The Node file reads the language server and the CLI share (config files, files next to a service or task). */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import type { FileHost } from '../host/related-files';

/** Files read next to the document are small; larger ones are skipped. */
export const MAX_NEIGHBOUR_FILE = 1024 * 1024;

/**
 * A regular file's text, or undefined when it is missing, not a regular file (a folder, a FIFO that
 * would block, a device), unreadable or larger than MAX_NEIGHBOUR_FILE.
 */
export function readSmallTextFile(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > MAX_NEIGHBOUR_FILE) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A folder's entry names; [] when it cannot be read. */
export function listFolder(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** The file host over Node's file system (the server's folder reads and the CLI's). */
export const nodeFileHost: FileHost = { listFiles: listFolder, readFile: readSmallTextFile };
