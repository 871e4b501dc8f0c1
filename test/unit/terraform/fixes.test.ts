/** Every fix offered in a .tf file edits the HCL (or the heredoc JSON) in place: applies, still parses, problem gone. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { useTerraform } from '../helpers/terraform';
import { applyTfFix } from '../helpers/terraform-fix';
import { tfTask } from '../helpers/terraform-task';

useTerraform();

const MULTILINE = tfTask(
  `  family       = "app"
  network_mode = "awsvpc"`,
  `jsonencode([
    {
      name  = "web"
      image = "nginx"
      memory = 256
      portMappings = [
        {
          containerPort = 80
          hostPort      = 8080 # the old port
          protocol      = "tcp"
        },
      ]
    }
  ])`,
);

describe('Terraform fixes', () => {
  it('removes the hostPort line in a multi-line jsonencode object, keeping the comment-free neighbours', () => {
    const after = applyTfFix(MULTILINE, 'host-port-mismatch', 'Remove hostPort');
    assert.equal(after, MULTILINE.replace('          hostPort      = 8080 # the old port\n', ''));
  });

  it('sets hostPort to the containerPort in place', () => {
    const after = applyTfFix(MULTILINE, 'host-port-mismatch', 'Set hostPort to 80 (the containerPort)');
    assert.equal(after, MULTILINE.replace('hostPort      = 8080', 'hostPort      = 80'));
  });

  it('removes an inline element with its comma', () => {
    const text = tfTask(
      '  family = "app"\n  network_mode = "awsvpc"',
      'jsonencode([{ name = "web", image = "nginx", memory = 256, portMappings = [{ containerPort = 80, hostPort = 8080 }] }])',
    );
    assert.equal(applyTfFix(text, 'host-port-mismatch', 'Remove hostPort'), text.replace(', hostPort = 8080', ''));
    const first = text.replace('{ containerPort = 80, hostPort = 8080 }', '{ hostPort = 8080, containerPort = 80 }');
    assert.equal(applyTfFix(first, 'host-port-mismatch', 'Remove hostPort'), text.replace(', hostPort = 8080', ''));
  });

  it('edits quoted keys and heredoc JSON', () => {
    const quoted = tfTask(
      '  family = "app"\n  network_mode = "host"',
      'jsonencode([{ "name" = "web", "image" = "nginx", "memory" = 256, "portMappings" = [{ "containerPort" = 80, "hostPort" = 81 }] }])',
    );
    assert.equal(applyTfFix(quoted, 'host-port-mismatch', 'Remove hostPort'), quoted.replace(', "hostPort" = 81', ''));
    const heredoc = tfTask(
      '  family = "app"\n  network_mode = "host"',
      `<<-EOF
    [
      {
        "name": "web", "image": "nginx", "memory": \${var.memory},
        "portMappings": [
          { "containerPort": 80, "hostPort": 81 }
        ]
      }
    ]
  EOF`,
    );
    assert.equal(applyTfFix(heredoc, 'host-port-mismatch', 'Remove hostPort'), heredoc.replace(', "hostPort": 81', ''));
    assert.equal(
      applyTfFix(heredoc, 'host-port-mismatch', 'Set hostPort to 80 (the containerPort)'),
      heredoc.replace('"hostPort": 81', '"hostPort": 80'),
    );
  });

  it('sets a task argument (network_mode on Fargate) and keeps the alignment', () => {
    const text = tfTask(
      `  family                   = "app"
  network_mode             = "bridge"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"`,
      'jsonencode([{ name = "web", image = "nginx" }])',
    );
    assert.equal(applyTfFix(text, 'fargate-requires-awsvpc', 'Set network_mode to awsvpc'), text.replace('"bridge"', '"awsvpc"'));
  });

  it('inserts a missing task argument after its anchor, aligned with its neighbours', () => {
    const text = tfTask(
      `  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512" # half a GiB`,
      'jsonencode([{ name = "web", image = "nginx" }])',
    );
    const after = applyTfFix(text, 'fargate-requires-awsvpc', 'Add "network_mode": "awsvpc"');
    assert.equal(
      after,
      text.replace('  family                   = "app"\n', '  family                   = "app"\n  network_mode             = "awsvpc"\n'),
    );
  });

  it('inserts task cpu and memory together (fargate-requires-task-size)', () => {
    const text = tfTask(
      `  family = "app"
  network_mode = "awsvpc"
  requires_compatibilities = ["FARGATE"]`,
      'jsonencode([{ name = "web", image = "nginx", essential = true }])',
    );
    const [title] = ['Add "cpu": "256" and "memory": "512"'];
    const after = applyTfFix(text, 'fargate-requires-task-size', title);
    assert.match(after, /requires_compatibilities = \["FARGATE"\]\n {2}cpu = "256"\n {2}memory = "512"\n/);
  });

  it('inserts a key into a jsonencode object, matching its layout', () => {
    const text = tfTask(
      '  family = "app"\n  network_mode = "bridge"',
      `jsonencode([
    {
      name  = "web"
      image = "nginx"
    }
  ])`,
    );
    const after = applyTfFix(text, 'container-memory-required', 'Add memoryReservation: 512 (MiB, a guess to adjust)');
    assert.equal(after, text.replace('      image = "nginx"\n', '      image = "nginx"\n      memoryReservation = 512\n'));
    const inline = tfTask('  family = "app"\n  network_mode = "bridge"', 'jsonencode([{ name = "web", image = "nginx" }])');
    assert.equal(
      applyTfFix(inline, 'container-memory-required', 'Add memoryReservation: 512 (MiB, a guess to adjust)'),
      inline.replace('image = "nginx"', 'image = "nginx", memoryReservation = 512'),
    );
  });

  it('renames a key in place (unknown-property), keeping its quoting', () => {
    const text = tfTask(
      '  family = "app"\n  network_mode = "bridge"',
      'jsonencode([{ name = "web", image = "nginx", memory = 256, "PortMappings" = [] }])',
    );
    assert.equal(applyTfFix(text, 'unknown-property', 'Rename to portMappings'), text.replace('"PortMappings"', '"portMappings"'));
  });

  it('removes a whole element of a tuple (duplicate environment variable)', () => {
    const text = tfTask(
      '  family = "app"\n  network_mode = "bridge"',
      `jsonencode([{
    name = "web", image = "nginx", memory = 256
    environment = [
      { name = "MODE", value = "a" },
      { name = "MODE", value = "b" },
    ]
  }])`,
    );
    const after = applyTfFix(text, 'duplicate-environment-variable', 'Remove this entry (keep the first)');
    assert.equal(after, text.replace('      { name = "MODE", value = "b" },\n', ''));
  });
});

describe('Terraform fixes on resource arguments and blocks', () => {
  const FARGATE = tfTask(
    `  family                   = "app"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"
  pid_mode                 = "host"

  placement_constraints {
    type       = "memberOf"
    expression = "attribute:ecs.os-type == linux"
  }

  volume {
    name = "data"
    docker_volume_configuration {
      scope = "task"
    }
  }`,
    'jsonencode([{ name = "web", image = "nginx", essential = true }])',
  );

  it('removes an attribute line (pid_mode) and keeps the others aligned', () => {
    const after = applyTfFix(FARGATE, 'fargate-unsupported-parameter', 'Remove pid_mode');
    assert.equal(after, FARGATE.replace('  pid_mode                 = "host"\n', ''));
  });
});

describe('Terraform fixes on blocks', () => {
  const text = tfTask(
    `  family                   = "app"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = "256"
  memory                   = "512"

  placement_constraints {
    type       = "memberOf"
    expression = "attribute:ecs.os-type == linux"
  }

  volume {
    name = "data"
    docker_volume_configuration {
      scope = "task"
    }
  }
`,
    'jsonencode([{ name = "web", image = "nginx", essential = true }])',
  );

  it('removes a placement_constraints block with one of the blank lines around it', () => {
    const after = applyTfFix(text, 'fargate-unsupported-parameter', 'Remove placementConstraints');
    assert.equal(after, text.replace(/ {2}placement_constraints \{[\s\S]*?\n {2}\}\n\n/, ''));
  });

  it('removes a nested docker_volume_configuration block', () => {
    const after = applyTfFix(text, 'fargate-unsupported-parameter', 'Remove dockerVolumeConfiguration');
    assert.equal(after, text.replace(/ {4}docker_volume_configuration \{\n {6}scope = "task"\n {4}\}\n/, ''));
  });
});
