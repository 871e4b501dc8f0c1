#!/usr/bin/env node
// Writes the generated schemas (run after `npm run compile-tests`): the config file schema from the rule
// registry, and the strict and describe copies of the task-definition schema for other tools
// (test/unit/helpers/config-schema.ts, strict-schema.ts). Tests fail when they are out of date.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const helpers = join(root, 'out', 'test', 'unit', 'helpers');
const { configSchema } = require(join(helpers, 'config-schema.js'));
const { strictSchema, describeSchema } = require(join(helpers, 'strict-schema.js'));
const write = (name, schema) => {
  writeFileSync(join(root, 'schemas', name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote schemas/${name}`);
};
write('ecs-taskdef-config.schema.json', configSchema());
write('ecs-task-definition.strict.schema.json', strictSchema());
write('ecs-task-definition-describe.schema.json', describeSchema());
