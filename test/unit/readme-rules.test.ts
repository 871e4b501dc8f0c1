/** The README lists every rule exactly as the registry has it (regenerate with scripts/rules-table.mjs). */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesTable } from './helpers/rules-table';

test('README rule table is up to date', () => {
  const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
  const block = /<!-- rules -->\n([\s\S]*)<!-- \/rules -->/.exec(readme);
  assert.ok(block, 'README.md lacks the <!-- rules --> block');
  assert.equal(block[1], rulesTable(), 'run: npm run compile-tests && node scripts/rules-table.mjs');
});
