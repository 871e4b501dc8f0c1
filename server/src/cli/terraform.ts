/**
 * Terraform in the CLI: the container-definition files that `.tf` files load with `file()` or
 * `templatefile()` (literal paths) are linted with the loading resource's network mode, launch type
 * and OS, and are linted even when they are not among the paths given.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ReferencedTaskContext, analyzeDocument, mayLoadContainerFiles, referencedTaskContext, terraformReferences } from '../service';
import type { FileTarget } from './files';
import { isTerraformUri } from '../host/terraform-links';

/** .tf files larger than this are not read for references (the main loop skips them with a message too). */
const MAX_TF_SIZE = 4 * 1024 * 1024;

/** Context per absolute path of a referenced file; referenced files missing from `targets` are appended to it. */
export function terraformContexts(targets: FileTarget[], cwd = process.cwd()): Map<string, ReferencedTaskContext> {
  const contexts = new Map<string, ReferencedTaskContext>();
  const known = new Set(targets.map((t) => resolve(cwd, t.path)));
  for (const t of [...targets]) {
    if (!isTerraformUri(t.path)) continue;
    const path = resolve(cwd, t.path);
    let text: string;
    try {
      const st = statSync(path);
      if (!st.isFile() || st.size > MAX_TF_SIZE) continue; // the main loop reports what it cannot check
      text = readFileSync(path, 'utf8');
    } catch {
      continue; // the main loop reports unreadable files
    }
    // Only a .tf that calls file()/templatefile() loads anything: others are not parsed twice.
    if (!mayLoadContainerFiles(text)) continue;
    let refs;
    try {
      refs = terraformReferences(analyzeDocument(text, { uri: path }));
    } catch {
      continue; // the main loop reports this file's failure
    }
    for (const ref of refs) {
      const target = resolve(dirname(path), ref.path);
      if (contexts.has(target)) continue; // the first resource that loads a file wins
      contexts.set(target, referencedTaskContext(ref, pathToFileURL(path).href));
      if (!known.has(target) && existsSync(target)) {
        known.add(target);
        targets.push({ path: target, explicit: false });
      }
    }
  }
  return contexts;
}
