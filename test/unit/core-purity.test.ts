/** The core is a library: no `vscode`, no LSP connection package, no `node:*` (architecture point 1). */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const core = join(root, 'server', 'src', 'service');
const FORBIDDEN = /(?:from\s+|require\()\s*['"](vscode|vscode-languageserver(?:\/[^'"]*)?|vscode-languageclient(?:\/[^'"]*)?|node:[^'"]+|fs|path|os|child_process)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

test('server/src/service imports no vscode, LSP connection or Node built-in module', () => {
  const offenders = files(core).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(FORBIDDEN)].map((m) => `${relative(root, f)}: ${m[1]}`));
  assert.deepEqual(offenders, []);
});
