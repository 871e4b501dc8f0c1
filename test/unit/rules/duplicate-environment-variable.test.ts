import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { problemsOf, ruleTester } from '../helpers/rule-tester';
import { container, taskJson, WEB } from '../helpers/task-json';

const td = (...entries: string[]) =>
  taskJson({ containers: [container(...WEB, `"environment": [\n${entries.map((e) => `        ${e}`).join(',\n')}\n      ]`)] });

const env = (name: string, value: string) => `{ "name": ${name}, "value": ${value} }`;

ruleTester('duplicate-environment-variable', {
  valid: [
    { name: 'distinct names', text: td(env('"A"', '"1"'), env('"B"', '"1"')) },
    { name: 'names differ in case', text: td(env('"PORT"', '"1"'), env('"port"', '"1"')) },
    { name: 'placeholder names', text: td(env('"${N}"', '"1"'), env('"${N}"', '"2"')) },
    { name: 'null names', text: td(env('null', '"1"'), env('null', '"2"')) },
    {
      name: 'same name in two containers',
      text: `{"family": "x", "containerDefinitions": [{"name": "a", "image": "i", "environment": [{"name": "A", "value": "1"}]}, {"name": "b", "image": "i", "environment": [{"name": "A", "value": "1"}]}]}`,
    },
    { name: 'not a task definition', text: '{ "environment": [{ "name": "A" }, { "name": "A" }] }' },
  ],
  invalid: [
    {
      name: 'different values: remove the later entry (not preferred)',
      text: td(env('"PORT"', '"80"'), env('"HOST"', '"x"'), env('⟦"PORT"⟧', '"3000"')),
      problems: [
        {
          message: 'Environment variable "PORT" is already set earlier in container "web"; only one value takes effect.',
          severity: 'warning',
        },
      ],
      fixTitles: ['Remove this entry (keep the first)'],
      fixes: { 'Remove this entry (keep the first)': td(env('"PORT"', '"80"'), env('"HOST"', '"x"')) },
    },
    {
      name: 'same value',
      text: td(env('"A"', '"1"'), env('⟦"A"⟧', '"1"'), env('"B"', '"2"')),
      problems: [{ message: '"A" is already set earlier in container "web" (with the same value)' }],
      fixes: { 'Remove this repeated entry (same value)': td(env('"A"', '"1"'), env('"B"', '"2"')) },
    },
    {
      name: 'three times: each later one reported',
      text: td(env('"A"', '"1"'), env('⟦"A"⟧', '"2"'), env('⟦"A"⟧', '"3"')),
      problems: [{ message: '"A" is already set' }, { message: '"A" is already set' }],
    },
    {
      name: 'CloudFormation',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "a", "Image": "x", "Environment": [{ "Name": "A", "Value": "1" }, { "Name": ⟦"A"⟧, "Value": "2" }] } ] } } } }`,
      problems: [{ message: 'Environment variable "A" is already set earlier in container "a"' }],
      fixes: {
        'Remove this entry (keep the first)': `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "a", "Image": "x", "Environment": [{ "Name": "A", "Value": "1" }] } ] } } } }`,
      },
    },
  ],
});

test('duplicate-environment-variable: removing an exact repeat is preferred, choosing between values is not', () => {
  assert.equal(problemsOf('duplicate-environment-variable', td(env('"A"', '"1"'), env('"A"', '"1"')))[0].fixes[0].isPreferred, true);
  assert.equal(problemsOf('duplicate-environment-variable', td(env('"A"', '"1"'), env('"A"', '"2"')))[0].fixes[0].isPreferred, false);
  assert.equal(problemsOf('duplicate-environment-variable', td(env('"A"', '"${X}"'), env('"A"', '"${X}"')))[0].fixes[0].isPreferred, false);
});
