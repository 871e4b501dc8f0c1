/** `service-security-group-ingress` on Terraform: groups, inline ingress and rule resources of the same .tf file. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { useTerraform } from '../helpers/terraform';
import { at, problems } from '../helpers/terraform-fix';
import { tfService } from '../helpers/terraform-service';

useTerraform();

const RULE = 'service-security-group-ingress';

const SERVICE = `  launch_type     = "FARGATE"
  network_configuration {
    subnets         = ["subnet-1"]
    security_groups = [aws_security_group.task.id]
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = 8080
  }`;

const LB = `
resource "aws_lb" "main" {
  name            = "main"
  subnets         = ["subnet-1"]
  security_groups = [aws_security_group.lb.id]
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.main.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_security_group" "lb" {
  name = "lb"
  ingress {
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

/** A file whose task group lets the load balancer in on port 80 only (the container listens on 8080). */
function tf(taskGroupBody: string, more = '', service = SERVICE): string {
  return `${tfService({ service })}${LB}
resource "aws_security_group" "task" {
  name = "task"
${taskGroupBody}
}
${more}`;
}

const WRONG_PORT = `  ingress {
    from_port       = 80
    to_port         = 80
    protocol        = "tcp"
    security_groups = [aws_security_group.lb.id]
  }`;

const found = (text: string) => problems(text, RULE);

describe('Terraform service-security-group-ingress', () => {
  it('reports a task group that does not let the load balancer reach the container port', () => {
    const text = tf(WRONG_PORT);
    const ps = found(text);
    assert.equal(ps.length, 1);
    assert.equal(ps[0].ruleId, RULE);
    assert.equal(at(text, ps[0]), '[aws_security_group.task.id]');
    assert.match(
      ps[0].message,
      /No security group of .*aws_security_group\.task.* lets load balancer aws_lb\.main \(security group aws_security_group\.lb\) reach tcp port 8080/,
    );
    assert.deepEqual(ps[0].fixes, [], 'diagnostic only');
    assert.equal(at(text, ps[0].related[0]), '"task"');
  });

  it('reports a rule from a CIDR on another port, and an egress-only rule resource does not help', () => {
    const text = tf(
      `  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }`,
      `
resource "aws_security_group_rule" "out" {
  type                     = "egress"
  security_group_id        = aws_security_group.task.id
  from_port                = 8080
  to_port                  = 8080
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.lb.id
}
`,
    );
    assert.equal(found(text).length, 1);
  });

  const valid: [string, string, string][] = [
    [
      'inline ingress from the load balancer group on a port range',
      `  ingress {
    from_port       = 8000
    to_port         = 8100
    protocol        = "tcp"
    security_groups = [aws_security_group.lb.id]
  }`,
      '',
    ],
    ['inline ingress with protocol -1', WRONG_PORT.replace('"tcp"', '"-1"'), ''],
    ['inline ingress with protocol all', WRONG_PORT.replace('"tcp"', '"all"'), ''],
    [
      'inline ingress from a CIDR',
      WRONG_PORT.replace('security_groups = [aws_security_group.lb.id]', 'cidr_blocks = ["10.0.0.0/16"]').replace(/= 80/g, '= 8080'),
      '',
    ],
    [
      'aws_security_group_rule',
      '',
      `resource "aws_security_group_rule" "from_lb" {
  type                     = "ingress"
  security_group_id        = aws_security_group.task.id
  from_port                = 8080
  to_port                  = 8080
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.lb.id
}`,
    ],
    [
      'aws_vpc_security_group_ingress_rule',
      '',
      `resource "aws_vpc_security_group_ingress_rule" "from_lb" {
  security_group_id            = aws_security_group.task.id
  from_port                    = 8080
  to_port                      = 8080
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.lb.id
}`,
    ],
    [
      'aws_vpc_security_group_ingress_rule with ip_protocol -1',
      '',
      `resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id            = aws_security_group.task.id
  ip_protocol                  = "-1"
  referenced_security_group_id = aws_security_group.lb.id
}`,
    ],
  ];
  for (const [name, body, more] of valid) {
    it(`is silent when it is allowed: ${name}`, () => {
      const text = tf(body, more);
      assert.deepEqual(found(text), []);
      // The same file with the allowing part broken fires (the test can fail).
      if (more) assert.equal(found(tf(WRONG_PORT, more.replace(/= 8080/g, '= 9090').replace('"-1"', '"udp"'))).length, 1);
    });
  }

  const unknown: [string, string, string, string?][] = [
    ['the task group is a variable', WRONG_PORT, '', SERVICE.replace('[aws_security_group.task.id]', '[var.task_sg]')],
    [
      'the task group is a data source',
      WRONG_PORT,
      '',
      SERVICE.replace('[aws_security_group.task.id]', '[data.aws_security_group.task.id]'),
    ],
    ['the task group is a module output', WRONG_PORT, '', SERVICE.replace('[aws_security_group.task.id]', '[module.sg.id]')],
    [
      'one of the task groups is not in this file',
      WRONG_PORT,
      '',
      SERVICE.replace('[aws_security_group.task.id]', '[aws_security_group.task.id, aws_security_group.other.id]'),
    ],
    [
      'a dynamic "ingress" block',
      `${WRONG_PORT}
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }`,
      '',
    ],
    ['the group has count', `  count = 1\n${WRONG_PORT}`, ''],
    ['the group has for_each', `  for_each = var.x\n${WRONG_PORT}`, ''],
    ['ingress as an argument', '  ingress = var.ingress', ''],
    ['ingress managed elsewhere (no ingress in this file)', '', ''],
    ['ingress ignored in lifecycle', `${WRONG_PORT}\n  lifecycle {\n    ignore_changes = [ingress]\n  }`, ''],
    ['a port that is a variable', WRONG_PORT.replace('to_port         = 80', 'to_port         = var.port'), ''],
    ['a protocol that is a variable', WRONG_PORT.replace('"tcp"', 'var.protocol'), ''],
    ['a source group that is a variable', WRONG_PORT.replace('[aws_security_group.lb.id]', '[var.lb_sg]').replace(/= 80/g, '= 8080'), ''],
    [
      'a rule resource attached to a group we cannot see',
      WRONG_PORT,
      `resource "aws_security_group_rule" "x" {
  type                     = "ingress"
  security_group_id        = var.sg
  from_port                = 8080
  to_port                  = 8080
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.lb.id
}`,
    ],
    [
      'a rule resource with count',
      WRONG_PORT,
      `resource "aws_vpc_security_group_ingress_rule" "x" {
  count                        = 2
  security_group_id            = aws_security_group.task.id
  from_port                    = 9090
  to_port                      = 9090
  ip_protocol                  = "tcp"
  referenced_security_group_id = aws_security_group.lb.id
}`,
    ],
    [
      'a rule resource whose type is a variable',
      WRONG_PORT,
      `resource "aws_security_group_rule" "x" {
  type                     = var.type
  security_group_id        = aws_security_group.task.id
  from_port                = 9090
  to_port                  = 9090
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.lb.id
}`,
    ],
  ];
  for (const [name, body, more, service] of unknown) {
    it(`is silent when something is unknown: ${name}`, () => {
      assert.deepEqual(found(tf(body, more, service)), []);
    });
  }

  it('is silent when the load balancer groups are unknown or absent, or the network mode is not awsvpc', () => {
    const base = tf(WRONG_PORT);
    assert.deepEqual(found(base.replace('security_groups = [aws_security_group.lb.id]\n}', 'security_groups = [var.lb_sg]\n}')), []);
    assert.deepEqual(found(base.replace('  security_groups = [aws_security_group.lb.id]\n}', '}')), []);
    assert.deepEqual(found(base.replace('load_balancer_arn = aws_lb.main.arn', 'load_balancer_arn = var.lb')), []);
    assert.equal(found(base).length, 1);
  });
});
