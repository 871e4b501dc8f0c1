/**
 * Container-definition arrays (Terraform `container_definitions`, `file()`, `templatefile()`):
 * container-level rules run, rules that need task-level facts stay silent.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, applyFix, validate } from '../../../server/src/service';
import { ruleTester } from '../helpers/rule-tester';

const OPTS = { uri: 'file:///containers.json' };

const ARRAY = `[
  {
    "name": "web",
    "image": "nginx",
    "links": ["db"],
    "hostname": "web",
    "portMappings": [
      { "containerPort": 80, "hostPort": 8080, "protocol": "TCP" },
      { "containerPort": 70000 },
      { "containerPort": 443, "hostPort": 22 }
    ],
    "environment": [{ "name": "A", "value": "1" }, { "name": "A", "value": "2" }]
  },
  { "name": "db", "image": "postgres", "memory": 256 }
]`;

describe('container-definition arrays', () => {
  const doc = analyzeDocument(ARRAY, OPTS);
  const problems = validate(doc);
  const ids = new Set(problems.map((p) => p.ruleId));

  it('is recognised as one task with unknown task-level facts', () => {
    assert.deepEqual(
      doc.tasks.map((t) => [t.kind, t.task, t.containers.length]),
      [['container-array', undefined, 2]],
    );
    const t = doc.tasks[0];
    assert.deepEqual([t.networkMode.effective, t.fargate, t.os], [undefined, 'unknown', 'unknown']);
  });

  it('runs container-level rules at the right ranges', () => {
    const at = (id: string) => problems.filter((p) => p.ruleId === id).map((p) => ARRAY.slice(p.offset, p.offset + p.length));
    assert.deepEqual(at('invalid-enum-value'), ['"TCP"']);
    assert.deepEqual(at('port-out-of-range'), ['70000']);
    assert.deepEqual(at('duplicate-environment-variable'), ['"A"']);
  });

  it('keeps rules that need the network mode, Fargate or the OS silent', () => {
    for (const id of [
      'host-port-mismatch',
      'links-require-bridge',
      'hostname-in-awsvpc',
      'reserved-host-port',
      'fargate-requires-awsvpc',
      'missing-required-property',
      'container-memory-required',
    ]) {
      assert.ok(!ids.has(id), `${id} fired: ${JSON.stringify(problems.filter((p) => p.ruleId === id).map((p) => p.message))}`);
    }
  });

  it('applies fixes in the array', () => {
    const p = problems.find((x) => x.ruleId === 'invalid-enum-value')!;
    assert.equal(applyFix(ARRAY, 'json', p.fixes[0]), ARRAY.replace('"TCP"', '"tcp"'));
  });

  it('accepts placeholder items and rejects arrays that are not containers', () => {
    assert.equal(analyzeDocument('[\n  ${sidecar},\n  { "name": "a", "image": "b" }\n]', { uri: 'file:///c.json.tpl' }).tasks.length, 1);
    assert.equal(analyzeDocument('[{ "name": "A", "value": "1" }]', OPTS).tasks.length, 0, 'an environment list');
    assert.equal(analyzeDocument('[{ "name": "web", "imageUri": "nginx" }]', OPTS).tasks.length, 0, 'imagedefinitions.json');
    assert.equal(analyzeDocument('[1, 2]', OPTS).tasks.length, 0);
    assert.equal(analyzeDocument('[${a}]', { uri: 'file:///c.json.tpl' }).tasks.length, 0, 'only placeholders');
  });
});

ruleTester('port-out-of-range', {
  valid: [
    {
      name: 'container array: placeholder port',
      text: '[{ "name": "a", "image": "b", "portMappings": [{ "containerPort": ${port} }] }]',
      options: { uri: 'file:///c.json.tpl' },
    },
  ],
  invalid: [
    {
      name: 'container array',
      text: '[{ "name": "a", "image": "b", "portMappings": [{ "containerPort": ⟦0⟧ }] }]',
      options: OPTS,
      problems: [{ message: 'containerPort 0' }],
    },
  ],
});
