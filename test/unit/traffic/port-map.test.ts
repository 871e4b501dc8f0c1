/** The port map: per-container tables in the network mode's words, in hovers and for the whole file. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, doHover, portMapMarkdown, validate } from '../../../server/src/service';
import { BRIDGE_LB, DEFAULT_INGRESS, template, YAML } from '../helpers/service-template';

function hoverText(text: string, at: string, options = YAML): string | undefined {
  const doc = analyzeDocument(text, options);
  const h = doHover(doc, text.indexOf(at) + 1, validate(doc));
  return (h?.contents as { value: string } | undefined)?.value;
}

describe('port map', () => {
  it('awsvpc: listener → target group, ENI port, the security group source', () => {
    const md = portMapMarkdown(analyzeDocument(template(), YAML));
    assert.match(md, /^\*\*Port map: TaskDef\*\* \(awsvpc\)\n\nawsvpc: each task has its own network interface/);
    assert.ok(md.includes('*container web*'));
    assert.ok(md.includes('| tcp | LB:80 HTTP → TG (ip) | ENI :8080 → 8080 | LBSG via ServiceSG |'), md);
  });

  it('awsvpc: says when no ingress rule lets the port in', () => {
    const md = portMapMarkdown(analyzeDocument(template({ serviceSgIngress: DEFAULT_INGRESS.replace(/8080/g, '80') }), YAML));
    assert.ok(md.includes('| ENI :8080 → 8080 | nothing: no ingress rule allows it |'), md);
  });

  it('bridge: dynamic and static host ports, instance security groups', () => {
    const text = template({
      requires: 'EC2',
      taskSize: '',
      networkMode: 'bridge',
      service: BRIDGE_LB,
      targetGroup: '',
      portMappings:
        '            - ContainerPort: 8080\n            - ContainerPort: 9090\n              HostPort: 9090\n              Protocol: udp',
    });
    const md = portMapMarkdown(analyzeDocument(text, YAML));
    assert.ok(md.includes('bridge: Docker publishes each host port'), md);
    assert.ok(
      md.includes("| tcp | LB:80 HTTP → TG (instance) | host dynamic (32768–65535) → 8080 | the container instance's security groups |"),
      md,
    );
    assert.ok(md.includes("| udp | — | host :9090 → 9090 | the container instance's security groups |"), md);
  });

  it('a task definition alone (register JSON)', () => {
    const text = JSON.stringify({
      family: 'api',
      networkMode: 'host',
      containerDefinitions: [
        { name: 'api', image: 'x', portMappings: [{ containerPort: 80 }] },
        { name: 'side', image: 'y' },
      ],
    });
    const md = portMapMarkdown(analyzeDocument(text));
    assert.ok(md.startsWith('**Port map: api** (host)'), md);
    assert.ok(md.includes("| tcp | — | host :80 → 80 | the container instance's security groups |"), md);
    assert.ok(md.includes('*container side*: no port mappings.'), md);
  });

  it('hover over PortMappings shows the container table', () => {
    const value = hoverText(template(), 'PortMappings');
    assert.ok(value?.includes('| tcp | LB:80 HTTP → TG (ip) | ENI :8080 → 8080 |'), value);
  });

  it('hover over the service shows its task', () => {
    const text = template();
    const value = hoverText(text, 'Service:\n    Type: AWS::ECS::Service');
    assert.ok(value?.includes('**Port map: TaskDef** (awsvpc)'), value);
  });

  it('hover over LoadBalancers shows the task the service runs', () => {
    assert.ok(hoverText(template(), 'LoadBalancers:')?.includes('| tcp | LB:80 HTTP → TG (ip) | ENI :8080 → 8080 |'));
  });

  it('no port map on other keys', () => {
    const value = hoverText(template(), 'Image: nginx');
    assert.ok(!value?.includes('Port map'), value);
  });

  it('a service file shows the task next to it', () => {
    const taskText = JSON.stringify({
      family: 'web',
      networkMode: 'awsvpc',
      containerDefinitions: [{ name: 'app', image: 'x', portMappings: [{ containerPort: 3000 }] }],
    });
    const doc = analyzeDocument(
      '{ "networkConfiguration": {}, "loadBalancers": [{ "containerName": "app", "containerPort": 3000, "targetGroupArn": "arn:tg" }] }',
      { uri: 'file:///a/svc.json', related: [{ uri: 'file:///a/task.json', text: taskText }] },
    );
    const md = portMapMarkdown(doc);
    assert.ok(md.includes('| tcp | svc.json: target group (not in this file) | ENI :3000 → 3000 |'), md);
  });
});
