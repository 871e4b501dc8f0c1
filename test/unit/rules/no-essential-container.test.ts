import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { problemsOf, ruleTester } from '../helpers/rule-tester';
import { inline, taskJson } from '../helpers/task-json';

const td = (...containers: string[]) => taskJson({ containers: containers.map((c) => inline(c)) });

ruleTester('no-essential-container', {
  valid: [
    { name: 'essential omitted counts as true', text: td('"name": "web", "image": "nginx"') },
    {
      name: 'one essential among non-essential',
      text: td('"name": "a", "image": "x", "essential": false', '"name": "b", "image": "y", "essential": true'),
    },
    { name: 'one omitted among non-essential', text: td('"name": "a", "image": "x", "essential": false', '"name": "b", "image": "y"') },
    {
      name: 'placeholder essential',
      text: td('"name": "a", "image": "x", "essential": false', '"name": "b", "image": "y", "essential": "${ESSENTIAL}"'),
    },
    { name: 'null essential', text: td('"name": "a", "image": "x", "essential": null') },
    { name: 'wrong type is not ours', text: td('"name": "a", "image": "x", "essential": "false"') },
    {
      name: 'placeholder container may be essential',
      text: td('"name": "a", "image": "x", "essential": false').replace('}\n  ]', '}, "${SIDECAR}"\n  ]'),
    },
    { name: 'empty list is another rule', text: '{ "family": "web", "containerDefinitions": [] }' },
    { name: 'not a task definition', text: '{ "containers": [{ "name": "a", "essential": false }] }' },
  ],
  invalid: [
    {
      name: 'the only container is non-essential',
      text: td('"name": "web", "image": "nginx", "essential": ⟦false⟧'),
      problems: [{ message: 'The only container sets essential to false' }],
      fixTitles: ['Set essential to true on container "web"'],
      fixes: { 'Set essential to true on container "web"': td('"name": "web", "image": "nginx", "essential": true') },
    },
    {
      name: 'all containers non-essential: reported once, on the first',
      text: td('"name": "a", "image": "x", "essential": ⟦false⟧', '"essential": false, "name": "b", "image": "y"'),
      problems: [{ message: 'All 2 containers set essential to false' }],
      fixes: {
        'Set essential to true on container "a"': td(
          '"name": "a", "image": "x", "essential": true',
          '"essential": false, "name": "b", "image": "y"',
        ),
      },
    },
    {
      name: 'CloudFormation',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "a", "Image": "x", "Essential": ⟦false⟧ } ] } } } }`,
      problems: [{ message: 'sets Essential to false' }],
      fixes: {
        'Set Essential to true on container "a"': `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "a", "Image": "x", "Essential": true } ] } } } }`,
      },
    },
    {
      name: 'container array',
      text: '[{ "name": "a", "image": "x", "essential": ⟦false⟧ }]',
      problems: [{ message: 'essential' }],
    },
  ],
});

test('no-essential-container: the fix is preferred only when there is one container to choose', () => {
  const one = problemsOf('no-essential-container', td('"name": "a", "image": "x", "essential": false'));
  assert.equal(one[0].fixes[0].isPreferred, true);
  const two = problemsOf(
    'no-essential-container',
    td('"name": "a", "image": "x", "essential": false', '"name": "b", "image": "y", "essential": false'),
  );
  assert.equal(two[0].fixes[0].isPreferred, false);
  assert.equal(two[0].related.length, 1);
});
