/** Which files the CLI reads: explicit files always; in directories, files that may hold task definitions. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATE = /\.(json|jsonc|ya?ml|tpl|tftpl|j2|jinja2?|template|tf)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.terraform', 'cdk.out']);

export interface FileTarget {
  /** The path as the user gave it (or joined under a directory they gave). */
  path: string;
  /** Given explicitly: always reported, even when it is not a task definition. */
  explicit: boolean;
}

export interface Expansion {
  targets: FileTarget[];
  errors: string[];
}

export function expandPaths(paths: string[]): Expansion {
  const targets: FileTarget[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      errors.push(`${p}: ${describeFsError(err)}`);
      continue;
    }
    if (st.isDirectory()) walk(p, targets, errors);
    else targets.push({ path: p, explicit: true });
  }
  return { targets, errors };
}

function walk(dir: string, targets: FileTarget[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    errors.push(`${dir}: ${describeFsError(err)}`);
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, targets, errors);
    } else if (e.isFile() && CANDIDATE.test(e.name)) {
      targets.push({ path: full, explicit: false });
    }
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
