/**
 * Whatever a user types or a file holds, the core answers without throwing: seeded random edits of
 * real-looking task definitions (JSON, CloudFormation YAML, describe output, templates) and hostile
 * shapes (deep nesting, huge keys and strings, template floods, BOM and CR variants) through every
 * feature. A rule that throws is caught by the engine and logged; this test fails on such a log too.
 * `npm run fuzz` runs the same driver for 100,000 inputs and reports slow calls as hangs.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { JSON_SEED, YAML_SEED, exercise, mutate, nextInput, rng } from './helpers/fuzz';

function withLoggedErrors(run: () => void): string[] {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    logged.push(args.map(String).join(' '));
  };
  try {
    run();
  } finally {
    console.error = original;
  }
  return logged;
}

test('random edits of JSON and YAML task definitions never make a feature throw', () => {
  const logged = withLoggedErrors(() => {
    const r = rng(20261125);
    for (let i = 0; i < 400; i++) {
      const yaml = i % 2 === 1;
      const text = mutate(yaml ? YAML_SEED : JSON_SEED, r);
      exercise({ text, uri: yaml ? 'file:///t.yaml' : 'file:///t.json' }, r, i % 10 === 0);
    }
  });
  assert.deepEqual(logged, [], 'a rule threw');
});

test('a short seeded fuzz run with hostile shapes (deep nesting, floods, huge keys, BOM/CR) never throws', () => {
  const logged = withLoggedErrors(() => {
    const r = rng(8);
    for (let i = 0; i < 300; i++) {
      const input = nextInput(r, 3000);
      try {
        exercise(input, r, i % 25 === 0);
      } catch (err) {
        assert.fail(`input ${i} (${input.uri}, ${input.text.length} chars) threw: ${err instanceof Error ? err.stack : String(err)}`);
      }
    }
  });
  assert.deepEqual(logged, [], 'a rule threw');
});
