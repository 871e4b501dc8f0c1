#!/usr/bin/env node
// Fix sweep over real files: every fix offered for every problem in the corpus must apply, leave text
// that parses at least as well as before, and remove a problem of its rule. Runs on the tsc output
// (npm run compile-tests). Usage: node scripts/fix-sweep.mjs [--if-present] [DIR...]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const svc = createRequire(import.meta.url)(join(root, 'out', 'server', 'src', 'service', 'index.js'));
// The HCL parser for .tf files, loaded as the hosts load it.
await createRequire(import.meta.url)(join(root, 'out', 'server', 'src', 'node', 'terraform-wasm.js')).initNodeTerraform();
const args = process.argv.slice(2);
const corpus = join(root, '..', 'shared', 'corpus');
const dirs = args.filter((a) => !a.startsWith('--'));
if (dirs.length === 0) dirs.push(...['A-taskdef', 'B-cloudformation', 'C-terraform'].map((d) => join(corpus, d)));
if (args.includes('--if-present') && !dirs.every((d) => existsSync(d))) {
  console.log('fix-sweep: corpus not found; skipped (CI has it)');
  process.exit(0);
}

let passed = 0;
let failed = 0;
for (const dir of dirs) {
  for (const name of readdirSync(dir).sort()) {
    if (!/\.(json|ya?ml|tpl|tftpl|j2|tf)$/i.test(name)) continue;
    const uri = join(dir, name);
    const text = readFileSync(uri, 'utf8');
    const doc = svc.analyzeDocument(text, { uri });
    const problems = svc.validate(doc);
    for (const p of problems) {
      for (const fix of p.fixes) {
        const after = svc.applyFix(text, doc.format, fix);
        let why;
        if (after === undefined) why = 'does not apply';
        else {
          const redo = svc.analyzeDocument(after, { uri });
          const left = svc.validate(redo).filter((q) => q.ruleId === p.ruleId).length;
          const before = problems.filter((q) => q.ruleId === p.ruleId).length;
          if (redo.syntaxErrors.length > doc.syntaxErrors.length) why = 'breaks the syntax';
          else if (left >= before) why = 'leaves the problem';
        }
        if (why) {
          failed++;
          console.log(`FAIL ${name}: [${p.ruleId}] "${fix.title}" ${why}`);
        } else passed++;
      }
    }
  }
}
console.log(`fix-sweep: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
