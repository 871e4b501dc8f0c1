/**
 * The files next to a service definition or AppSpec, for the CLI: the shared reader (host/related-files.ts)
 * over Node's file system, once per folder; the CLI names them by path.
 */
import { basename, dirname, join, resolve } from 'node:path';
import { type RelatedFile, mightBeServiceFile } from '../service';
import { readFolderFiles } from '../host/related-files';
import { nodeFileHost } from '../node/fs-host';

export type FolderCache = Map<string, RelatedFile[]>;

/** The other files of `path`'s folder when `text` may be a service file; undefined otherwise. */
export function relatedFiles(path: string, text: string, cache: FolderCache): RelatedFile[] | undefined {
  if (!mightBeServiceFile(text)) return undefined;
  const dir = resolve(dirname(path));
  let files = cache.get(dir);
  if (!files) cache.set(dir, (files = readFolderFiles(dir, nodeFileHost, (name) => ({ uri: join(dir, name), path: join(dir, name) }))));
  const self = basename(path);
  return files.filter((f) => basename(f.uri) !== self);
}
