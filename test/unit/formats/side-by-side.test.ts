/**
 * One task definition, four formats: register-task-definition JSON, CloudFormation YAML,
 * CloudFormation JSON and a container-definition array. The same rules must fire at
 * corresponding ranges (the container array gets the container-level subset).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, validate } from '../../../server/src/service';
import { useTerraform } from '../helpers/terraform';

useTerraform();

const REGISTER = `{
  "family": "web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/exec",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx",
      "essential": true,
      "memoryReservation": 128,
      "hostname": "web",
      "portMappings": [
        { "containerPort": 80, "hostPort": 8080, "protocol": "TCP" },
        { "containerPort": 70000 }
      ],
      "environment": [
        { "name": "MODE", "value": "a" },
        { "name": "MODE", "value": "b" }
      ]
    }
  ]
}`;

const CFN_YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Image: { Type: String }
Resources:
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      Cpu: '256'
      Memory: '512'
      ExecutionRoleArn: arn:aws:iam::123456789012:role/exec
      ContainerDefinitions:
        - Name: web
          Image: nginx
          Essential: true
          MemoryReservation: 128
          Hostname: web
          PortMappings:
            - { ContainerPort: 80, HostPort: 8080, Protocol: TCP }
            - ContainerPort: 70000
          Environment:
            - Name: MODE
              Value: a
            - Name: MODE
              Value: b
  Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Web
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-1]
`;

/** Register JSON → CloudFormation JSON: PascalCase keys below Properties. */
function toCfn(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toCfn);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), toCfn(v)]));
  }
  return value;
}
const CFN_JSON = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: { Web: { Type: 'AWS::ECS::TaskDefinition', Properties: toCfn(JSON.parse(REGISTER)) } },
  },
  null,
  2,
);

const CONTAINERS = `[
    {
      "name": "web",
      "image": "nginx",
      "essential": true,
      "memoryReservation": 128,
      "hostname": "web",
      "portMappings": [
        { "containerPort": 80, "hostPort": 8080, "protocol": "TCP" },
        { "containerPort": 70000 }
      ],
      "environment": [
        { "name": "MODE", "value": "a" },
        { "name": "MODE", "value": "b" }
      ]
    }
]`;

const TERRAFORM = `resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  execution_role_arn       = "arn:aws:iam::123456789012:role/exec"

  container_definitions = jsonencode([
    {
      name              = "web"
      image             = "nginx"
      essential         = true
      memoryReservation = 128
      hostname          = "web"
      portMappings = [
        { containerPort = 80, hostPort = 8080, protocol = "TCP" },
        { containerPort = 70000 }
      ]
      environment = [
        { name = "MODE", value = "a" },
        { name = "MODE", value = "b" }
      ]
    }
  ])
}
`;

/** The same resource with the container definitions as heredoc JSON (the container array above). */
const TERRAFORM_HEREDOC = TERRAFORM.replace(/jsonencode\(\[[\s\S]*\]\)/, `<<-EOF\n${CONTAINERS}\n  EOF`);

/** Rule id and the text at its range, quotes and case dropped so the formats compare. */
function findings(text: string, uri: string): string[] {
  const doc = analyzeDocument(text, { uri });
  assert.deepEqual(doc.syntaxErrors, [], uri);
  assert.equal(doc.tasks.length, 1, uri);
  return validate(doc)
    .map(
      (p) =>
        `${p.ruleId} @ ${text
          .slice(p.offset, p.offset + p.length)
          .replace(/["']/g, '')
          .toLowerCase()}`,
    )
    .sort();
}

describe('the same task definition in every format', () => {
  const register = findings(REGISTER, 'file:///task-definition.json');
  const cfnYaml = findings(CFN_YAML, 'file:///template.yaml');
  const cfnJson = findings(CFN_JSON, 'file:///template.json');
  const containers = findings(CONTAINERS, 'file:///containers.json');

  it('register JSON finds the planted mistakes', () => {
    for (const f of [
      'host-port-mismatch @ 8080',
      'invalid-enum-value @ tcp',
      'port-out-of-range @ 70000',
      'duplicate-environment-variable @ mode',
      'hostname-in-awsvpc @ hostname',
    ]) {
      assert.ok(
        register.some((x) => x.startsWith(f.split(' @ ')[0]) && x.endsWith(f.split(' @ ')[1])),
        `${f} missing from ${JSON.stringify(register)}`,
      );
    }
  });

  it('CloudFormation YAML reports the same rules at the same places', () => {
    assert.deepEqual(cfnYaml, register);
  });

  it('CloudFormation JSON reports the same rules at the same places', () => {
    assert.deepEqual(cfnJson, register);
  });

  it('Terraform (jsonencode and heredoc JSON) reports the same rules at the same places', () => {
    assert.deepEqual(findings(TERRAFORM, 'file:///main.tf'), register);
    assert.ok(TERRAFORM_HEREDOC.includes('container_definitions = <<-EOF\n[\n'));
    assert.deepEqual(findings(TERRAFORM_HEREDOC, 'file:///heredoc.tf'), register);
  });

  it('a container array reports the container-level subset', () => {
    assert.ok(
      containers.every((c) => register.includes(c)),
      `not in register: ${containers.filter((c) => !register.includes(c))}`,
    );
    for (const f of ['invalid-enum-value @ tcp', 'port-out-of-range @ 70000', 'duplicate-environment-variable @ mode'])
      assert.ok(containers.includes(f), `${f} missing`);
    for (const id of ['host-port-mismatch', 'hostname-in-awsvpc'])
      assert.ok(!containers.some((c) => c.startsWith(`${id} `)), `${id} needs the network mode`);
  });
});
