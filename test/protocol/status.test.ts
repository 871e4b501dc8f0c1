/** `ecsTaskdef/status` (the VS Code language status item) through the real server. */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import type { DocumentStatus } from '../../server/src/shared';
import { type TestClient, startClient } from './lsp-client';

function open(client: TestClient, uri: string, text: string, languageId = 'json'): void {
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
}

function status(client: TestClient, uri: string): Promise<DocumentStatus> {
  return client.request<DocumentStatus>('ecsTaskdef/status', { textDocument: { uri } });
}

const task = (extra: string) => `{ "family": "web", ${extra} "containerDefinitions": [{ "name": "web", "image": "nginx" }] }`;

describe('ecsTaskdef/status', () => {
  let client: TestClient;
  before(async () => {
    client = await startClient({ textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true } });
  });
  after(() => client.stop());

  it('names network mode and Fargate of a register-task-definition file', async () => {
    const uri = 'file:///w/fargate.json';
    open(client, uri, task('"networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",'));
    const s = await status(client, uri);
    assert.equal(s.isTaskDefinition, true);
    assert.equal(s.count, 1);
    assert.equal(s.networkMode, 'awsvpc');
    assert.equal(s.fargate, true);
    assert.equal(s.enabled, true);
    assert.deepEqual(s.tasks, [{ networkMode: 'awsvpc', defaultNetworkMode: false, launchType: 'Fargate' }]);
  });

  it('says bridge is the default on EC2 and External for EXTERNAL-only tasks', async () => {
    open(client, 'file:///w/ec2.json', task(''));
    assert.deepEqual((await status(client, 'file:///w/ec2.json')).tasks, [
      { networkMode: 'bridge', defaultNetworkMode: true, launchType: 'EC2' },
    ]);
    open(client, 'file:///w/ext.json', task('"networkMode": "host", "requiresCompatibilities": ["EXTERNAL"],'));
    assert.deepEqual((await status(client, 'file:///w/ext.json')).tasks, [
      { networkMode: 'host', defaultNetworkMode: false, launchType: 'External' },
    ]);
  });

  it('leaves the network mode out when a placeholder hides it', async () => {
    open(client, 'file:///w/tpl.json', task('"networkMode": "${mode}",'));
    const s = await status(client, 'file:///w/tpl.json');
    assert.equal(s.isTaskDefinition, true);
    assert.equal(s.networkMode, undefined);
  });

  it('counts every task of a CloudFormation template with its logical id', async () => {
    const uri = 'file:///w/stack.yaml';
    open(
      client,
      uri,
      [
        'Resources:',
        '  Api:',
        '    Type: AWS::ECS::TaskDefinition',
        '    Properties:',
        '      NetworkMode: awsvpc',
        '      RequiresCompatibilities: [FARGATE]',
        '      ContainerDefinitions: [{ Name: api, Image: nginx }]',
        '  Worker:',
        '    Type: AWS::ECS::TaskDefinition',
        '    Properties:',
        '      ContainerDefinitions: [{ Name: w, Image: nginx, Memory: 512 }]',
        '',
      ].join('\n'),
      'yaml',
    );
    const s = await status(client, uri);
    assert.equal(s.count, 2);
    assert.deepEqual(s.tasks, [
      { name: 'Api', networkMode: 'awsvpc', defaultNetworkMode: false, launchType: 'Fargate' },
      { name: 'Worker', networkMode: 'bridge', defaultNetworkMode: true, launchType: 'EC2' },
    ]);
  });

  it('answers "not a task definition" for other JSON and for unknown documents', async () => {
    open(client, 'file:///w/package.json', '{ "name": "x", "version": "1.0.0" }');
    const s = await status(client, 'file:///w/package.json');
    assert.deepEqual(s, { isTaskDefinition: false, count: 0, enabled: true, tasks: [] });
    assert.equal((await status(client, 'file:///w/never-opened.json')).isTaskDefinition, false);
  });

  it('reports enabled: false when ecsTaskdef.enable is off', async () => {
    client.settings = { enable: false };
    client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const s = await status(client, 'file:///w/fargate.json');
    assert.equal(s.enabled, false);
    assert.equal(s.isTaskDefinition, true);
    client.settings = {};
  });
});
