/**
 * Which files the CLI reads: explicit files always; in directories and globs, files that may hold task
 * definitions, minus what .gitignore files and --ignore-pattern exclude. Globs are expanded here (minimatch),
 * so quoting them works the same in every shell and on Windows.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { Minimatch } from 'minimatch';
import { CANDIDATE_FILE } from '../service/formats/names';

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.terraform', 'cdk.out']);

export interface FileTarget {
  /** The path as the user gave it (or joined under a directory or glob base they gave); '-' is standard input. */
  path: string;
  /** Given by name: always reported, even when it is not a task definition; a problem reading it is an error. */
  explicit: boolean;
}

export interface PathError {
  file: string;
  message: string;
}

export interface Expansion {
  targets: FileTarget[];
  /** Problems that make the run fail (exit 2): a missing path, a glob that matches nothing. */
  errors: PathError[];
  /** Directories and globs that were searched (for "no task definitions found in …"). */
  searched: string[];
}

export interface ExpandOptions {
  cwd: string;
  /** .gitignore-style patterns relative to cwd; they apply to every file, explicit ones too. */
  ignorePatterns: string[];
}

export function expandPaths(paths: string[], options: ExpandOptions): Expansion {
  const targets = new Map<string, FileTarget>();
  const errors: PathError[] = [];
  const searched: string[] = [];
  const userIgnore = ignore().add(options.ignorePatterns);
  const byPattern = (abs: string, isDir: boolean) =>
    options.ignorePatterns.length > 0 && testLayer({ base: options.cwd, ig: userIgnore }, abs, isDir) === true;
  const add = (t: FileTarget) => {
    const key = t.path === '-' ? '-' : resolve(options.cwd, t.path);
    const seen = targets.get(key);
    if (!seen || (t.explicit && !seen.explicit)) targets.set(key, t);
  };
  for (const p of paths) {
    if (p === '-') {
      add({ path: p, explicit: true });
      continue;
    }
    const scan = globBase(p);
    if (scan.isGlob && !existsSync(resolve(options.cwd, p))) {
      searched.push(p);
      const before = targets.size;
      expandGlob(p, scan.base, options, byPattern, add, errors);
      if (targets.size === before) errors.push({ file: p, message: 'no files match this pattern' });
      continue;
    }
    let st;
    try {
      st = statSync(resolve(options.cwd, p));
    } catch (err) {
      errors.push({ file: p, message: describeFsError(err) });
      continue;
    }
    if (st.isDirectory()) {
      searched.push(p);
      walk(
        p,
        options.cwd,
        gitignoreAbove(resolve(options.cwd, p)),
        byPattern,
        (file) => {
          if (CANDIDATE_FILE.test(file)) add({ path: file, explicit: false });
        },
        errors,
      );
    } else if (!byPattern(resolve(options.cwd, p), false)) {
      add({ path: p, explicit: true });
    }
  }
  return { targets: [...targets.values()], errors, searched };
}

/** minimatch 11 matches without backtracking regular expressions; brace expansion is capped as in the server. */
const GLOB_OPTIONS = { dot: false, nocomment: true, nonegate: true, braceExpandMax: 100 } as const;

function hasMagic(pattern: string): boolean {
  return new Minimatch(pattern, GLOB_OPTIONS).hasMagic();
}

/** Whether `p` is a glob, and the folder its first magic segment sits in ('' for the current folder). */
function globBase(p: string): { isGlob: boolean; base: string } {
  const pattern = sep === '\\' ? p.replace(/\\/g, '/') : p;
  if (!hasMagic(pattern)) return { isGlob: false, base: '' };
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (hasMagic(segment)) break;
    fixed.push(segment);
  }
  return { isGlob: true, base: fixed.join('/') };
}

function expandGlob(
  pattern: string,
  base: string,
  options: ExpandOptions,
  byPattern: (abs: string, isDir: boolean) => boolean,
  add: (t: FileTarget) => void,
  errors: PathError[],
): void {
  // On POSIX a backslash escapes a glob character; only Windows paths use it as a separator.
  const matcher = new Minimatch(sep === '\\' ? pattern.replace(/\\/g, '/') : pattern, GLOB_OPTIONS);
  const isMatch = (path: string) => matcher.match(path);
  const root = base === '' ? '.' : base;
  let st;
  try {
    st = statSync(resolve(options.cwd, root));
  } catch {
    return;
  }
  if (!st.isDirectory()) return;
  walk(
    root,
    options.cwd,
    gitignoreAbove(resolve(options.cwd, root)),
    byPattern,
    (file) => {
      const rel = relative(root, file).split(sep).join('/');
      const candidate = base === '' ? rel : `${(sep === '\\' ? base.replace(/\\/g, '/') : base).replace(/\/$/, '')}/${rel}`;
      if (isMatch(candidate)) add({ path: file, explicit: false });
    },
    errors,
  );
}

interface Layer {
  /** Absolute folder the patterns are relative to. */
  base: string;
  ig: Ignore;
}

/** Git semantics across nested .gitignore files: the deepest file that has a say decides. */
function testLayer(layer: Layer, abs: string, isDir: boolean): boolean | undefined {
  const rel = relative(layer.base, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  try {
    const r = layer.ig.test(rel.split(sep).join('/') + (isDir ? '/' : ''));
    return r.ignored ? true : r.unignored ? false : undefined;
  } catch {
    return undefined; // a name the ignore library cannot test: no pattern applies to it
  }
}

function isIgnored(layers: Layer[], abs: string, isDir: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    const r = testLayer(layer, abs, isDir);
    if (r !== undefined) ignored = r;
  }
  return ignored;
}

function readGitignore(dir: string): Layer | undefined {
  const file = join(dir, '.gitignore');
  try {
    const st = statSync(file);
    if (!st.isFile() || st.size > 1024 * 1024) return undefined;
    return { base: dir, ig: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return undefined;
  }
}

/** The .gitignore files between the repository root (the folder holding .git) and `dir` (exclusive). */
function gitignoreAbove(dir: string): Layer[] {
  const chain: string[] = [];
  let d = dir;
  for (;;) {
    const parent = dirname(d);
    if (existsSync(join(d, '.git'))) break;
    if (parent === d) return []; // not inside a repository: only the walk's own .gitignore files count
    chain.unshift(parent);
    d = parent;
  }
  return chain.map(readGitignore).filter((l): l is Layer => l !== undefined);
}

function walk(
  dir: string,
  cwd: string,
  layers: Layer[],
  byPattern: (abs: string, isDir: boolean) => boolean,
  onFile: (path: string) => void,
  errors: PathError[],
): void {
  const absDir = resolve(cwd, dir);
  const own = readGitignore(absDir);
  const here = own ? [...layers, own] : layers;
  let entries;
  try {
    entries = readdirSync(absDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    errors.push({ file: dir, message: describeFsError(err) });
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    const abs = join(absDir, e.name);
    // Symbolic links, FIFOs, sockets and devices are never followed or opened in a search.
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !isIgnored(here, abs, true) && !byPattern(abs, true)) walk(full, cwd, here, byPattern, onFile, errors);
    } else if (e.isFile() && !isIgnored(here, abs, false) && !byPattern(abs, false)) {
      onFile(full);
    }
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'a part of the path is not a directory';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENOSPC') return 'no space left on the device';
  return err instanceof Error ? err.message : String(err);
}
