/**
 * CloudFormation templates (YAML and JSON): diagnostics at the right ranges with PascalCase names,
 * fixes applied in place, intrinsics silent, several task definitions per template, other
 * resources ignored.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, applyFix, validate } from '../../../server/src/service';
import type { FixEdit, Problem } from '../../../server/src/service';
import { ruleTester } from '../helpers/rule-tester';

const YAML = { uri: 'file:///template.yaml' };
const JSON_CFN = { uri: 'file:///template.json' };

const yamlTemplate = (mapping: string, mode = 'awsvpc') => `AWSTemplateFormatVersion: '2010-09-09'
Description: web tier   # comment
Resources:
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      NetworkMode: ${mode}
      ContainerDefinitions:
        - Name: web
          Image: nginx
          MemoryReservation: 128
          PortMappings:
            ${mapping}
  Service:
    Type: AWS::ECS::Service
    Properties:
      LoadBalancers:
        - ContainerName: web
          ContainerPort: 8080
`;

const jsonTemplate = (mapping: string) => `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Web": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "Family": "web",
        "NetworkMode": "awsvpc",
        "ContainerDefinitions": [
          {
            "Name": "web",
            "Image": "nginx",
            "MemoryReservation": 128,
            "PortMappings": [
              ${mapping}
            ]
          }
        ]
      }
    }
  }
}`;

ruleTester('host-port-mismatch', {
  valid: [
    { name: 'CFN YAML: equal ports', text: yamlTemplate('- { ContainerPort: 80, HostPort: 80 }'), options: YAML },
    { name: 'CFN YAML: !Ref host port', text: yamlTemplate('- { ContainerPort: 80, HostPort: !Ref HostPort }'), options: YAML },
    {
      name: 'CFN YAML: Fn::GetAtt container port',
      text: yamlTemplate('- ContainerPort:\n                Fn::GetAtt: [X, Port]\n              HostPort: 8080'),
      options: YAML,
    },
    {
      name: 'CFN YAML: !If network mode',
      text: yamlTemplate('- { ContainerPort: 80, HostPort: 8080 }', '!If [Fargate, awsvpc, bridge]'),
      options: YAML,
    },
    { name: 'CFN YAML: bridge', text: yamlTemplate('- { ContainerPort: 80, HostPort: 8080 }', 'bridge'), options: YAML },
    { name: 'CFN YAML: camelCase hostPort is not read', text: yamlTemplate('- { ContainerPort: 80, hostPort: 8080 }'), options: YAML },
    {
      name: 'CFN JSON: {"Ref"} host port',
      text: jsonTemplate('{ "ContainerPort": 80, "HostPort": { "Ref": "HostPort" } }'),
      options: JSON_CFN,
    },
    {
      name: 'CFN JSON: {"Fn::If"} mapping',
      text: jsonTemplate('{ "Fn::If": ["Tls", { "ContainerPort": 443, "HostPort": 1 }, { "Ref": "AWS::NoValue" }] }'),
      options: JSON_CFN,
    },
  ],
  invalid: [
    {
      name: 'CFN YAML block mapping',
      text: yamlTemplate('- ContainerPort: 80\n              HostPort: ⟦8080⟧ # public'),
      options: YAML,
      problems: [{ message: 'HostPort 8080 differs from ContainerPort 80 in awsvpc mode: omit HostPort' }],
      fixes: {
        'Remove HostPort': yamlTemplate('- ContainerPort: 80'),
        'Set HostPort to 80 (the ContainerPort)': yamlTemplate('- ContainerPort: 80\n              HostPort: 80 # public'),
      },
    },
    {
      name: 'CFN YAML flow mapping',
      text: yamlTemplate('- { ContainerPort: 80, HostPort: ⟦8080⟧ }'),
      options: YAML,
      problems: [{ message: 'HostPort 8080 differs from ContainerPort 80' }],
      fixes: {
        'Remove HostPort': yamlTemplate('- { ContainerPort: 80 }'),
        'Set HostPort to 80 (the ContainerPort)': yamlTemplate('- { ContainerPort: 80, HostPort: 80 }'),
      },
    },
    {
      name: 'CFN YAML: HostPort first in the item',
      text: yamlTemplate('- HostPort: ⟦8080⟧\n              ContainerPort: 80'),
      options: YAML,
      problems: [{ message: 'HostPort 8080 differs' }],
      fixes: { 'Remove HostPort': yamlTemplate('- ContainerPort: 80') },
    },
    {
      name: 'CFN JSON',
      text: jsonTemplate('{ "ContainerPort": 80, "HostPort": ⟦8080⟧ }'),
      options: JSON_CFN,
      problems: [{ message: 'HostPort 8080 differs from ContainerPort 80' }],
      fixes: { 'Remove HostPort': jsonTemplate('{ "ContainerPort": 80 }') },
    },
  ],
});

/** The first fix of `p` whose edits use `op`, applied to `text`. */
function applyOp(text: string, p: Problem | undefined, op: FixEdit['op']): string | undefined {
  const fix = p?.fixes.find((f) => f.edits.some((e) => e.op === op));
  assert.ok(fix, `no ${op} fix offered: ${JSON.stringify(p)}`);
  return applyFix(text, 'yaml', fix!);
}

describe('CloudFormation templates', () => {
  it('checks every task definition of a template, each on its own', () => {
    const text = `Resources:
  A:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: a
          Image: a
          MemoryReservation: 64
          PortMappings: [{ ContainerPort: 80, HostPort: 81 }]
  B:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: bridge
      ContainerDefinitions:
        - Name: b
          Image: b
          MemoryReservation: 64
          PortMappings: [{ ContainerPort: 80, HostPort: 81 }]
  C:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: host
      ContainerDefinitions:
        - Name: c
          Image: c
          MemoryReservation: 64
          PortMappings: [{ ContainerPort: 90, HostPort: 91 }]
`;
    const doc = analyzeDocument(text, YAML);
    assert.equal(doc.tasks.length, 3);
    const found = validate(doc).filter((p) => p.ruleId === 'host-port-mismatch');
    assert.deepEqual(
      found.map((p) => [text.slice(p.offset, p.offset + p.length), doc.positions.positionAt(p.offset).line]),
      [
        ['81', 9],
        ['91', 27],
      ],
    );
  });

  it('leaves values that are intrinsics, in both spellings, to nobody', () => {
    const text = `Resources:
  TD:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Ref Family
      NetworkMode: !If [IsFargate, awsvpc, bridge]
      RequiresCompatibilities: !Ref Compat
      Cpu: !FindInMap [Sizes, !Ref Size, Cpu]
      Memory: !Select [0, !Ref Memories]
      ExecutionRoleArn: !ImportValue exec-role
      TaskRoleArn:
        Fn::GetAtt: [Role, Arn]
      ContainerDefinitions:
        - Name: !Sub '\${AWS::StackName}-web'
          Image: !Join [':', [!Ref Repo, latest]]
          Essential: !Ref Essential
          Memory: !Ref Mem
          Links: !Ref Links
          Hostname: !Ref Host
          PortMappings:
            - ContainerPort: !Ref Port
              HostPort: !Ref HostPort
              Protocol: !Ref Proto
              Name: !Sub '\${Name}-port'
              AppProtocol: !Ref App
            - Fn::If: [HasTls, { ContainerPort: 443 }, !Ref AWS::NoValue]
          LogConfiguration:
            LogDriver: !Ref Driver
            Options: !Ref Opts
        - !If
          - HasSidecar
          - Name: sidecar
            Image: envoy
          - !Ref AWS::NoValue
`;
    const doc = analyzeDocument(text, YAML);
    assert.deepEqual(doc.syntaxErrors, []);
    assert.equal(doc.tasks.length, 1);
    assert.deepEqual(
      validate(doc).map((p) => `${p.ruleId}: ${p.message}`),
      [],
    );
    const json = JSON.stringify(
      {
        Resources: {
          TD: {
            Type: 'AWS::ECS::TaskDefinition',
            Properties: {
              Family: { Ref: 'F' },
              NetworkMode: { 'Fn::If': ['IsFargate', 'awsvpc', 'bridge'] },
              RequiresCompatibilities: { Ref: 'C' },
              Cpu: { 'Fn::FindInMap': ['S', { Ref: 'Size' }, 'Cpu'] },
              Memory: { 'Fn::Select': [0, { Ref: 'M' }] },
              ContainerDefinitions: [
                {
                  Name: { 'Fn::Sub': 'x' },
                  Image: { 'Fn::Join': [':', ['a', 'b']] },
                  Memory: { Ref: 'Mem' },
                  PortMappings: [{ ContainerPort: { Ref: 'P' }, HostPort: { Ref: 'H' }, Protocol: { Ref: 'Pr' } }],
                },
              ],
            },
          },
        },
      },
      null,
      2,
    );
    const jdoc = analyzeDocument(json, JSON_CFN);
    assert.equal(jdoc.tasks.length, 1);
    assert.deepEqual(
      validate(jdoc).map((p) => `${p.ruleId}: ${p.message}`),
      [],
    );
  });

  it('gives nothing to the rest of the template', () => {
    const text = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      containerDefinitions: 1
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
`;
    const doc = analyzeDocument(text, YAML);
    assert.equal(doc.tasks.length, 0);
    assert.deepEqual(validate(doc), []);
  });

  it('applies insert, rename and set fixes of other rules in place', () => {
    const text = `Resources:
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      RequiresCompatibilities: [FARGATE]
      Cpu: '256'
      Memory: '512'
      ContainerDefinitions:
        - Name: web
          Image: nginx
          PortMappings:
            - containerPort: 80
              Protocol: TCP
`;
    const problems = validate(analyzeDocument(text, YAML));
    const byRule = (id: string) => problems.find((p) => p.ruleId === id);
    const inserted = applyOp(text, byRule('fargate-requires-awsvpc'), 'insert');
    assert.equal(inserted, text.replace('      Family: web\n', '      Family: web\n      NetworkMode: awsvpc\n'));
    assert.equal(applyOp(text, byRule('unknown-property'), 'rename'), text.replace('containerPort', 'ContainerPort'));
    assert.equal(applyOp(text, byRule('invalid-enum-value'), 'set'), text.replace('TCP', 'tcp'));
  });

  it('unwraps describe-task-definition output written as YAML', () => {
    const text =
      'taskDefinition:\n  family: web\n  containerDefinitions:\n    - name: web\n      image: nginx\n      memory: 128\ntags: []\n';
    const doc = analyzeDocument(text, { uri: 'file:///describe.yaml' });
    assert.equal(doc.tasks[0]?.kind, 'describe');
    const p = validate(doc).find((x) => x.fixes.some((f) => f.edits.length === 1 && f.edits[0].op === 'unwrap'));
    assert.equal(applyOp(text, p, 'unwrap'), 'family: web\ncontainerDefinitions:\n  - name: web\n    image: nginx\n    memory: 128\n');
  });
});
