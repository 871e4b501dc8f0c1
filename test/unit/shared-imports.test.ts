/**
 * The client reaches into server/ only through server/src/shared, and shared stays pure (no vscode, no LSP
 * connection, no Node built-ins): both bundle for the browser and the desktop alike.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const IMPORT = /(?:from\s+|require\(|import\()\s*['"]([^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : name.endsWith('.ts') ? [full] : [];
  });
}

const importsOf = (dir: string) =>
  files(dir).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => ({ file: relative(root, f), spec: m[1] })));

test('the client imports from server/ only server/src/shared', () => {
  const offenders = importsOf(join(root, 'client', 'src')).filter(
    (i) => i.spec.includes('server/src/') && !/server\/src\/shared(\/|$)/.test(i.spec),
  );
  assert.deepEqual(offenders, []);
  assert.ok(
    importsOf(join(root, 'client', 'src')).some((i) => /server\/src\/shared$/.test(i.spec)),
    'the client imports shared',
  );
});

test('server/src/shared imports no vscode, LSP connection or Node built-in, and nothing of the hosts', () => {
  const offenders = importsOf(join(root, 'server', 'src', 'shared')).filter(
    (i) =>
      /^(vscode|vscode-languageserver|vscode-languageclient|node:|fs$|path$|os$)/.test(i.spec) ||
      /\.\.\/(host|cli|node|browser)\//.test(i.spec),
  );
  assert.deepEqual(offenders, []);
});
