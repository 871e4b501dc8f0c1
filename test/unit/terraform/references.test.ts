/** file() / templatefile(): the referenced container array is checked with the loading resource's facts. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, referencedTaskContext, terraformReferences, validate } from '../../../server/src/service';
import { useTerraform } from '../helpers/terraform';
import { TF_URI, at, problems } from '../helpers/terraform-fix';

useTerraform();

const MAIN = `resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  container_definitions    = templatefile("\${path.module}/templates/app.json.tpl", { image = var.image })
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  network_mode          = "host"
  container_definitions = file("worker.json")
}

resource "aws_ecs_task_definition" "legacy" {
  family                = "legacy"
  container_definitions = "\${file("task-definitions/service.json")}"
}

resource "aws_ecs_task_definition" "computed" {
  family                = "computed"
  container_definitions = file(var.path)
}
`;

const TEMPLATE = `[
  {
    "name": "app",
    "image": "\${image}",
    "essential": true,
    "hostname": "app",
    "portMappings": [{ "containerPort": 80, "hostPort": 8080 }]
  }
]
`;

function contextFor(path: string) {
  const doc = analyzeDocument(MAIN, { uri: TF_URI });
  const ref = terraformReferences(doc).find((r) => r.path === path);
  assert.ok(ref, `a reference to ${path}`);
  return referencedTaskContext(ref, TF_URI);
}

describe('file() and templatefile() references', () => {
  it('lists literal paths (${path.module}/ dropped, 0.11 "${file(…)}" too), not computed ones', () => {
    const doc = analyzeDocument(MAIN, { uri: TF_URI });
    const refs = terraformReferences(doc);
    assert.deepEqual(
      refs.map((r) => [r.resource, r.function, r.path, at(MAIN, r)]),
      [
        ['aws_ecs_task_definition.app', 'templatefile', 'templates/app.json.tpl', '"${path.module}/templates/app.json.tpl"'],
        ['aws_ecs_task_definition.worker', 'file', 'worker.json', '"worker.json"'],
        ['aws_ecs_task_definition.legacy', 'file', 'task-definitions/service.json', '"task-definitions/service.json"'],
      ],
    );
    assert.deepEqual(
      problems(MAIN).map((p) => p.ruleId),
      [],
      'the .tf itself is fine: its containers are elsewhere',
    );
  });

  it('checks a template with the network mode and launch type of the resource, in the template', () => {
    const alone = analyzeDocument(TEMPLATE, { uri: 'file:///infra/templates/app.json.tpl' });
    assert.deepEqual(
      validate(alone).map((p) => p.ruleId),
      [],
      'alone, the network mode is unknown',
    );
    const doc = analyzeDocument(TEMPLATE, {
      uri: 'file:///infra/templates/app.json.tpl',
      taskContext: contextFor('templates/app.json.tpl'),
    });
    const found = validate(doc);
    assert.deepEqual(
      found.map((p) => `${p.ruleId} @ ${at(TEMPLATE, p)}`),
      ['hostname-in-awsvpc @ "hostname"', 'host-port-mismatch @ 8080'],
    );
    assert.match(found[1].message, /in awsvpc mode/);
  });

  it('uses host mode for file("worker.json") of a host-mode resource', () => {
    const worker = '[{ "name": "w", "image": "busybox", "memory": 64, "portMappings": [{ "containerPort": 80, "hostPort": 81 }] }]';
    const doc = analyzeDocument(worker, { uri: 'file:///infra/worker.json', taskContext: contextFor('worker.json') });
    assert.deepEqual(
      validate(doc).map((p) => `${p.ruleId} @ ${at(worker, p)}`),
      ['host-port-mismatch @ 81'],
    );
  });
});
