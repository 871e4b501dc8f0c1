/** Terraform resources → task definitions: jsonencode, heredoc JSON, arguments mapped to API names, unknowns. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../../server/src/service';
import { useTerraform } from '../helpers/terraform';
import { TF_URI, at, problems } from '../helpers/terraform-fix';

useTerraform();

const JSONENCODE = `resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  network_mode             = "awsvpc" # the task's own ENI
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = "512"
  execution_role_arn       = aws_iam_role.exec.arn

  container_definitions = jsonencode([
    {
      name      = "web"
      "image"   = "nginx:\${var.tag}"
      essential = true
      portMappings = [
        { containerPort = 80, hostPort = 8080 }
      ]
    }
  ])
}
`;

describe('Terraform model', () => {
  it('reads an aws_ecs_task_definition resource with jsonencode containers', () => {
    const doc = analyzeDocument(JSONENCODE, { uri: TF_URI });
    assert.equal(doc.format, 'terraform');
    assert.equal(doc.tasks.length, 1);
    const [task] = doc.tasks;
    assert.equal(task.kind, 'terraform');
    assert.equal(task.resourceName, 'aws_ecs_task_definition.app');
    assert.equal(task.networkMode.effective, 'awsvpc');
    assert.equal(task.fargate, true);
    assert.equal(task.containers.length, 1);
    assert.equal(task.containers[0].name, 'web');
    const cpu = task.task!.properties.find((p) => p.key === 'cpu')!;
    assert.deepEqual(
      [cpu.value?.type, cpu.value?.type === 'string' && cpu.value.value],
      ['string', '256'],
      'Terraform turns cpu = 256 into the string "256"',
    );
    const image = task.containers[0].node.properties.find((p) => p.key === 'image')!;
    assert.equal(image.value?.type, 'unknown', 'an interpolated string is unknown');
    assert.equal(at(JSONENCODE, image), '"image"   = "nginx:${var.tag}"');
  });

  it('reports the mistake at its place in the .tf file', () => {
    const found = problems(JSONENCODE);
    assert.deepEqual(
      found.map((p) => `${p.ruleId} @ ${at(JSONENCODE, p)}`),
      ['host-port-mismatch @ 8080'],
    );
    assert.match(found[0].message, /hostPort 8080 differs from containerPort 80 in awsvpc mode/);
  });

  it('names the resource arguments the Terraform way in messages', () => {
    const text = JSONENCODE.replace('"awsvpc" # the task\'s own ENI', '"bridge"');
    const [p] = problems(text).filter((x) => x.ruleId === 'fargate-requires-awsvpc');
    assert.ok(p);
    assert.match(p.message, /must use network_mode awsvpc, not bridge/);
    assert.equal(at(text, p), '"bridge"');
  });

  it('reads heredoc JSON (<<-EOF) with offsets into the .tf file and ${} masked', () => {
    const text = `resource "aws_ecs_task_definition" "h" {
  family       = "h"
  network_mode = "host"
  container_definitions = <<-EOF
    [
      {
        "name": "web", "image": "nginx", "memory": \${var.memory},
        "portMappings": [{ "containerPort": 80, "hostPort": 81 }]
      }
    ]
  EOF
}
`;
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => `${p.ruleId} @ ${at(text, p)}`),
      ['host-port-mismatch @ 81'],
    );
    assert.match(found[0].message, /in host mode/);
  });

  it('reads <<EOF heredocs too, and reports JSON syntax errors inside them', () => {
    const text = `resource "aws_ecs_task_definition" "h" {
  family = "h"
  container_definitions = <<EOF
[{"name": "web", "image": "nginx", "memory": 256, "portMappings": [{"containerPort": 0}]},]
EOF
}
`;
    const doc = analyzeDocument(text, { uri: TF_URI });
    assert.equal(doc.tasks[0].containers.length, 1);
    assert.deepEqual(
      problems(text).map((p) => `${p.ruleId} @ ${at(text, p)}`),
      ['port-out-of-range @ 0'],
    );
    const broken = text.replace('"nginx",', '"nginx"');
    assert.ok(analyzeDocument(broken, { uri: TF_URI }).syntaxErrors.length > 0);
  });

  it('treats variables, locals, function calls, conditionals and for expressions as unknown (silence)', () => {
    const text = `resource "aws_ecs_task_definition" "u" {
  family       = var.family
  network_mode = local.mode
  container_definitions = jsonencode([
    {
      name         = local.name
      image        = "nginx"
      memory       = var.memory
      hostname     = var.enable ? "x" : null
      portMappings = [for p in var.ports : { containerPort = p, hostPort = p + 1 }]
      environment  = concat(local.env, [{ name = "A", value = "1" }])
    },
    local.sidecar,
  ])
}
`;
    const doc = analyzeDocument(text, { uri: TF_URI });
    assert.equal(doc.tasks[0].networkMode.effective, undefined);
    assert.deepEqual(
      problems(text).map((p) => p.ruleId),
      [],
    );
  });

  it('leaves the container definitions unknown for jsonencode(local.x) and data sources', () => {
    for (const expr of ['jsonencode(local.containers)', 'data.template_file.x.rendered', 'jsonencode(concat(local.a, local.b))']) {
      const text = `resource "aws_ecs_task_definition" "u" {\n  family = "u"\n  network_mode = "awsvpc"\n  container_definitions = ${expr}\n}\n`;
      const doc = analyzeDocument(text, { uri: TF_URI });
      assert.equal(doc.tasks.length, 1);
      assert.equal(doc.tasks[0].containersNode, undefined, expr);
      assert.deepEqual(
        problems(text).map((p) => p.ruleId),
        [],
        expr,
      );
    }
  });

  it('maps blocks: runtime_platform, volume (repeated), dynamic blocks are unknown', () => {
    const text = `resource "aws_ecs_task_definition" "w" {
  family                   = "w"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "1024"
  memory                   = "2048"
  runtime_platform {
    operating_system_family = "WINDOWS_SERVER_2019_CORE"
    cpu_architecture        = "X86_64"
  }
  volume {
    name = "a"
  }
  volume {
    name = "b"
    docker_volume_configuration {
      scope = "task"
    }
  }
  container_definitions = jsonencode([{ name = "w", image = "mcr.microsoft.com/windows", essential = true }])
}
`;
    const doc = analyzeDocument(text, { uri: TF_URI });
    const task = doc.tasks[0];
    assert.equal(task.os, 'windows');
    const volumes = task.task!.properties.find((p) => p.key === 'volumes')!;
    assert.equal(volumes.value?.type === 'array' && volumes.value.items.length, 2);
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => `${p.ruleId} @ ${at(text, p).split('\n')[0]}`),
      ['fargate-unsupported-parameter @ docker_volume_configuration'],
    );
    const dynamic = text.replace(
      / {2}volume \{\n {4}name = "b"[\s\S]*?\n {4}\}\n {2}\}\n/,
      '  dynamic "volume" {\n    for_each = var.volumes\n    content { name = volume.value }\n  }\n',
    );
    assert.notEqual(dynamic, text);
    assert.deepEqual(
      problems(dynamic).map((p) => p.ruleId),
      [],
    );
  });

  it('reads every task resource of a file and ignores other resources', () => {
    const text = `${JSONENCODE}
resource "aws_ecs_service" "svc" {
  name = "svc"
  network_configuration { subnets = [] }
}
resource "aws_ecs_task_definition" "second" {
  family = "second"
  network_mode = "bridge"
  container_definitions = jsonencode([{ name = "x", image = "x", memory = 128, portMappings = [{ containerPort = 80, hostPort = 22 }] }])
}
`;
    const doc = analyzeDocument(text, { uri: TF_URI });
    assert.deepEqual(
      doc.tasks.map((t) => t.resourceName),
      ['aws_ecs_task_definition.app', 'aws_ecs_task_definition.second'],
    );
    assert.deepEqual(
      problems(text).map((p) => p.ruleId),
      ['host-port-mismatch', 'reserved-host-port'],
    );
  });

  it('gives files without task definitions nothing, and broken HCL no crash', () => {
    assert.equal(analyzeDocument('variable "x" {}\nresource "aws_s3_bucket" "b" {}\n', { uri: TF_URI }).tasks.length, 0);
    for (const text of [
      'resource "aws_ecs_task_definition" "x" {',
      'resource "aws_ecs_task_definition" "x" { container_definitions = jsonencode([{ name = ',
      '}}}{{{',
      '',
    ]) {
      const doc = analyzeDocument(text, { uri: TF_URI });
      assert.doesNotThrow(() => problems(text));
      assert.ok(doc.tasks.length <= 1);
    }
  });

  it('recognises Terraform by language id (terraform, hcl) and by the .tf name', () => {
    for (const [languageId, uri] of [
      ['terraform', 'untitled:1'],
      ['hcl', 'file:///a/b.hcl'],
      [undefined, 'file:///a/main.tf'],
    ] as const) {
      assert.equal(analyzeDocument(JSONENCODE, { uri, languageId }).format, 'terraform', `${languageId} ${uri}`);
    }
  });
});

describe('Terraform robustness', () => {
  it('never throws while a .tf file is typed (every prefix) and finds nothing in half-written values', async () => {
    const { doComplete, doHover, validate } = await import('../../../server/src/service');
    for (let end = 0; end <= JSONENCODE.length; end += 3) {
      const text = JSONENCODE.slice(0, end);
      const doc = analyzeDocument(text, { uri: TF_URI });
      const found = validate(doc);
      doHover(doc, Math.max(0, end - 2), found);
      doComplete(doc, Math.max(0, end - 1));
      for (const p of found) assert.ok(p.offset + p.length <= text.length, `range inside the text at ${end}`);
    }
  });

  it('reads object elements written with ":" and keys in quotes, and interpolated numbers as unknown', () => {
    const text = `resource "aws_ecs_task_definition" "c" {
  family       = "c"
  network_mode = "host"
  container_definitions = jsonencode([{ "name": "web", "image": "nginx", "memory": 64, "portMappings": [{ "containerPort": 80, "hostPort": "\${var.port}" }, { containerPort: 81, hostPort: 82 }] }])
}
`;
    assert.deepEqual(
      problems(text).map((p) => `${p.ruleId} @ ${at(text, p)}`),
      ['host-port-mismatch @ 82'],
    );
  });
});
