/** Each rule page's failing example triggers its rule (unless shortened with "…") and its passing example does not. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules, analyzeDocument, validate } from '../../server/src/service';

const docsDir = join(__dirname, '..', '..', '..', 'docs', 'rules');

function examples(page: string, heading: string): { lang: string; code: string }[] {
  const start = page.indexOf(`## ${heading}`);
  if (start < 0) return [];
  const end = page.indexOf('\n## ', start + 3);
  const section = page.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```(json|jsonc|yaml)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], code: m[2] }));
}

for (const rule of allRules) {
  test(`docs/rules/${rule.id}.md examples`, () => {
    const page = readFileSync(join(docsDir, `${rule.id}.md`), 'utf8');
    const failing = examples(page, 'Failing example');
    const passing = examples(page, 'Passing example');
    assert.ok(failing.length > 0, 'no json/yaml block under "Failing example"');
    assert.ok(passing.length > 0, 'no json/yaml block under "Passing example"');
    const found = (e: { lang: string; code: string }) => {
      const doc = analyzeDocument(e.code, { uri: `file:///example.${e.lang === 'yaml' ? 'yaml' : 'json'}`, force: true });
      return validate(doc)
        .filter((p) => p.ruleId === rule.id)
        .map((p) => p.message);
    };
    // An example shortened with "…" (101 port ranges, 11 containers) cannot be literal.
    for (const e of failing)
      if (!e.code.includes('…')) assert.ok(found(e).length > 0, `failing example does not trigger ${rule.id}:\n${e.code}`);
    for (const e of passing) assert.deepEqual(found(e), [], `passing example triggers ${rule.id}:\n${e.code}`);
  });
}
