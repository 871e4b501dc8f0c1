/**
 * The files next to a service definition or AppSpec, read for the core to find the task definition
 * it runs (the core never reads files). Read once per folder; large and binary files are skipped.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { type RelatedFile, mightBeServiceFile } from '../service';
import { readSmallTextFile } from '../node/fs-host';

const CANDIDATE = /\.(json|jsonc|ya?ml)$/i;
const MAX_FILES = 200;

export type FolderCache = Map<string, RelatedFile[]>;

/** The other files of `path`'s folder when `text` may be a service file; undefined otherwise. */
export function relatedFiles(path: string, text: string, cache: FolderCache): RelatedFile[] | undefined {
  if (!mightBeServiceFile(text)) return undefined;
  const dir = resolve(dirname(path));
  let files = cache.get(dir);
  if (!files) cache.set(dir, (files = readFolder(dir)));
  const self = basename(path);
  return files.filter((f) => basename(f.uri) !== self);
}

function readFolder(dir: string): RelatedFile[] {
  const out: RelatedFile[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => CANDIDATE.test(n)).sort().slice(0, MAX_FILES);
  } catch {
    return out;
  }
  for (const name of names) {
    const full = join(dir, name);
    const text = readSmallTextFile(full);
    if (text !== undefined && !text.includes('\u0000')) out.push({ uri: full, text });
  }
  return out;
}
