import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { problemsOf, ruleTester } from '../helpers/rule-tester';
import { fields, inline, taskJson, WEB } from '../helpers/task-json';

const td = (mapping: string) =>
  taskJson({ top: fields('"networkMode": "awsvpc"'), containers: [inline(...WEB, `"portMappings": [${mapping}]`)] });

ruleTester('container-port-with-port-range', {
  valid: [
    { name: 'range alone', text: td('{ "containerPortRange": "8000-8010" }') },
    { name: 'port alone', text: td('{ "containerPort": 8000 }') },
    { name: 'port and range in separate mappings', text: td('{ "containerPort": 80 }, { "containerPortRange": "8000-8010" }') },
    { name: 'placeholder containerPort', text: td('{ "containerPort": {{ .Port }}, "containerPortRange": "8000-8010" }') },
    { name: 'null containerPort', text: td('{ "containerPort": null, "containerPortRange": "8000-8010" }') },
    { name: "string containerPort is invalid-type's", text: td('{ "containerPort": "8000", "containerPortRange": "8000-8010" }') },
    { name: 'not a task definition', text: '{ "portMappings": [{ "containerPort": 1, "containerPortRange": "1-2" }] }' },
  ],
  invalid: [
    {
      name: 'containerPort inside the range',
      text: td('{ "containerPort": ⟦8000⟧, "containerPortRange": "8000-8010" }'),
      problems: [
        {
          message: 'containerPort 8000 and containerPortRange "8000-8010" are both set in one mapping: keep only containerPortRange',
          severity: 'warning',
        },
      ],
      fixTitles: ['Remove containerPort'],
      fixes: { 'Remove containerPort': td('{ "containerPortRange": "8000-8010" }') },
    },
    {
      name: 'containerPort outside the range',
      text: td('{ "containerPortRange": "8000-8010", "containerPort": ⟦80⟧ }'),
      problems: [{ message: '80 lies outside the range, so move it to a mapping of its own' }],
      fixes: { 'Remove containerPort': td('{ "containerPortRange": "8000-8010" }') },
    },
  ],
});

describe('container-port-with-port-range fix preference', () => {
  it('prefers removing containerPort only when the range covers it', () => {
    const inside = problemsOf('container-port-with-port-range', td('{ "containerPort": 8005, "containerPortRange": "8000-8010" }'));
    const outside = problemsOf('container-port-with-port-range', td('{ "containerPort": 80, "containerPortRange": "8000-8010" }'));
    assert.equal(inside[0].fixes[0].isPreferred, true);
    assert.equal(outside[0].fixes[0].isPreferred, false);
  });
});
