/**
 * Terraform in the CLI: the container-definition files that `.tf` files load with `file()` or
 * `templatefile()` (literal paths) are linted with the loading resource's network mode, launch type
 * and OS, and are linted even when they are not among the paths given.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ReferencedTaskContext, analyzeDocument, referencedTaskContext, terraformReferences } from '../service';
import type { FileTarget } from './files';

/** Context per absolute path of a referenced file; referenced files missing from `targets` are appended to it. */
export function terraformContexts(targets: FileTarget[]): Map<string, ReferencedTaskContext> {
  const contexts = new Map<string, ReferencedTaskContext>();
  const known = new Set(targets.map((t) => resolve(t.path)));
  for (const t of [...targets]) {
    if (!/\.tf$/i.test(t.path)) continue;
    let text: string;
    try {
      text = readFileSync(t.path, 'utf8');
    } catch {
      continue; // the main loop reports unreadable files
    }
    const doc = analyzeDocument(text, { uri: t.path });
    for (const ref of terraformReferences(doc)) {
      const target = resolve(dirname(t.path), ref.path);
      if (contexts.has(target)) continue; // the first resource that loads a file wins
      contexts.set(target, referencedTaskContext(ref, pathToFileURL(resolve(t.path)).href));
      if (!known.has(target) && existsSync(target)) {
        known.add(target);
        targets.push({ path: target, explicit: false });
      }
    }
  }
  return contexts;
}
