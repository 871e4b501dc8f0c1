/**
 * The schemas for other tools (strict draft-07 copy, describe-output wrapper) compile in strict Ajv, are
 * up to date with the source schema, and accept every real task definition the CLI finds clean.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { SOURCE_SCHEMA_ID, describeSchema, strictSchema } from './helpers/strict-schema';

const ROOT = join(__dirname, '..', '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'A-taskdef');
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', name), 'utf8'));

function validators() {
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addSchema(read('ecs-task-definition.strict.schema.json'));
  ajv.addSchema(read('ecs-task-definition-describe.schema.json'));
  return {
    task: ajv.getSchema(strictSchema().$id as string)!,
    describe: ajv.getSchema(describeSchema().$id as string)!,
  };
}

const TASK = {
  family: 'web',
  containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 80, protocol: 'tcp' }] }],
};

describe('published schemas', () => {
  it('are generated from the source schema (run: npm run compile-tests && node scripts/schemas.mjs)', () => {
    assert.deepEqual(read('ecs-task-definition.strict.schema.json'), strictSchema());
    assert.deepEqual(read('ecs-task-definition-describe.schema.json'), describeSchema());
  });

  it('the source schema has an $id and compiles in strict Ajv once its three annotation keywords are declared', () => {
    const source = read('ecs-task-definition.schema.json');
    assert.equal(source.$id, SOURCE_SCHEMA_ID);
    assert.throws(() => new Ajv({ strict: true }).compile(source), /unknown keyword: "x-docUrl"/);
    const ajv = new Ajv({ strict: true });
    ajv.addVocabulary(['x-docUrl', 'x-cfnName', 'deprecationMessage']);
    assert.ok(ajv.compile(source)(TASK));
  });

  it('the strict copy: standard keywords only, doc links in descriptions, null for optional fields, describe fields', () => {
    const text = readFileSync(join(ROOT, 'schemas', 'ecs-task-definition.strict.schema.json'), 'utf8');
    assert.doesNotMatch(text, /"x-|"deprecationMessage"/);
    const { task } = validators();
    assert.ok(task(TASK), JSON.stringify(task.errors));
    const nulls = {
      ...TASK,
      networkMode: null,
      cpu: null,
      containerDefinitions: [{ ...TASK.containerDefinitions[0], command: null, memory: null, healthCheck: null }],
    };
    assert.ok(task(nulls), JSON.stringify(task.errors));
    assert.ok(
      task({
        ...TASK,
        taskDefinitionArn: 'arn:aws:ecs:eu-west-1:1:task-definition/web:3',
        revision: 3,
        status: 'ACTIVE',
        compatibilities: ['EC2'],
        registeredAt: '2024-01-01T00:00:00Z',
      }),
      JSON.stringify(task.errors),
    );
    assert.equal(task({ ...TASK, family: null }), false);
    assert.equal(task({ ...TASK, networkMode: 'nat' }), false);
    assert.equal(task({ ...TASK, netwrokMode: 'awsvpc' }), false);
    assert.equal(task({ ...TASK, containerDefinitions: null }), false);
    // Template placeholders are unknown values, as for the linter.
    assert.ok(task({ ...TASK, family: '<ECS_FAMILY>', networkMode: '${NETWORK_MODE}' }), JSON.stringify(task.errors));
    assert.equal(task({ ...TASK, family: 'my family' }), false);
    const strict = strictSchema() as { properties: Record<string, { description?: string }> };
    assert.match(
      strict.properties.networkMode.description!,
      /AWS reference: https:\/\/docs\.aws\.amazon\.com\/AmazonECS\/latest\/APIReference\/API_RegisterTaskDefinition\.html#ECS-RegisterTaskDefinition-request-networkMode$/,
    );
  });

  it('the describe schema takes `aws ecs describe-task-definition` output', () => {
    const { describe } = validators();
    assert.ok(describe({ taskDefinition: { ...TASK, revision: 1 }, tags: [{ key: 'team', value: 'a' }] }), JSON.stringify(describe.errors));
    assert.equal(describe(TASK), false);
  });

  it('accepts every corpus task definition the CLI finds clean', { skip: !existsSync(CORPUS) && 'corpus not found (CI has it)' }, () => {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(CORPUS, f));
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'ecs-taskdef.js'), 'lint', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: { severity: string }[] }[];
    const { task, describe } = validators();
    let checked = 0;
    const failures: string[] = [];
    for (const rep of reports) {
      if (rep.diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')) continue;
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(readFileSync(rep.file, 'utf8'));
      } catch {
        continue; // JSON with comments or a template: not for a JSON validator
      }
      const validate = 'taskDefinition' in value ? describe : task;
      checked++;
      if (!validate(value)) failures.push(`${rep.file}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
    assert.deepEqual(failures, []);
    assert.ok(checked >= 30, `only ${checked} clean corpus files were validated`);
    console.log(`# ${checked} clean corpus task definitions validate against the strict schema`);
  });
});
