/**
 * The `files` setting: glob patterns matched by minimatch, anchored at the workspace folder that
 * holds the document (`deploy/**\/*.json` means `<folder>/deploy/…`). minimatch 11 matches without
 * backtracking regular expressions, so a pattern typed into the settings cannot freeze the server.
 * No Node built-ins here: the client and a browser host use the same code.
 */
import { Minimatch } from 'minimatch';

// braceExpandMax: `{a,b}` sixteen times would otherwise expand to 65,536 patterns (seconds, hundreds of MB);
// past 100 alternatives the rest are ignored.
const OPTIONS = { dot: true, nocomment: true, nonegate: true, braceExpandMax: 100 } as const;
/** Compiled patterns, shared across documents; the settings hold a handful. */
const compiled = new Map<string, Minimatch | null>();
const MAX_CACHED = 256;

function matcher(glob: string): Minimatch | null {
  let m = compiled.get(glob);
  if (m === undefined) {
    try {
      m = new Minimatch(glob.replace(/\\/g, '/'), OPTIONS);
    } catch {
      m = null; // an invalid pattern (minimatch refuses over-long ones) matches nothing
    }
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(glob, m);
  }
  return m;
}

/**
 * Whether `path` (relative to the workspace folder, `/`-separated, no leading slash) matches one of
 * `globs`. A pattern starting with `/` is matched against `absolutePath` instead, when given.
 */
export function matchesAnyGlob(path: string, globs: readonly string[], absolutePath?: string): boolean {
  return globs.some((g) => {
    const m = matcher(g);
    if (!m) return false;
    if (g.startsWith('/')) return absolutePath !== undefined && m.match(absolutePath);
    return m.match(path);
  });
}

/**
 * The path a `files` pattern is matched against: the document's path relative to the innermost
 * workspace folder that contains it. Without such a folder (a loose file, an untitled document)
 * a relative pattern cannot be anchored, so the file's path is matched as if the pattern started
 * with `**\/`.
 */
export function relativePath(documentPath: string, folderPaths: readonly string[]): { path: string; anchored: boolean } {
  let best: string | undefined;
  for (const folder of folderPaths) {
    const f = folder.endsWith('/') ? folder : `${folder}/`;
    if (sameStart(documentPath, f) && (!best || f.length > best.length)) best = f;
  }
  if (best !== undefined) return { path: documentPath.slice(best.length), anchored: true };
  return { path: documentPath.replace(/^\/+/, ''), anchored: false };
}

/** Windows drive letters differ in case between clients (`/C:/` and `/c:/`). */
function sameStart(path: string, prefix: string): boolean {
  if (path.startsWith(prefix)) return true;
  return (
    /^\/[a-zA-Z]:\//.test(prefix) && path.length >= prefix.length && path.slice(0, prefix.length).toLowerCase() === prefix.toLowerCase()
  );
}

/** The `files` check for a document: anchored at its workspace folder when it has one. */
export function matchesFilesSetting(documentPath: string, folderPaths: readonly string[], globs: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const { path, anchored } = relativePath(documentPath, folderPaths);
  const patterns = anchored ? globs : globs.map((g) => (g.startsWith('/') || g.startsWith('**/') ? g : `**/${g}`));
  return matchesAnyGlob(path, patterns, documentPath);
}
