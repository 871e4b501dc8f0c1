/**
 * The rule pages (docs/rules/<id>.md) for SARIF `help.markdown`. Run from the compiled sources this reads the
 * repository's docs folder; in the shipped bundle, esbuild replaces this module with the pages themselves
 * (scripts/esbuild-rule-docs.mjs), so the CLI needs no checkout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The page for `id`, or undefined when there is none. */
export function ruleDoc(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  for (const up of [
    ['..', '..', '..', '..'],
    ['..', '..', '..'],
  ]) {
    const page = join(__dirname, ...up, 'docs', 'rules', `${id}.md`);
    if (existsSync(page)) return readFileSync(page, 'utf8');
  }
  return undefined;
}
