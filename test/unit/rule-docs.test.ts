/** Every rule has a doc page and every doc page has a rule (docs/rules/<id>.md is each diagnostic's link). */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/service';

const root = join(__dirname, '..', '..', '..');
const docsDir = join(root, 'docs', 'rules');

test('every registered rule has a doc page with the required sections', () => {
  for (const rule of allRules) {
    const page = join(docsDir, `${rule.id}.md`);
    assert.ok(existsSync(page), `docs/rules/${rule.id}.md is missing`);
    const text = readFileSync(page, 'utf8');
    assert.ok(text.startsWith(`# ${rule.id}\n`), `${rule.id}.md must start with "# ${rule.id}"`);
    for (const section of ['## What it checks', '## Why', '## Failing example', '## Passing example', '## Fix']) {
      assert.ok(text.includes(section), `${rule.id}.md lacks "${section}"`);
    }
  }
});

test('every doc page belongs to a registered rule', () => {
  // syntax-error is not a rule but a diagnostic the hosts report (CLI, SARIF help) and link to its page.
  const ids = new Set([...allRules.map((r) => r.id), 'syntax-error']);
  for (const file of readdirSync(docsDir)) {
    assert.ok(file.endsWith('.md') && ids.has(file.slice(0, -3)), `docs/rules/${file} has no rule`);
  }
});

test('every rule id is kebab-case, unique, and has a rule file and a test file of that name', () => {
  const seen = new Set<string>();
  for (const rule of allRules) {
    assert.match(rule.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(!seen.has(rule.id), `duplicate id ${rule.id}`);
    seen.add(rule.id);
    assert.ok(existsSync(join(root, 'server', 'src', 'service', 'rules', `${rule.id}.ts`)), `rules/${rule.id}.ts missing`);
    assert.ok(existsSync(join(root, 'test', 'unit', 'rules', `${rule.id}.test.ts`)), `test/unit/rules/${rule.id}.test.ts missing`);
  }
});

test('every catalogue id (rules.md, outside "Across files") is a registered rule, and no rule is outside it', (t) => {
  const spec = join(root, '..', 'shared', 'spec', 'rules.md');
  if (!existsSync(spec)) return t.skip('../shared/spec/rules.md not present');
  const text = readFileSync(spec, 'utf8').split('## Across files')[0];
  const ids = [...text.matchAll(/^\| ([a-z][a-z0-9-]+) \|/gm)]
    .map((m) => m[1])
    .filter((id) => id !== 'id')
    .sort();
  // Cross-resource (service) rules are the "Across files" ids plus ids of our own.
  assert.deepEqual(
    allRules
      .filter((r) => !r.checkService)
      .map((r) => r.id)
      .sort(),
    ids,
  );
});

test('every "Across files" catalogue id is a registered cross-resource rule', (t) => {
  const spec = join(root, '..', 'shared', 'spec', 'rules.md');
  if (!existsSync(spec)) return t.skip('../shared/spec/rules.md not present');
  const text = readFileSync(spec, 'utf8').split('## Across files')[1] ?? '';
  const ids = [...text.split('\n## ')[0].matchAll(/^\| ([a-z][a-z0-9-]+) \|/gm)]
    .map((m) => m[1])
    .filter((id) => id !== 'id')
    .sort();
  assert.ok(ids.length > 0);
  const service = new Set(allRules.filter((r) => r.checkService).map((r) => r.id));
  for (const id of ids) assert.ok(service.has(id), `${id} is not a registered cross-resource rule`);
});
