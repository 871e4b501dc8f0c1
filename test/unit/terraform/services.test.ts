/** Terraform `aws_ecs_service` resources feed the service (traffic) rules, like CloudFormation's AWS::ECS::Service. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { useTerraform } from '../helpers/terraform';
import { analyzeDocument, getLanguageService, portMapMarkdown } from '../../../server/src/service';
import { TF_URI, applyTfFix, at, problems } from '../helpers/terraform-fix';
import { TF_FARGATE_SERVICE, tfService } from '../helpers/terraform-service';

useTerraform();

const SERVICE_RULES = [
  'service-container-port-not-mapped',
  'service-network-configuration',
  'fargate-service-incompatible-task',
  'target-group-target-type',
  'target-group-health-check-dynamic-port',
  'target-group-health-check-port-unmapped',
  'service-registry-needs-container-port',
  'service-security-group-ingress',
  'service-connect-unknown-port-name',
  'service-connect-client-alias-port',
];
const serviceProblems = (text: string) => problems(text).filter((p) => SERVICE_RULES.includes(p.ruleId));

/** The one problem of `ruleId` (asserts there is exactly one, and no other service rule fires). */
function only(text: string, ruleId: string) {
  const found = serviceProblems(text);
  assert.deepEqual(
    found.map((p) => p.ruleId),
    [ruleId],
    found.map((p) => p.message).join('\n'),
  );
  return found[0];
}

/** A bridge-mode EC2 service behind the target group, with these health_check lines. */
const bridge = (hostPort: string, healthCheck: string) =>
  tfService({
    networkMode: 'bridge',
    taskExtra: '',
    portMappings: `{ containerPort = 8080, hostPort = ${hostPort} }`,
    service: `  launch_type = "EC2"
  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = 8080
  }`,
    targetGroup: `  target_type = "instance"
  health_check {
    path = "/"
${healthCheck}
  }`,
  });

describe('Terraform services: service-container-port-not-mapped', () => {
  const wrongPort = tfService({ service: TF_FARGATE_SERVICE.replace('container_port   = 8080', 'container_port   = 80') });

  it('reports a container_port the container does not map, on the value, and fixes it in place', () => {
    const p = only(wrongPort, 'service-container-port-not-mapped');
    assert.equal(at(wrongPort, p), '80');
    assert.match(p.message, /load balancer of service aws_ecs_service\.web sends traffic to container_port 80 of container "web"/);
    assert.match(p.message, /it maps 8080/);
    const after = applyTfFix(wrongPort, 'service-container-port-not-mapped', 'Set container_port to 8080');
    assert.equal(after, tfService());
  });

  it('reports a container_name that is not a container of the task, with a fix to the one mapping the port', () => {
    const text = tfService({ service: TF_FARGATE_SERVICE.replace('container_name   = "web"', 'container_name   = "app"') });
    const p = only(text, 'service-container-port-not-mapped');
    assert.equal(at(text, p), '"app"');
    assert.match(
      p.message,
      /container_name "app" is not a container of task definition aws_ecs_task_definition\.app \(its containers: web\)/,
    );
    assert.equal(applyTfFix(text, 'service-container-port-not-mapped', 'Set container_name to "web"'), tfService());
  });

  it('gets nothing for the valid file', () => {
    assert.deepEqual(serviceProblems(tfService()), []);
  });

  it('follows the other references to the task resource, and Terraform 0.11 "${…}"', () => {
    for (const ref of [
      'aws_ecs_task_definition.app.arn_without_revision',
      'aws_ecs_task_definition.app.id',
      'aws_ecs_task_definition.app.family',
      '"${aws_ecs_task_definition.app.arn}"',
      '"${aws_ecs_task_definition.app.family}:${aws_ecs_task_definition.app.revision}"',
    ]) {
      const text = tfService({ taskRef: ref, service: TF_FARGATE_SERVICE.replace('container_port   = 8080', 'container_port   = 80') });
      assert.equal(only(text, 'service-container-port-not-mapped').ruleId, 'service-container-port-not-mapped', ref);
    }
  });

  it('stays silent when the task definition or a value cannot be known', () => {
    const wrong = TF_FARGATE_SERVICE.replace('container_port   = 8080', 'container_port   = 80');
    for (const ref of [
      'var.task_definition_arn',
      'data.aws_ecs_task_definition.app.arn',
      'module.task.arn',
      'local.task',
      '"arn:aws:ecs:us-east-1:123456789012:task-definition/app:1"',
      'aws_ecs_task_definition.other.arn',
      '"${aws_ecs_task_definition.app.family}:${max(aws_ecs_task_definition.app.revision, data.aws_ecs_task_definition.app.revision)}"',
      '"${aws_ecs_task_definition.app.family}:3"',
    ])
      assert.deepEqual(serviceProblems(tfService({ taskRef: ref, service: wrong })), [], ref);
    assert.deepEqual(serviceProblems(tfService({ service: wrong.replace('container_port   = 80', 'container_port   = var.port') })), []);
    assert.deepEqual(
      serviceProblems(tfService({ service: wrong.replace('container_name   = "web"', 'container_name   = local.name') })),
      [],
    );
    // Several instances of the service, or blocks made by `dynamic`: not followed.
    assert.deepEqual(serviceProblems(tfService({ service: `  count = 2\n${wrong}` })), []);
    assert.deepEqual(serviceProblems(tfService({ service: `  for_each = toset(["a"])\n${wrong}` })), []);
    const dynamic = `  launch_type = "FARGATE"
  network_configuration {
    subnets = ["s"]
  }
  dynamic "load_balancer" {
    for_each = var.lbs
    content {
      target_group_arn = load_balancer.value.arn
      container_name   = "web"
      container_port   = 80
    }
  }`;
    assert.deepEqual(serviceProblems(tfService({ service: dynamic })), []);
    // Task sets carry the network and load balancers of an EXTERNAL controller.
    const external = `  deployment_controller {\n    type = "EXTERNAL"\n  }\n${wrong}`;
    assert.deepEqual(serviceProblems(tfService({ service: external })), []);
    assert.deepEqual(serviceProblems(tfService({ service: external.replace('"EXTERNAL"', 'var.controller') })), []);
    const codeDeploy = tfService({ service: external.replace('"EXTERNAL"', '"CODE_DEPLOY"') });
    assert.equal(only(codeDeploy, 'service-container-port-not-mapped').ruleId, 'service-container-port-not-mapped');
  });

  it('reads several load_balancer blocks', () => {
    const text = tfService({
      service: `${TF_FARGATE_SERVICE}
  load_balancer {
    target_group_arn = var.other_tg
    container_name   = "web"
    container_port   = 9090
  }`,
    });
    const p = only(text, 'service-container-port-not-mapped');
    assert.equal(at(text, p), '9090');
  });
});

describe('Terraform services: service-network-configuration', () => {
  it('reports an awsvpc service without network_configuration on the service name', () => {
    const text = tfService({ service: '  launch_type = "FARGATE"' });
    const p = only(text, 'service-network-configuration');
    assert.equal(at(text, p), '"web"');
    assert.equal(text.lastIndexOf('resource "aws_ecs_service" "web"', p.offset), text.indexOf('resource "aws_ecs_service"'));
    assert.match(
      p.message,
      /service aws_ecs_service\.web runs task definition aws_ecs_task_definition\.app in awsvpc mode but has no network_configuration: add a network_configuration block/i,
    );
  });

  it('reports network_configuration on a bridge task and removes the block', () => {
    const valid = tfService({ networkMode: 'bridge', taskExtra: '', service: '  launch_type = "EC2"', targetGroup: '' });
    const text = valid.replace(
      '  launch_type = "EC2"\n',
      '  launch_type = "EC2"\n  network_configuration {\n    subnets = ["subnet-1"]\n  }\n',
    );
    const p = only(text, 'service-network-configuration');
    assert.equal(at(text, p), 'network_configuration');
    assert.match(p.message, /uses bridge mode, where network_configuration is not allowed/);
    assert.equal(applyTfFix(text, 'service-network-configuration', 'Remove network_configuration'), valid);
    assert.deepEqual(serviceProblems(valid), []);
  });
});

describe('Terraform services: fargate-service-incompatible-task', () => {
  it('reports launch_type FARGATE with a task that cannot run on Fargate, in Terraform names', () => {
    const text = tfService({ networkMode: 'bridge', taskExtra: '', service: '  launch_type = "FARGATE"', targetGroup: '' });
    const p = only(text, 'fargate-service-incompatible-task');
    assert.equal(at(text, p), '"FARGATE"');
    assert.match(
      p.message,
      /launch_type FARGATE, but task definition aws_ecs_task_definition\.app cannot run on Fargate: requires_compatibilities does not list FARGATE and it uses bridge mode, it has no task-level cpu, it has no task-level memory/,
    );
    assert.deepEqual(serviceProblems(text.replace('"FARGATE"', '"EC2"')), []);
  });

  it('does not read a launch type under a capacity_provider_strategy', () => {
    const text = tfService({
      networkMode: 'bridge',
      taskExtra: '',
      service: '  launch_type = "FARGATE"\n  capacity_provider_strategy {\n    capacity_provider = "FARGATE"\n  }',
      targetGroup: '',
    });
    assert.deepEqual(
      serviceProblems(text).filter((p) => p.ruleId === 'fargate-service-incompatible-task'),
      [],
    );
  });
});

describe('Terraform services: target-group-target-type', () => {
  it('reports a target group without target_type in front of an awsvpc task, and inserts target_type', () => {
    const text = tfService({ targetGroup: '' });
    const p = only(text, 'target-group-target-type');
    assert.equal(at(text, p), '"web"');
    assert.ok(text.slice(0, p.offset).endsWith('resource "aws_lb_target_group" '));
    assert.match(
      p.message,
      /Target group aws_lb_target_group\.web has no target_type \(instance\), but service aws_ecs_service\.web runs task definition aws_ecs_task_definition\.app in awsvpc mode, which needs target_type ip/,
    );
    const after = applyTfFix(text, 'target-group-target-type', 'Set target_type to ip');
    assert.equal(after, text.replace('  vpc_id   = "vpc-1"\n', '  vpc_id   = "vpc-1"\n  target_type = "ip"\n'));
  });

  it('sets a wrong target_type in place, and reads aws_alb_target_group and .id', () => {
    const text = tfService({ targetGroup: '  target_type = "instance"' });
    assert.equal(at(text, only(text, 'target-group-target-type')), '"instance"');
    assert.equal(applyTfFix(text, 'target-group-target-type', 'Set target_type to ip'), tfService());
    const alb = text
      .replace('"aws_lb_target_group"', '"aws_alb_target_group"')
      .replace('aws_lb_target_group.web.arn', 'aws_alb_target_group.web.id');
    assert.equal(only(alb, 'target-group-target-type').ruleId, 'target-group-target-type');
  });

  it('stays silent for unknown target types and target groups it cannot follow', () => {
    assert.deepEqual(serviceProblems(tfService({ targetGroup: '  target_type = var.target_type' })), []);
    assert.deepEqual(serviceProblems(tfService({ targetGroup: '  count = 1' })), []);
    const viaVar = tfService({
      targetGroup: '',
      service: TF_FARGATE_SERVICE.replace('aws_lb_target_group.web.arn', 'var.target_group_arn'),
    });
    assert.deepEqual(serviceProblems(viaVar), []);
  });
});

describe('Terraform services: target group health checks', () => {
  it('reports a fixed health_check port in front of a dynamic host port, and sets traffic-port', () => {
    const text = bridge('0', '    port = "8080"');
    const p = only(text, 'target-group-health-check-dynamic-port');
    assert.equal(at(text, p), '"8080"');
    assert.match(
      p.message,
      /Target group aws_lb_target_group\.web checks health on fixed port 8080, but container "web" port 8080 gets a dynamic host port/,
    );
    const after = applyTfFix(text, 'target-group-health-check-dynamic-port', 'Set health_check.port to traffic-port');
    assert.equal(after, bridge('0', '    port = "traffic-port"'));
    assert.deepEqual(serviceProblems(after), []);
    assert.deepEqual(serviceProblems(bridge('0', '')), []);
  });

  it('reports a fixed health_check port the bridge task does not publish', () => {
    const text = bridge('8080', '    port = "9000"');
    const p = only(text, 'target-group-health-check-port-unmapped');
    assert.equal(at(text, p), '"9000"');
    assert.match(
      p.message,
      /checks health on port 9000, but task definition aws_ecs_task_definition\.app \(bridge mode\) publishes no host port 9000 \(it publishes 8080\)/,
    );
    assert.equal(
      applyTfFix(text, 'target-group-health-check-port-unmapped', 'Set health_check.port to traffic-port'),
      bridge('8080', '    port = "traffic-port"'),
    );
    assert.deepEqual(serviceProblems(bridge('8080', '    port = "8080"')), []);
    assert.deepEqual(serviceProblems(bridge('8080', '    port = var.health_port')), []);
  });
});

describe('Terraform services: service-registry-needs-container-port', () => {
  const registry = (lines: string) =>
    tfService({
      networkMode: 'bridge',
      taskExtra: '',
      portMappings: '{ containerPort = 8080, hostPort = 0 }',
      service: `  launch_type = "EC2"
  service_registries {
    registry_arn = "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1"${lines ? `\n${lines}` : ''}
  }`,
      targetGroup: '',
    });

  it('reports a bridge service registry without container_name and container_port, and adds them', () => {
    const text = registry('');
    const p = only(text, 'service-registry-needs-container-port');
    assert.equal(at(text, p), 'registry_arn');
    assert.match(
      p.message,
      /uses bridge mode, so this service registry entry of service aws_ecs_service\.web must name container_name and container_port/,
    );
    const after = applyTfFix(text, 'service-registry-needs-container-port', 'Add container_name "web" and container_port 8080');
    assert.equal(after, registry('    container_name = "web"\n    container_port = 8080'));
    assert.deepEqual(serviceProblems(after), []);
  });
});

describe('Terraform services: Service Connect', () => {
  const connect = (portName: string, aliasPort: string) =>
    tfService({
      portMappings: '{ name = "http", containerPort = 8080 }',
      service: `${TF_FARGATE_SERVICE}
  service_connect_configuration {
    enabled   = true
    namespace = "local"
    service {
      port_name = ${portName}
      client_alias {
        port     = ${aliasPort}
        dns_name = "web"
      }
    }
  }`,
    });

  it('reports a port_name no port mapping carries, and sets the only name', () => {
    const text = connect('"web"', '80');
    const p = only(text, 'service-connect-unknown-port-name');
    assert.equal(at(text, p), '"web"');
    assert.match(
      p.message,
      /port_name "web" of service aws_ecs_service\.web is not the name of any port mapping of task definition aws_ecs_task_definition\.app \(named ports: http\)/,
    );
    assert.equal(applyTfFix(text, 'service-connect-unknown-port-name', 'Set port_name to "http"'), connect('"http"', '80'));
    assert.deepEqual(serviceProblems(connect('"http"', '80')), []);
    assert.deepEqual(serviceProblems(connect('var.port_name', '80')), []);
  });

  it('reports a client_alias port that is not a port', () => {
    const text = connect('"http"', '70000');
    const p = only(text, 'service-connect-client-alias-port');
    assert.equal(at(text, p), '70000');
    assert.match(p.message, /Client alias port 70000 of service aws_ecs_service\.web is not a port/);
  });
});

describe('Terraform services: what is not a service file', () => {
  it('leaves .tf files without a task resource alone', () => {
    const text = tfService().replace(/resource "aws_ecs_task_definition"[\s\S]*?\n}\n\n/, '');
    assert.ok(!text.includes('resource "aws_ecs_task_definition"'));
    assert.deepEqual(problems(text), []);
  });
});

describe('Terraform services: the port map', () => {
  const listener = (lb: string) => `
resource "aws_lb" "main" {
  name               = "main"
  load_balancer_type = "application"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = ${lb}
  port              = 443
  protocol          = "HTTPS"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
`;

  it('shows the listener, the target group and its type for the container port', () => {
    const md = portMapMarkdown(analyzeDocument(tfService() + listener('aws_lb.main.arn'), { uri: TF_URI }));
    assert.ok(md.includes('| tcp | aws_lb.main:443 HTTPS → aws_lb_target_group.web (ip) | ENI :8080 → 8080 |'), md);
  });

  it('shows "?" for a listener on a load balancer it cannot follow', () => {
    const md = portMapMarkdown(analyzeDocument(tfService() + listener('var.lb_arn'), { uri: TF_URI }));
    assert.ok(md.includes("| tcp | ? → aws_lb_target_group.web (ip) | ENI :8080 → 8080 | the service's security groups |"), md);
  });
});

describe('Terraform services: one target group used by two load_balancer blocks', () => {
  it('reports target-group-target-type once, and the unmapped port of each container that has a known port', () => {
    const text = `resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    { name = "web", image = "nginx", essential = true, portMappings = [{ containerPort = 80 }] },
    { name = "side", image = "x", essential = false, portMappings = [{ containerPort = var.p }] }
  ])
}
resource "aws_lb_target_group" "tg" {
  port     = 80
  protocol = "HTTP"
  vpc_id   = var.vpc
}
resource "aws_ecs_service" "web" {
  name            = "web"
  task_definition = aws_ecs_task_definition.app.arn
  launch_type     = "FARGATE"
  network_configuration { subnets = var.subnets }
  load_balancer {
    target_group_arn = aws_lb_target_group.tg.arn
    container_name   = "web"
    container_port   = 8080
  }
  load_balancer {
    target_group_arn = aws_lb_target_group.tg.arn
    container_name   = "side"
    container_port   = 9000
  }
}
`;
    const found = serviceProblems(text);
    assert.deepEqual(
      found.map((p) => [p.ruleId, at(text, p)]),
      [
        ['target-group-target-type', '"tg"'],
        ['service-container-port-not-mapped', '8080'],
      ],
      found.map((p) => p.message).join('\n'),
    );
  });
});

describe('Terraform services: the port map in hovers', () => {
  const hoverAt = (text: string, needle: string, delta = 2) => {
    const doc = analyzeDocument(text, { uri: TF_URI, languageId: 'terraform' });
    const offset = text.indexOf(needle);
    assert.ok(offset >= 0, needle);
    const hover = getLanguageService({}).hover(doc, doc.positions.positionAt(offset + delta));
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
  };

  it("answers on the service's name label, task_definition and load_balancer, and on a container's portMappings", () => {
    const text = tfService();
    for (const needle of ['"aws_ecs_service" "web"', 'task_definition =', 'load_balancer {', 'portMappings']) {
      const delta = needle.startsWith('"aws_ecs_service"') ? needle.length - 3 : 2;
      const value = hoverAt(text, needle, delta);
      assert.match(value, /\*\*Port map: aws_ecs_task_definition\.\w+\*\* \(awsvpc\)/, `${needle}: ${value.slice(0, 200)}`);
      assert.ok(value.includes('ENI :8080 → 8080'), `${needle}: ${value}`);
    }
  });

  it('gives no port map elsewhere in the service, or when the task cannot be followed', () => {
    assert.doesNotMatch(hoverAt(tfService(), 'launch_type'), /Port map/);
    const unknownTask = tfService().replace(/task_definition\s*=\s*aws_ecs_task_definition\.\w+\.arn/, 'task_definition = var.task_arn');
    assert.notEqual(unknownTask, tfService());
    assert.doesNotMatch(hoverAt(unknownTask, 'load_balancer {'), /Port map/);
  });
});
