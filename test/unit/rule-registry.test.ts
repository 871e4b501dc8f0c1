/**
 * The rule registry (server/src/service/rules/index.ts) is one explicit list. A rule file that is not in it
 * would never run, so every module in rules/ that exports a Rule must be listed there, once, under its file name.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, getRule } from '../../server/src/service/rules';
import type { Rule } from '../../server/src/service/rules/types';

const root = join(__dirname, '..', '..', '..');
const sourceDir = join(root, 'server', 'src', 'service', 'rules');
const compiledDir = join(__dirname, '..', '..', 'server', 'src', 'service', 'rules');

function isRule(value: unknown): value is Rule {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<Rule>;
  return typeof r.id === 'string' && (typeof r.check === 'function' || typeof r.checkService === 'function');
}

/** Every Rule exported by a source file directly in rules/ (index.ts, the registry itself, excluded). */
function exportedRules(): { file: string; name: string; rule: Rule }[] {
  const found: { file: string; name: string; rule: Rule }[] = [];
  for (const file of readdirSync(sourceDir).sort()) {
    if (!file.endsWith('.ts') || file === 'index.ts') continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(compiledDir, file.replace(/\.ts$/, '.js'))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (isRule(value)) found.push({ file, name, rule: value });
  }
  return found;
}

test('every rule file in rules/ is in the registry list, under its own id', () => {
  const exported = exportedRules();
  assert.ok(exported.length >= 50, `expected the rule files, found ${exported.length} exported rules`);
  const listed = new Set(allRules);
  for (const { file, name, rule } of exported) {
    assert.ok(listed.has(rule), `${file} exports rule ${name} (${rule.id}) but rules/index.ts does not list it`);
    assert.equal(`${rule.id}.ts`, file, `rule ${name} has id ${rule.id} but lives in ${file}`);
  }
  assert.equal(exported.length, allRules.length, 'the registry lists a rule that no file in rules/ exports');
});

test('the registry lists each rule once and getRule finds each by id', () => {
  const ids = allRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.filter((id, i) => ids.indexOf(id) !== i).join(', ')}`);
  for (const rule of allRules) assert.equal(getRule(rule.id), rule);
  assert.equal(getRule('no-such-rule'), undefined);
});
