/**
 * Key spelling: RuleContext.spell and the API key of a key as written, CloudFormation's irregular
 * names included (from the schema's x-cfnName, read in model/cloudformation.ts).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service';
import { ruleContext } from '../../server/src/service/features/validate';
import { apiKey, spellKey } from '../../server/src/service/model/cloudformation';
import { locateRawPath } from '../../server/src/service/features/knowledge/task-path';

const CFN = `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: web
          Image: nginx
`;
const JSON_TASK = '{"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx"}]}';

function ctxFor(text: string, uri: string) {
  const doc = analyzeDocument(text, { uri });
  assert.equal(doc.tasks.length, 1);
  return ruleContext(doc, doc.tasks[0], () => undefined);
}

describe('ctx.spell', () => {
  it('spells irregular CloudFormation names as CloudFormation does', () => {
    const ctx = ctxFor(CFN, 'file:///stack.yaml');
    assert.equal(ctx.spell('hostPort'), 'HostPort');
    assert.equal(ctx.spell('efsVolumeConfiguration'), 'EFSVolumeConfiguration');
    assert.equal(ctx.spell('fsxWindowsFileServerVolumeConfiguration'), 'FSxWindowsFileServerVolumeConfiguration');
    assert.equal(ctx.spell('iam'), 'IAM');
    assert.equal(ctx.spell('properties'), 'ProxyConfigurationProperties');
  });

  it('spells a name that depends on its place by the object holding it', () => {
    const ctx = ctxFor(CFN, 'file:///stack.yaml');
    assert.equal(ctx.spell('fileSystemId', 'efsVolumeConfiguration'), 'FilesystemId');
    assert.equal(ctx.spell('fileSystemId', 'fsxWindowsFileServerVolumeConfiguration'), 'FileSystemId');
    assert.equal(ctx.spell('fileSystemId'), 'FileSystemId');
  });

  it('keeps API names in JSON', () => {
    const ctx = ctxFor(JSON_TASK, 'file:///task.json');
    assert.equal(ctx.spell('efsVolumeConfiguration'), 'efsVolumeConfiguration');
    assert.equal(ctx.spell('fileSystemId', 'efsVolumeConfiguration'), 'fileSystemId');
  });
});

describe('apiKey', () => {
  it('reads CloudFormation spellings back to API names, the model and the task path alike', () => {
    const doc = analyzeDocument(CFN, { uri: 'file:///stack.yaml' });
    const containerPath = ['Resources', 'Task', 'Properties', 'ContainerDefinitions', 0];
    for (const [raw, key] of [
      ['HostPort', 'hostPort'],
      ['EFSVolumeConfiguration', 'efsVolumeConfiguration'],
      ['FilesystemId', 'fileSystemId'],
      ['FileSystemId', 'fileSystemId'],
      ['IAM', 'iam'],
      ['EfsVolumeConfiguration', undefined],
      ['hostPort', undefined],
    ] as const) {
      assert.equal(apiKey(raw, 'pascal'), key, raw);
      assert.deepEqual(
        locateRawPath(doc, [...containerPath, raw])?.path,
        key === undefined ? undefined : ['containerDefinitions', 0, key],
        raw,
      );
      // The model: the API key, or a spelling CloudFormation would not accept kept raw and marked foreign.
      const prop = analyzeDocument(`${CFN}          ${raw}: 1\n`, {
        uri: 'file:///stack.yaml',
      }).tasks[0].containers[0].node.properties.find((p) => p.rawKey === raw);
      assert.deepEqual([prop?.key, prop?.spelling], key === undefined ? [raw, 'foreign'] : [key, undefined], raw);
    }
    assert.equal(apiKey('EfsVolumeConfiguration', 'camel'), 'EfsVolumeConfiguration');
  });

  it('round-trips every spelling spellKey produces', () => {
    for (const key of ['hostPort', 'efsVolumeConfiguration', 'iam', 'properties', 's3filesVolumeConfiguration']) {
      assert.equal(apiKey(spellKey(key, 'pascal'), 'pascal'), key);
    }
    assert.equal(apiKey(spellKey('fileSystemId', 'pascal', 'efsVolumeConfiguration'), 'pascal'), 'fileSystemId');
  });
});
