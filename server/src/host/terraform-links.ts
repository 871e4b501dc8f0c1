/**
 * For the language server: the Terraform resource that loads a container-definitions file with
 * `file()`/`templatefile()`. Looks at the .tf files in the file's folder and up to two folders above
 * (open editors first, else the disk); the first resource whose literal path resolves to the file wins.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { URI } from 'vscode-uri';
import { type ReferencedTaskContext, analyzeDocument, referencedTaskContext, terraformReferences } from '../service';

const LEVELS = 3;

export function isTerraformUri(uri: string): boolean {
  return /\.tf$/i.test(uri.replace(/[?#].*$/, ''));
}

export function findTerraformContext(uri: string, openText: (uri: string) => string | undefined): ReferencedTaskContext | undefined {
  if (!uri.startsWith('file:') || isTerraformUri(uri)) return undefined;
  const file = URI.parse(uri).fsPath;
  const name = basename(file);
  let dir = dirname(file);
  for (let level = 0; level < LEVELS; level++) {
    let entries: string[];
    try {
      entries = readdirSync(dir).filter((n) => /\.tf$/i.test(n)).sort();
    } catch {
      return undefined;
    }
    for (const entry of entries) {
      const tfPath = join(dir, entry);
      const tfUri = URI.file(tfPath).toString();
      let text = openText(tfUri);
      if (text === undefined) {
        try {
          text = readFileSync(tfPath, 'utf8');
        } catch {
          continue;
        }
      }
      if (!text.includes(name) || !text.includes('aws_ecs_task_definition')) continue;
      const doc = analyzeDocument(text, { uri: tfUri });
      const ref = terraformReferences(doc).find((r) => resolve(dir, r.path) === file);
      if (ref) return referencedTaskContext(ref, tfUri);
    }
    if (dirname(dir) === dir) break;
    dir = dirname(dir);
  }
  return undefined;
}
