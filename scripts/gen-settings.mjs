#!/usr/bin/env node
// Writes the `ecsTaskdef.rules` setting of package.json (one property per rule id, with its title and
// rule page) from the rule registry. Run: `npm run gen:settings`. test/unit/package-json.test.ts fails
// when package.json is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { withRulesSetting } = require(join(root, 'out', 'test', 'unit', 'helpers', 'settings-schema.js'));
const file = join(root, 'package.json');
const text = readFileSync(file, 'utf8');
const next = withRulesSetting(text);
writeFileSync(file, next);
console.log(next === text ? 'package.json settings already up to date' : 'package.json ecsTaskdef.rules updated');
