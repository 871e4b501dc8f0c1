import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { problemsOf, ruleTester } from '../helpers/rule-tester';
import { container, taskJson } from '../helpers/task-json';

const td = (init: string, condition: string, app = '') =>
  taskJson({
    containers: [
      container('"name": "init"', `"image": "busybox"${init}`),
      container('"name": "app"', `"image": "nginx",${app}\n      "dependsOn": [{ "containerName": "init", "condition": ${condition} }]`),
    ],
  });

const FIX = 'Mark container "init" non-essential (essential: false)';

ruleTester('essential-dependency-condition', {
  valid: [
    { name: 'SUCCESS on a non-essential container', text: td(',\n      "essential": false', '"SUCCESS"') },
    { name: 'START on an essential container', text: td('', '"START"') },
    { name: 'HEALTHY on an essential container', text: td(',\n      "essential": true', '"HEALTHY"') },
    { name: 'placeholder condition', text: td('', '"${CONDITION}"') },
    { name: 'placeholder essential', text: td(',\n      "essential": ${ESSENTIAL}', '"COMPLETE"') },
    { name: 'null essential', text: td(',\n      "essential": null', '"COMPLETE"') },
    { name: "lower-case condition is invalid-enum-value's", text: td('', '"success"') },
    { name: 'unknown container is another rule', text: td('', '"SUCCESS"').replace('"containerName": "init"', '"containerName": "setup"') },
    { name: 'ambiguous duplicate name', text: td('', '"SUCCESS"').replace('"name": "app"', '"name": "init"') },
    {
      name: 'not a task definition',
      text: '{ "containers": [{ "name": "a", "dependsOn": [{ "containerName": "a", "condition": "SUCCESS" }] }] }',
    },
  ],
  invalid: [
    {
      name: 'SUCCESS on a container with essential omitted: insert essential false',
      text: td('', '⟦"SUCCESS"⟧'),
      problems: [
        { message: 'condition SUCCESS waits for container "init" to exit, but "init" is essential (essential omitted means true)' },
      ],
      fixTitles: [FIX],
      fixes: { [FIX]: td(',\n      "essential": false', '"SUCCESS"') },
    },
    {
      name: 'COMPLETE on a container with essential true: set it false',
      text: td(',\n      "essential": true', '⟦"COMPLETE"⟧'),
      problems: [{ message: 'condition COMPLETE waits for container "init"' }],
      fixes: { [FIX]: td(',\n      "essential": false', '"COMPLETE"') },
    },
    {
      name: 'CloudFormation',
      text: `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "init", "Image": "x" },
        { "Name": "app", "Image": "y", "DependsOn": [{ "ContainerName": "init", "Condition": ⟦"SUCCESS"⟧ }] } ] } } } }`,
      problems: [
        { message: 'Condition SUCCESS waits for container "init" to exit, but "init" is essential (Essential omitted means true)' },
      ],
      fixes: {
        'Mark container "init" non-essential (Essential: false)': `{ "Resources": { "T": { "Type": "AWS::ECS::TaskDefinition", "Properties": { "ContainerDefinitions": [
        { "Name": "init", "Image": "x", "Essential": false },
        { "Name": "app", "Image": "y", "DependsOn": [{ "ContainerName": "init", "Condition": "SUCCESS" }] } ] } } } }`,
      },
    },
  ],
});

test('essential-dependency-condition: the fix is preferred only while another container stays essential', () => {
  assert.equal(problemsOf('essential-dependency-condition', td('', '"SUCCESS"'))[0].fixes[0].isPreferred, true);
  const appNonEssential = td('', '"SUCCESS"', '\n      "essential": false,');
  assert.equal(problemsOf('essential-dependency-condition', appNonEssential)[0].fixes[0].isPreferred, false);
});
