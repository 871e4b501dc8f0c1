#!/usr/bin/env node
// Writes the rule table between the <!-- rules --> markers in README.md from the rule registry
// (run after `npm run compile-tests`). test/unit/readme-rules.test.ts fails when it is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { rulesTable } = require(join(root, 'out', 'test', 'unit', 'helpers', 'rules-table.js'));
const readme = join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const next = text.replace(/<!-- rules -->[\s\S]*<!-- \/rules -->/, `<!-- rules -->\n${rulesTable()}<!-- /rules -->`);
writeFileSync(readme, next);
console.log(next === text ? 'README rule table already up to date' : 'README rule table updated');
