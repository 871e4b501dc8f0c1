/**
 * Reads one file for the CLI safely: regular files only (a FIFO or device would block), at most
 * MAX_FILE_BYTES (the language server's limit), as bytes so --fix can write back exactly what it read.
 */
import { type Stats, closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { describeFsError } from './files';

/** Same limit as the language server: larger files are skipped, not analysed. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export type ReadResult =
  | { ok: true; bytes: Buffer; stat: Stats | undefined }
  /** skipped: too large or not a regular file (a note when found by a search); otherwise unreadable. */
  | { ok: false; reason: string; skipped?: true };

export function readTarget(path: string): ReadResult {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  if (!st.isFile()) return { ok: false, reason: `${kindOf(st)}; skipped`, skipped: true };
  if (st.size > MAX_FILE_BYTES) return { ok: false, reason: tooLarge(st.size), skipped: true };
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the stat, open must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return { ok: false, reason: `${kindOf(fst)}; skipped`, skipped: true };
    const bytes = readCapped(fd);
    if (bytes === undefined) return { ok: false, reason: tooLarge(fst.size), skipped: true };
    return { ok: true, bytes, stat: fst };
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  } finally {
    closeSync(fd);
  }
}

/** Standard input, up to the same limit. */
export function readStdin(fd = 0): ReadResult {
  try {
    const bytes = readCapped(fd);
    return bytes === undefined ? { ok: false, reason: tooLarge(MAX_FILE_BYTES + 1), skipped: true } : { ok: true, bytes, stat: undefined };
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
}

/** Reads to the end, or returns undefined as soon as more than MAX_FILE_BYTES arrive. */
function readCapped(fd: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(64 * 1024);
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_FILE_BYTES) return undefined;
    chunks.push(buf.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(size: number): string {
  return `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB (${(size / 1024 / 1024).toFixed(1)} MiB); skipped`;
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'is a directory';
  if (st.isFIFO()) return 'not a regular file (a named pipe)';
  if (st.isSocket()) return 'not a regular file (a socket)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'not a regular file (a device)';
  return 'not a regular file';
}
