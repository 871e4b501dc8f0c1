/** test/terraform-corpus: each file produces exactly its expected rule ids, and every offered fix applies cleanly. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument, applyFix, validate } from '../../../server/src/service';
import { useTerraform } from '../helpers/terraform';

useTerraform();

const DIR = join(__dirname, '..', '..', '..', '..', 'test', 'terraform-corpus');
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, string[]>;

describe('Terraform pattern corpus', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.tf'))
    .sort();
  it('lists every file in expected.json', () => assert.deepEqual(files, Object.keys(expected).sort()));
  for (const name of files) {
    it(`${name}: the expected findings, no others; every fix applies and removes its problem`, () => {
      const uri = `file:///corpus/${name}`;
      const text = readFileSync(join(DIR, name), 'utf8');
      const doc = analyzeDocument(text, { uri });
      assert.ok(doc.tasks.length > 0, 'has task definitions');
      assert.deepEqual(doc.syntaxErrors, []);
      const problems = validate(doc);
      assert.deepEqual([...new Set(problems.map((p) => p.ruleId))].sort(), [...expected[name]].sort());
      for (const p of problems) {
        for (const fix of p.fixes) {
          const after = applyFix(text, 'terraform', fix);
          assert.ok(after !== undefined, `${p.ruleId}: "${fix.title}" applies`);
          const redo = analyzeDocument(after, { uri });
          assert.deepEqual(redo.syntaxErrors, [], `${p.ruleId}: "${fix.title}" keeps the file parseable`);
          const left = validate(redo).filter((q) => q.ruleId === p.ruleId).length;
          assert.ok(left < problems.filter((q) => q.ruleId === p.ruleId).length, `${p.ruleId}: "${fix.title}" removes a problem`);
        }
      }
    });
  }
});
