#!/usr/bin/env node
// Writes schemas/ecs-taskdef-config.schema.json from the rule registry (run after `npm run compile-tests`).
// test/unit/config-file.test.ts fails when it is out of date.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { configSchema } = require(join(root, 'out', 'test', 'unit', 'helpers', 'config-schema.js'));
writeFileSync(join(root, 'schemas', 'ecs-taskdef-config.schema.json'), `${JSON.stringify(configSchema(), null, 2)}\n`);
console.log('wrote schemas/ecs-taskdef-config.schema.json');
