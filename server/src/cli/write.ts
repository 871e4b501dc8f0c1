/**
 * Writes --fix results without losing data: a temp file in the same folder (same mode, same owner when we
 * run as root) renamed over the original, and only when the file on disk is still what we read.
 */
import {
  type Stats,
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from './files';

export const CHANGED_MESSAGE = 'changed on disk while it was being checked; fixes not written (run again)';

/** Returns undefined when written, or why it was not. */
export function writeFixed(path: string, original: Buffer, read: Stats, bytes: Buffer): string | undefined {
  let real: string;
  try {
    real = realpathSync(path); // a symbolic link keeps pointing at the file we fix
  } catch (e) {
    return `fixes not written: ${describeFsError(e)}`;
  }
  try {
    accessSync(real, constants.W_OK); // a read-only file stays unchanged, even though the rename could replace it
  } catch (e) {
    return `fixes not written: ${describeFsError(e)}`;
  }
  const uid = process.getuid?.();
  // Renaming a new file over the old one would give it our owner: when we cannot chown (not root) and
  // the file is someone else's, write it in place instead, which keeps its owner.
  if (uid !== undefined && uid !== 0 && read.uid !== uid) return writeInPlace(real, original, read, bytes);
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.ecs-taskdef.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', read.mode & 0o7777);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A folder we may not create files in (but the file itself is writable): in place is the only way.
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return writeInPlace(real, original, read, bytes);
    return `fixes not written: ${describeFsError(e)}`;
  }
  try {
    try {
      writeAll(fd, bytes);
      fchmodSync(fd, read.mode & 0o7777); // the umask may have narrowed the mode given to open
      if (uid === 0) fchownSync(fd, read.uid, read.gid);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!unchanged(real, original, read)) {
      unlinkSync(tmp);
      return CHANGED_MESSAGE;
    }
    renameSync(tmp, real);
    return undefined;
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    return `fixes not written: ${describeFsError(e)}`;
  }
}

function writeInPlace(real: string, original: Buffer, read: Stats, bytes: Buffer): string | undefined {
  try {
    if (!unchanged(real, original, read)) return CHANGED_MESSAGE;
    const fd = openSync(real, 'r+');
    try {
      writeAll(fd, bytes);
      if (bytes.length < original.length) ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return undefined;
  } catch (e) {
    return `fixes not written: ${describeFsError(e)}`;
  }
}

function unchanged(real: string, original: Buffer, read: Stats): boolean {
  const now = statSync(real);
  if (now.size !== read.size || now.mtimeMs !== read.mtimeMs || now.ino !== read.ino) return false;
  return readFileSync(real).equals(original);
}

function writeAll(fd: number, bytes: Buffer): void {
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off, off);
}
