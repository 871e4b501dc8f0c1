/**
 * Key spelling: RuleContext.spell and the API key of a key as written, CloudFormation's irregular
 * names included (from the schema's x-cfnName, read in model/cloudformation.ts).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service';
import { ruleContext } from '../../server/src/service/features/validate';
import { apiKey, spellKey } from '../../server/src/service/model/cloudformation';
import { apiKey as hoverApiKey } from '../../server/src/service/features/knowledge/task-path';

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
  it('reads CloudFormation spellings back to API names, the model and hover alike', () => {
    const doc = analyzeDocument(CFN, { uri: 'file:///stack.yaml' });
    for (const [raw, key] of [
      ['HostPort', 'hostPort'],
      ['EFSVolumeConfiguration', 'efsVolumeConfiguration'],
      ['FilesystemId', 'fileSystemId'],
      ['FileSystemId', 'fileSystemId'],
      ['IAM', 'iam'],
      ['EfsVolumeConfiguration', '\u0000EfsVolumeConfiguration'],
      ['hostPort', '\u0000hostPort'],
    ]) {
      assert.equal(apiKey(raw, 'pascal'), key, raw);
      assert.equal(hoverApiKey(doc, raw), key, raw);
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
