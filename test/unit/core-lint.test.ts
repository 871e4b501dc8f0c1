/**
 * The core is a library (architecture point 1): no `vscode`, no LSP connection package, no Node module or
 * global, no host code. eslint.config.mjs says so for server/src/service; `npm run lint` checks the tree.
 * These tests prove that the rules fire, on small files that exist only in memory.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** `rule: message` of each problem ESLint reports for `code` saved at `file` (relative to the repository). */
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.map((m) => `${m.line} ${m.ruleId}: ${m.message}`);
}

const CORE_FILE = 'server/src/service/rules/example.ts';

test('a core file that imports a Node built-in fails the lint, with and without node:', async () => {
  const found = await problems(
    CORE_FILE,
    [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { readFile } from 'fs/promises';",
      'export const x = [readFileSync, join, readFile];',
      '',
    ].join('\n'),
  );
  assert.equal(found.length, 3, found.join('\n'));
  assert.match(found[0], /^1 no-restricted-imports: 'node:fs' import is restricted .*no Node built-ins/);
  assert.match(found[1], /^2 no-restricted-imports: 'path' import is restricted .*no Node built-ins/);
  assert.match(found[2], /^3 no-restricted-imports: 'fs\/promises' import is restricted .*no Node built-ins/);
});

test('a core file that imports the editor, the LSP connection or host code fails the lint', async () => {
  const found = await problems(
    CORE_FILE,
    [
      "import * as vscode from 'vscode';",
      "import { createConnection } from 'vscode-languageserver/node';",
      "import { TextDocuments } from 'vscode-languageserver';",
      "import { readServiceFolder } from '../../host/fs-host';",
      "import { run } from '../../cli/main';",
      "import { startServer } from '../../node/main';",
      "import { start } from '../../../../client/src/node/main';",
      'export const x = [vscode, createConnection, TextDocuments, readServiceFolder, run, startServer, start];',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    found.map((f) => f.split(':')[0]),
    [1, 2, 3, 4, 5, 6, 7].map((line) => `${line} no-restricted-imports`),
    found.join('\n'),
  );
  assert.match(found[0], /The core does not know the editor/);
  assert.match(found[3], /The core imports no host/);
});

test('a core file that uses a Node global or a timer fails the lint', async () => {
  const found = await problems(
    CORE_FILE,
    [
      'export const env = process.env.HOME;',
      "export const bytes = Buffer.from('x');",
      "export const loader = typeof require === 'function';",
      'export const timer = setTimeout(() => undefined, 10);',
      "export const page = fetch('https://example.com');",
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    found.map((f) => f.split(':')[0]),
    [1, 2, 3, 4, 5].map((line) => `${line} no-restricted-globals`),
    found.join('\n'),
  );
  assert.match(found[0], /Unexpected use of 'process'\. Node only/);
  assert.match(found[3], /Unexpected use of 'setTimeout'\. The core is synchronous/);
});

test('what the core may import passes: LSP types, its own files, the bundled schema, its parsers', async () => {
  const found = await problems(
    CORE_FILE,
    [
      "import type { Diagnostic } from 'vscode-languageserver-types';",
      "import { TextDocument } from 'vscode-languageserver-textdocument';",
      "import { parseTree } from 'jsonc-parser';",
      "import { listText } from './util/list';",
      "import { asObject } from '../model/nodes';",
      "import schema from '../../../../schemas/ecs-task-definition.schema.json';",
      'export const x: Diagnostic[] = [];',
      'export const y = [TextDocument, parseTree, listText, asObject, schema];',
      "if (typeof console !== 'undefined') console.error('logged by the host');",
      '',
    ].join('\n'),
  );
  assert.deepEqual(found, []);
});

test('the same imports and globals are fine outside the core (hosts, CLI)', async () => {
  const code = "import { readFileSync } from 'node:fs';\nexport const text = readFileSync(process.argv[2], 'utf8');\n";
  assert.deepEqual(await problems('server/src/node/example.ts', code), []);
  assert.deepEqual(await problems('server/src/cli/example.ts', code), []);
});
