/**
 * For the language server: the Terraform resource that loads a container-definitions file with
 * `file()`/`templatefile()`. Looks at the .tf files in the file's folder and up to two folders above
 * (open editors first, else the host's file reader); the first resource whose literal path resolves to
 * the file wins. No Node built-ins: the host passes its (cached) file reader.
 */
import { URI, Utils } from 'vscode-uri';
import {
  type ReferencedTaskContext,
  analyzeDocument,
  formatOfName,
  mayLoadContainerFiles,
  referencedTaskContext,
  terraformReferences,
} from '../service';
import type { FileHost } from './related-files';

const LEVELS = 3;
const MAX_TF_FILES = 50;

/** A Terraform file by its name, as the format table says (`main.tf`; not `main.tf.tpl`). */
export function isTerraformUri(uri: string): boolean {
  return formatOfName(uri).format === 'terraform';
}

export function findTerraformContext(
  uri: string,
  host: FileHost | undefined,
  openText: (uri: string) => string | undefined,
): ReferencedTaskContext | undefined {
  if (!host || !uri.startsWith('file:') || isTerraformUri(uri)) return undefined;
  let file: URI;
  try {
    file = URI.parse(uri);
  } catch {
    return undefined;
  }
  const self = file.toString();
  const name = Utils.basename(file);
  let dir = Utils.dirname(file);
  for (let level = 0; level < LEVELS; level++) {
    const entries = host.listFiles(dir.fsPath).filter(isTerraformUri).sort().slice(0, MAX_TF_FILES);
    for (const entry of entries) {
      const tf = Utils.joinPath(dir, entry);
      const tfUri = tf.toString();
      const text = openText(tfUri) ?? host.readFile(tf.fsPath);
      if (text === undefined || !text.includes(name) || !mayLoadContainerFiles(text)) continue;
      const doc = analyzeDocument(text, { uri: tfUri });
      const ref = terraformReferences(doc).find((r) => Utils.joinPath(dir, r.path).toString() === self);
      if (ref) return referencedTaskContext(ref, tfUri);
    }
    const up = Utils.dirname(dir);
    if (up.path === dir.path) break;
    dir = up;
  }
  return undefined;
}
