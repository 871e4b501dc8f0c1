#!/usr/bin/env node
// Seeded fuzzing of the core: every feature on mutated task definitions and hostile shapes
// (test/unit/helpers/fuzz.ts). Reports crashes (a throw, or a rule failure the engine logged) and
// hangs (any single call slower than --hang-ms plus 1 ms per KB of input; ten times that for fix all,
// which re-analyses up to 100 times), and saves each such input to a temp folder.
// Run: npm run fuzz -- --iterations 100000 [--seed 1] [--scale 20000] [--hang-ms 2000]
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { exercise, nextInput, rng } = require(join(root, 'out', 'test', 'unit', 'helpers', 'fuzz.js'));

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const iterations = option('iterations', 10_000);
const seed = option('seed', 1);
const scale = option('scale', 20_000);
const hangMs = option('hang-ms', 2000);

const r = rng(seed);
let crashes = 0;
let hangs = 0;
let slowest = { ms: 0, what: '', size: 0 };
let saved;
const save = (kind, i, input, detail) => {
  saved ??= mkdtempSync(join(tmpdir(), 'ecs-taskdef-fuzz-'));
  const file = join(saved, `${kind}-${i}${input.uri.replace(/^.*\//, '-')}`);
  writeFileSync(file, input.text);
  console.log(`${kind} at input ${i} (${input.uri}, ${input.text.length} chars): ${detail}\n  saved to ${file}`);
};

const logged = [];
console.error = (...a) => {
  logged.push(a.map(String).join(' '));
};
const started = Date.now();
for (let i = 0; i < iterations; i++) {
  const input = nextInput(r, scale);
  const slow = [];
  try {
    exercise(input, r, i % 20 === 0, (t) => {
      if (t.ms > slowest.ms) slowest = { ms: t.ms, what: t.what, size: input.text.length };
      // One linear pass may take 1 ms per KB on top of the bound; fix all re-analyses up to 100 times.
      // Code actions still build the light bulb's fix-all entry eagerly (features/code-actions.ts).
      const bound = (hangMs + input.text.length / 1000) * (t.what === 'fix all' || t.what === 'code actions' ? 10 : 1);
      if (t.ms > bound) slow.push(`${t.what} ${t.ms} ms`);
    });
  } catch (err) {
    crashes++;
    save('crash', i, input, err instanceof Error ? err.stack.split('\n').slice(0, 4).join(' | ') : String(err));
  }
  if (logged.length) {
    crashes++;
    save('crash', i, input, logged.splice(0).join(' | '));
  }
  if (slow.length) {
    hangs++;
    save('hang', i, input, slow.join(', '));
  }
  if ((i + 1) % 10_000 === 0)
    process.stdout.write(`${i + 1} inputs, ${crashes} crashes, ${hangs} hangs, ${Math.round((Date.now() - started) / 1000)} s\n`);
}
console.log(
  `fuzz: ${iterations} inputs (seed ${seed}, scale ${scale}), ${crashes} crashes, ${hangs} hangs (a call over ${hangMs} ms + 1 ms/KB); slowest call ${slowest.ms} ms (${slowest.what}, ${slowest.size} chars); ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(crashes || hangs ? 1 : 0);
