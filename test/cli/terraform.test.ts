/** `ecs-taskdef lint` on Terraform: .tf files in directories, file() targets checked with the resource's mode, --fix edits HCL. */
import { describe, it, before } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './helpers';
import { TF_FARGATE_SERVICE, tfService } from '../unit/helpers/terraform-service';

const MAIN = `resource "aws_ecs_task_definition" "app" {
  family       = "app"
  network_mode = "awsvpc"
  container_definitions = jsonencode([
    { name = "web", image = "nginx", memory = 256, portMappings = [{ containerPort = 80, hostPort = 8080 }] }
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family                = "worker"
  network_mode          = "host"
  container_definitions = templatefile("\${path.module}/templates/worker.json.tpl", { image = var.image })
}
`;
const WORKER = '[{ "name": "w", "image": "${image}", "memory": 64, "portMappings": [{ "containerPort": 80, "hostPort": 81 }] }]\n';

/** `ecs-taskdef lint` with these arguments (its wait times out: see cli()). */
const lint = (...args: string[]) => cli(['lint', ...args]);

describe('ecs-taskdef lint, Terraform', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-tf-cli-'));
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'main.tf'), MAIN);
    writeFileSync(join(dir, 'templates', 'worker.json.tpl'), WORKER);
  });

  it('reports the .tf mistake and the template mistake (host mode from the resource) in their own files', () => {
    const r = lint(dir);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.ok(
      lines.some((l) => l.startsWith(`${join(dir, 'main.tf')}:5:101  error  hostPort 8080 differs from containerPort 80 in awsvpc mode`)),
      r.stdout,
    );
    assert.ok(
      lines.some((l) =>
        l.startsWith(`${join(dir, 'templates', 'worker.json.tpl')}:1:104  error  hostPort 81 differs from containerPort 80 in host mode`),
      ),
      r.stdout,
    );
  });

  it('checks the template given alone without a network mode (nothing to report)', () => {
    const r = lint(join(dir, 'templates', 'worker.json.tpl'));
    assert.equal(r.code, 0, r.stdout);
  });

  it('--fix removes hostPort from the HCL and from the template', () => {
    const copy = mkdtempSync(join(tmpdir(), 'ecs-taskdef-tf-fix-'));
    mkdirSync(join(copy, 'templates'));
    writeFileSync(join(copy, 'main.tf'), MAIN);
    writeFileSync(join(copy, 'templates', 'worker.json.tpl'), WORKER);
    const r = lint('--fix', copy);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(join(copy, 'main.tf'), 'utf8'), MAIN.replace(', hostPort = 8080', ''));
    assert.equal(readFileSync(join(copy, 'templates', 'worker.json.tpl'), 'utf8'), WORKER.replace(', "hostPort": 81', ''));
  });
});

describe('ecs-taskdef lint, Terraform services', () => {
  it('reports an aws_ecs_service load balancer port the task does not map (exit 1, rule id), and nothing once fixed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-tf-svc-'));
    const bad = tfService({ service: TF_FARGATE_SERVICE.replace('container_port   = 8080', 'container_port   = 80') });
    writeFileSync(join(dir, 'main.tf'), bad);
    const r = lint(join(dir, 'main.tf'));
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const line = bad.slice(0, bad.indexOf('container_port   = 80')).split('\n').length;
    assert.match(
      r.stdout,
      new RegExp(`main\\.tf:${line}:24 +error +The load balancer of service aws_ecs_service\\.web .*service-container-port-not-mapped`),
    );
    writeFileSync(join(dir, 'main.tf'), tfService());
    assert.equal(lint(join(dir, 'main.tf')).code, 0);
  });
});
