#!/usr/bin/env node
// Corpus check: lints every file of the given corpus directories with the built CLI and compares the
// errors and warnings with test/corpus/expected.json (the reviewed list of real mistakes per file,
// taken from MANIFEST.tsv notes). Fails on any unexpected error/warning and on any expected finding
// that is no longer found. Usage: npm run test:corpus -- [--update] DIR...
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const expectedPath = join(root, 'test', 'corpus', 'expected.json');
const args = process.argv.slice(2);
const update = args.includes('--update');
const dirs = args.filter((a) => !a.startsWith('--'));
const corpus = join(root, '..', 'shared', 'corpus');
if (dirs.length === 0) dirs.push(...['A-taskdef', 'B-cloudformation', 'C-terraform', 'D-service'].map((d) => join(corpus, d)));
if (args.includes('--if-present') && !dirs.every((d) => existsSync(d))) {
  console.log(`corpus-check: ${dirs.find((d) => !existsSync(d))} not found; skipped (CI has it)`);
  process.exit(0);
}

const CHECKED = /\.(json|jsonc|ya?ml|tpl|tftpl|j2|tf)$/i;
const expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : {};
let passed = 0;
let failed = 0;
const found = {};

for (const dir of dirs) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`corpus-check: ${dir}: not a directory`);
    process.exit(2);
  }
  const files = readdirSync(dir)
    .filter((f) => CHECKED.test(f))
    .sort()
    .map((f) => join(dir, f));
  let out;
  try {
    out = execFileSync(process.execPath, [join(root, 'bin', 'ecs-taskdef.js'), 'lint', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
  } catch (e) {
    if (e.status !== 1) throw e;
    out = e.stdout;
  }
  for (const entry of JSON.parse(out)) {
    const key = `${basename(dir)}/${basename(entry.file)}`;
    const got = entry.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning');
    const gotIds = [...new Set(got.map((d) => d.code))].sort();
    found[key] = gotIds;
    const want = [...new Set(expected[key]?.findings ?? [])].sort();
    const unexpected = got.filter((d) => !want.includes(d.code));
    const missing = want.filter((id) => !gotIds.includes(id));
    if (unexpected.length === 0 && missing.length === 0) {
      passed++;
      continue;
    }
    failed++;
    console.log(`FAIL ${key}`);
    for (const d of unexpected)
      console.log(`  unexpected ${d.severity} [${d.code}] ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
    for (const id of missing) console.log(`  missing [${id}] (${expected[key]?.why ?? 'expected by test/corpus/expected.json'})`);
  }
}

if (update) {
  const merged = { ...expected };
  for (const [key, ids] of Object.entries(found)) {
    if (ids.length) merged[key] = { findings: ids, why: expected[key]?.why ?? 'REVIEW: describe the real mistake (MANIFEST.tsv)' };
    else delete merged[key];
  }
  writeFileSync(expectedPath, `${JSON.stringify(Object.fromEntries(Object.entries(merged).sort()), null, 2)}\n`);
  console.log(`corpus-check: wrote ${relative(root, expectedPath)}`);
}
console.log(`corpus: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
