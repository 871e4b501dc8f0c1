/** The language status item's words for what the server reports about a document. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentStatus, TaskStatus } from '../../server/src/shared';
import { statusText } from '../../client/src/common/status-text';

const status = (tasks: TaskStatus[], enabled = true): DocumentStatus => ({
  isTaskDefinition: tasks.length > 0,
  count: tasks.length,
  enabled,
  tasks,
});

test('one Fargate task in awsvpc mode', () => {
  const s = statusText(status([{ networkMode: 'awsvpc', defaultNetworkMode: false, launchType: 'Fargate' }]));
  assert.equal(s.text, 'ECS task definition · awsvpc · Fargate');
  assert.equal(s.warning, false);
});

test('default bridge mode on EC2, unknown mode and unknown launch type', () => {
  assert.equal(
    statusText(status([{ networkMode: 'bridge', defaultNetworkMode: true, launchType: 'EC2' }])).text,
    'ECS task definition · bridge (default) · EC2',
  );
  assert.equal(
    statusText(status([{ defaultNetworkMode: false, launchType: 'unknown' }])).text,
    'ECS task definition · network mode unknown',
  );
});

test('several tasks are counted and listed by name in the detail', () => {
  const s = statusText(
    status([
      { name: 'Api', networkMode: 'awsvpc', defaultNetworkMode: false, launchType: 'Fargate' },
      { name: 'Worker', networkMode: 'host', defaultNetworkMode: false, launchType: 'EC2' },
    ]),
  );
  assert.equal(s.text, '2 ECS task definitions');
  assert.equal(s.detail, 'Api: awsvpc · Fargate; Worker: host · EC2');
});

test('not a task definition, and checks turned off', () => {
  assert.equal(statusText(status([])).text, 'Not a task definition');
  const off = statusText(status([{ networkMode: 'awsvpc', defaultNetworkMode: false, launchType: 'Fargate' }], false));
  assert.equal(off.text, 'ECS task definition · awsvpc · Fargate · checks off');
  assert.equal(off.warning, true);
});
