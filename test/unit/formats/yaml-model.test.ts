/** YAML → the format-neutral model: ranges, intrinsics as unknown, key normalisation, detection. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/service';
import { type ValueNode, asArray, asObject, get, getProperty } from '../../../server/src/service/model/nodes';
import { parseYaml } from '../../../server/src/service/parse/yaml';

const yaml = (text: string) => analyzeDocument(text, { uri: 'file:///template.yaml' });
const src = (text: string, n: ValueNode | undefined) => (n ? text.slice(n.offset, n.offset + n.length) : undefined);

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Port: { Type: Number }
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '\${AWS::StackName}-logs'
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Ref AWS::StackName   # intrinsic
      NetworkMode: awsvpc
      Cpu: '256'
      TaskRoleArn:
        Fn::If: [HasRole, !Ref Role, !Ref AWS::NoValue]
      ExecutionRoleArn: !GetAtt ExecRole.Arn
      ContainerDefinitions:
        - Name: web
          Image: !Sub
            - '\${Repo}:latest'
            - Repo: !ImportValue repo
          Essential: true
          Command: |
            echo hello
            echo world
          PortMappings:
            - ContainerPort: !Ref Port
              HostPort: 8080
            - { ContainerPort: 443, HostPort: !FindInMap [Ports, !Ref Env, Https] }
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: /ecs/web
              Awslogs-Region: eu-west-1
          portMappings: []
          Hostname:
      Volumes:
        - Name: data
          EFSVolumeConfiguration:
            FilesystemId: fs-1
            AuthorizationConfig: { IAM: ENABLED }
  Worker:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: worker
          Image: busybox
`;

describe('YAML model', () => {
  const doc = yaml(TEMPLATE);

  it('parses CloudFormation short-form tags without errors or warnings', () => {
    assert.equal(doc.format, 'yaml');
    assert.deepEqual(doc.syntaxErrors, []);
  });

  it('finds every AWS::ECS::TaskDefinition resource and nothing else', () => {
    assert.equal(doc.keyStyle, 'pascal');
    assert.deepEqual(
      doc.tasks.map((t) => [t.kind, t.resourceName, t.containers.length]),
      [
        ['cloudformation', 'Web', 1],
        ['cloudformation', 'Worker', 1],
      ],
    );
  });

  it('normalises PascalCase keys to camelCase and keeps the raw spelling', () => {
    const task = doc.tasks[0].task!;
    assert.equal(getProperty(task, 'networkMode')?.rawKey, 'NetworkMode');
    assert.equal(doc.tasks[0].networkMode.effective, 'awsvpc');
    const c = doc.tasks[0].containers[0].node;
    assert.ok(getProperty(c, 'portMappings'));
    // a camelCase key in CloudFormation is kept apart so no rule reads it
    assert.ok(c.properties.some((p) => p.key === 'portMappings' && p.spelling === 'foreign' && p.rawKey === 'portMappings'));
    assert.equal(doc.tasks[0].containers[0].portMappings.length, 2, 'the lower-case twin is not read');
  });

  it("keeps the user's own keys in map-valued fields and maps special CloudFormation names", () => {
    const c = doc.tasks[0].containers[0].node;
    const options = asObject(get(asObject(get(c, 'logConfiguration')), 'options'));
    assert.deepEqual(
      options?.properties.map((p) => p.key),
      ['awslogs-group', 'Awslogs-Region'],
    );
    const vol = asObject(asArray(get(doc.tasks[0].task, 'volumes'))?.items[0]);
    const efs = asObject(get(vol, 'efsVolumeConfiguration'));
    assert.ok(efs, 'EFSVolumeConfiguration → efsVolumeConfiguration');
    assert.ok(getProperty(efs, 'fileSystemId'), 'FilesystemId → fileSystemId');
    assert.ok(getProperty(asObject(get(efs, 'authorizationConfig')), 'iam'), 'IAM → iam');
  });

  it('reads every intrinsic spelling as unknown, with the tag inside the range', () => {
    const task = doc.tasks[0].task!;
    assert.equal(get(task, 'family')?.type, 'unknown');
    assert.equal(src(TEMPLATE, get(task, 'family')), '!Ref AWS::StackName');
    assert.equal(get(task, 'taskRoleArn')?.type, 'unknown', 'Fn::If long form');
    assert.equal(src(TEMPLATE, get(task, 'executionRoleArn')), '!GetAtt ExecRole.Arn');
    const c = doc.tasks[0].containers[0];
    assert.equal(get(c.node, 'image')?.type, 'unknown', '!Sub with a list');
    assert.equal(src(TEMPLATE, get(c.node, 'image'))?.startsWith('!Sub\n'), true);
    const [pm0, pm1] = c.portMappings.map((p) => p.node);
    assert.equal(src(TEMPLATE, get(pm0, 'containerPort')), '!Ref Port');
    assert.equal(get(pm1, 'hostPort')?.type, 'unknown');
    assert.equal(src(TEMPLATE, get(pm1, 'hostPort')), '!FindInMap [Ports, !Ref Env, Https]');
  });

  it('gives values and keys their exact source ranges', () => {
    const c = doc.tasks[0].containers[0];
    const hostPort = getProperty(c.portMappings[0].node, 'hostPort')!;
    assert.equal(TEMPLATE.slice(hostPort.keyOffset, hostPort.keyOffset + hostPort.keyLength), 'HostPort');
    assert.equal(src(TEMPLATE, hostPort.value), '8080');
    assert.equal(TEMPLATE.slice(hostPort.offset, hostPort.offset + hostPort.length), 'HostPort: 8080');
    assert.equal(src(TEMPLATE, get(doc.tasks[0].task, 'cpu')), "'256'");
    assert.equal(
      src(TEMPLATE, get(c.node, 'command')),
      '|\n            echo hello\n            echo world',
      'block scalar without trailing newline',
    );
    assert.equal(src(TEMPLATE, c.portMappings[1].node), '{ ContainerPort: 443, HostPort: !FindInMap [Ports, !Ref Env, Https] }');
    const pms = get(c.node, 'portMappings')!;
    assert.ok(src(TEMPLATE, pms)!.endsWith('Https] }'), 'a block sequence ends at its last item');
  });

  it('treats an empty value as missing, like JSON while typing', () => {
    const c = doc.tasks[0].containers[0].node;
    const hostname = getProperty(c, 'hostname')!;
    assert.equal(hostname.value, undefined);
  });

  it('reads scalars with their YAML 1.2 types', () => {
    const t = `containerDefinitions:\n  - name: a\n    essential: true\n    memory: 512\n    cpu: "256"\n    user: ~\n    links: [a, 'b']\n`;
    const d = yaml(t);
    assert.equal(d.keyStyle, 'camel', 'a --cli-input-yaml task definition keeps API names');
    const c = d.tasks[0].containers[0].node;
    assert.deepEqual(
      ['essential', 'memory', 'cpu', 'user'].map((k) => get(c, k)?.type),
      ['boolean', 'number', 'string', 'null'],
    );
    assert.deepEqual(
      asArray(get(c, 'links'))?.items.map((i) => i.type),
      ['string', 'string'],
    );
  });

  it('reads aliases, unknown local tags and template expressions as unknown', () => {
    const t = `containerDefinitions:\n  - &c\n    name: a\n    image: !Custom x\n    memory: {{ .Memory }}\n    cpu: *cpu\n`;
    const d = yaml(t);
    const c = d.tasks[0].containers[0].node;
    assert.deepEqual(
      ['image', 'memory', 'cpu'].map((k) => get(c, k)?.type),
      ['unknown', 'unknown', 'unknown'],
    );
    assert.equal(src(t, get(c, 'memory')), '{{ .Memory }}');
  });

  it('reports real YAML errors at their offsets', () => {
    const t = 'Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: a\n      Family: b\n     Cpu: 1\n';
    const errors = parseYaml(t).syntaxErrors;
    assert.ok(errors.length >= 2, JSON.stringify(errors));
    assert.ok(errors.some((e) => /unique/i.test(e.message) && t.slice(e.offset, e.offset + 6) === 'Family'));
    assert.ok(
      errors.every((e) => !/\n/.test(e.message)),
      'messages are one line',
    );
  });

  it('does not parse YAML that cannot hold a task definition (workflows, compose files)', () => {
    const workflow = 'name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n';
    const compose = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';
    for (const t of [workflow, compose]) {
      const d = yaml(t);
      assert.equal(d.tasks.length, 0);
      assert.equal(d.root, undefined);
      assert.deepEqual(d.syntaxErrors, []);
    }
  });

  it('reads only the first document of a multi-document stream', () => {
    const t = '---\ncontainerDefinitions:\n  - name: a\n    image: b\n---\nother: 1\n';
    const d = yaml(t);
    assert.equal(d.tasks.length, 1);
    assert.deepEqual(d.syntaxErrors, []);
  });
});
