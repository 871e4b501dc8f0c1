/**
 * Hover: `|` in a text marks where the mouse is (the character after it). Assertions name exact
 * markdown fragments: the network-mode line, the binding, the links, the problem explanation.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { type AnalyzeOptions, type Problem, analyzeDocument, doHover, ruleDocUrl, validate } from '../../server/src/service';
import { task } from './helpers/port-task';

interface HoverResult {
  value: string;
  /** The hovered source text (the hover's range). */
  rangeText: string;
}

function hover(marked: string, options?: AnalyzeOptions, problems?: Problem[]): HoverResult | undefined {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'test text needs a | marker');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const doc = analyzeDocument(text, options);
  const h = doHover(doc, offset, problems ?? validate(doc));
  if (!h) return undefined;
  const contents = h.contents as { kind: string; value: string };
  assert.equal(contents.kind, 'markdown');
  assert.ok(h.range, 'hover has a range');
  const start = doc.positions.offsetAt(h.range!.start);
  const end = doc.positions.offsetAt(h.range!.end);
  return { value: contents.value, rangeText: text.slice(start, end) };
}

function has(h: HoverResult | undefined, ...fragments: string[]): void {
  assert.ok(h, 'expected a hover');
  for (const f of fragments) assert.ok(h.value.includes(f), `hover should contain:\n  ${f}\n---- got:\n${h.value}`);
}

function lacks(h: HoverResult | undefined, ...fragments: string[]): void {
  assert.ok(h, 'expected a hover');
  for (const f of fragments) assert.ok(!h.value.includes(f), `hover should not contain:\n  ${f}\n---- got:\n${h.value}`);
}

const PORT_LINK =
  '[AWS: PortMapping.containerPort](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html#ECS-Type-PortMapping-containerPort)';

describe('hover: port mapping fields by network mode', () => {
  it('awsvpc (explicit): containerPort is the task ENI port', () => {
    const h = hover(task('{ "|containerPort": 8080 }', { mode: 'awsvpc' }));
    has(
      h,
      '**containerPort** (port mapping)',
      'The port the application listens on inside the container (1–65535).',
      'Network mode: **awsvpc** (set in `networkMode`).',
      'The task has its own network interface, so this is also the port clients reach the task on',
      '**Binding:** task ENI port 8080/tcp → container `web` port 8080',
      PORT_LINK,
    );
    assert.equal(h!.rangeText, '"containerPort"');
  });

  it('awsvpc: hostPort explains that it must equal containerPort, and names the mismatch', () => {
    const h = hover(task('{ "containerPort": 8080, "|hostPort": 80 }', { mode: 'awsvpc' }), undefined, []);
    has(
      h,
      '**hostPort** (port mapping)',
      'There is no port translation: omit it or repeat the `containerPort` (8080). ECS rejects any other value, 0 included.',
      '**Binding:** task ENI port 8080/tcp → container `web` port 8080 (`hostPort` 80 must be omitted or 8080)',
    );
  });

  it('bridge without hostPort: a dynamic host port', () => {
    const h = hover(task('{ "|containerPort": 8080 }', { mode: 'bridge' }));
    has(
      h,
      'Network mode: **bridge** (set in `networkMode`).',
      'Docker forwards a port of the instance to it',
      '**Binding:** a dynamic host port from the ephemeral range (tcp) → container `web` port 8080',
    );
  });

  it('bridge with hostPort 0: still dynamic', () => {
    const h = hover(task('{ "containerPort": 8080, "hostPort": |0 }', { mode: 'bridge' }));
    has(h, '**hostPort** (port mapping)', '**Binding:** a dynamic host port from the ephemeral range (tcp) → container `web` port 8080');
    assert.equal(h!.rangeText, '0');
  });

  it('bridge static: instance port → container port', () => {
    const h = hover(task('{ "containerPort": 8080, "|hostPort": 80 }', { mode: 'bridge' }));
    has(
      h,
      'A non-zero value reserves that port on the container instance',
      '**Binding:** instance port 80/tcp → container `web` port 8080',
    );
  });

  it('omitted networkMode: bridge by default on Linux', () => {
    const h = hover(task('{ "containerPort": 8080, "|hostPort": 80, "protocol": "udp" }'));
    has(
      h,
      'Network mode: **bridge** (`networkMode` is omitted, which means bridge on Linux EC2 instances).',
      '**Binding:** instance port 80/udp → container `web` port 8080',
    );
  });

  it('host: the instance port is the container port', () => {
    const h = hover(task('{ "|containerPort": 8080 }', { mode: 'host' }));
    has(
      h,
      'Network mode: **host** (set in `networkMode`).',
      "The container shares the instance's network",
      '**Binding:** instance port 8080/tcp → container `web` port 8080',
    );
  });

  it('none: no mappings allowed', () => {
    const h = hover(task('{ "|containerPort": 8080 }', { mode: 'none' }), undefined, []);
    has(
      h,
      'Network mode: **none** (set in `networkMode`).',
      'The task has no external networking, so port mappings are not allowed.',
      '**Binding:** No binding: port mappings are not allowed in none mode.',
    );
  });

  it('Fargate with awsvpc: no instance', () => {
    const h = hover(
      task('{ "|containerPort": 8080 }', {
        mode: 'awsvpc',
        extra: '\n  "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",',
      }),
    );
    has(
      h,
      'Network mode: **awsvpc** (set in `networkMode`, as Fargate requires).',
      'On Fargate there is no instance; security groups decide who can reach it.',
      '**Binding:** task ENI port 8080/tcp → container `web` port 8080',
    );
  });

  it('Fargate without networkMode: explained as awsvpc, with the missing mode named', () => {
    const h = hover(task('{ "|containerPort": 8080 }', { extra: '\n  "requiresCompatibilities": ["FARGATE"],' }), undefined, []);
    has(
      h,
      'Network mode: `networkMode` is missing, but Fargate only accepts **awsvpc**: add it. Explained here as awsvpc.',
      '**Binding:** task ENI port 8080/tcp → container `web` port 8080',
    );
  });

  it('Fargate with bridge: says ECS rejects it', () => {
    const h = hover(
      task('{ "|containerPort": 8080 }', { mode: 'bridge', extra: '\n  "requiresCompatibilities": ["FARGATE"],' }),
      undefined,
      [],
    );
    has(
      h,
      'Network mode: **bridge** (set in `networkMode`, as Fargate requires). Fargate only accepts **awsvpc**, so ECS rejects this task definition.',
    );
  });

  it('unknown mode (placeholder): the binding depends on the mode', () => {
    const h = hover(task('{ "|containerPort": 8080, "hostPort": 80 }', { mode: '${NETWORK_MODE}' }));
    has(
      h,
      'Network mode: `${NETWORK_MODE}`, a placeholder, so not known until deploy time.',
      'Where it is reachable depends on the mode',
      '**Binding:** depends on the network mode: port 8080/tcp as is in awsvpc or host mode; instance port 80 → 8080 in bridge mode',
    );
  });

  it('invalid mode value: named as unknown', () => {
    const h = hover(task('{ "|containerPort": 8080 }', { mode: 'nat' }), undefined, []);
    has(h, 'Network mode: `nat` is not a network mode ECS knows (**awsvpc**, **bridge**, **host** or **none**).');
  });

  it('Windows without networkMode: Docker NAT', () => {
    const h = hover(
      task('{ "containerPort": 8080, "|hostPort": 8080 }', {
        extra: '\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },',
      }),
      undefined,
      [],
    );
    has(
      h,
      'Network mode: Windows default, Docker **NAT** (`networkMode` is omitted on a Windows task).',
      'A non-zero value is a fixed port on the Windows instance',
      '**Binding:** instance port 8080/tcp (Docker NAT) → container `web` port 8080',
    );
  });

  it('placeholder ports are shown as written', () => {
    const h = hover(task('{ "|containerPort": ${PORT}, "hostPort": 0 }', { mode: 'bridge' }));
    has(h, '**Binding:** a dynamic host port from the ephemeral range (tcp) → container `web` port `${PORT}`');
  });

  it('protocol, name, appProtocol, containerPortRange', () => {
    has(
      hover(task('{ "containerPort": 53, "|protocol": "udp" }', { mode: 'awsvpc' })),
      '**protocol** (port mapping)',
      'The transport protocol: `tcp` (the default when omitted) or `udp`.',
      '**Binding:** task ENI port 53/udp → container `web` port 53',
    );
    has(
      hover(task('{ "containerPort": 80, "|name": "web-80", "appProtocol": "http" }', { mode: 'awsvpc' })),
      '**name** (port mapping)',
      "Service Connect (the service's `portName`)",
      'Service Connect works in awsvpc mode.',
      '[Service Connect](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html)',
    );
    has(
      hover(task('{ "containerPort": 80, "name": "web-80", "|appProtocol": "http" }', { mode: 'host' }), undefined, []),
      '**appProtocol** (port mapping)',
      'Service Connect does not work in host mode.',
    );
    has(
      hover(task('{ "|containerPortRange": "8000-8010" }', { mode: 'awsvpc' })),
      '**containerPortRange** (port mapping)',
      "The task's network interface exposes the same range.",
      '**Binding:** task ENI ports 8000-8010/tcp → container `web` ports 8000-8010',
    );
    has(
      hover(task('{ "|containerPortRange": "8000-8010", "protocol": "udp" }', { mode: 'bridge' })),
      '**Binding:** host ports picked from the ephemeral range (udp) → container `web` ports 8000-8010',
    );
    has(
      hover(task('{ "|containerPortRange": "8000-8010" }', { mode: 'host' }), undefined, []),
      'Port ranges work only in bridge and awsvpc mode, not in host mode.',
      '**Binding:** No binding: `containerPortRange` works only in bridge and awsvpc mode.',
    );
  });

  it('hover over a value covers the value', () => {
    const h = hover(task('{ "containerPort": 80|80 }', { mode: 'awsvpc' }));
    has(h, '**containerPort** (port mapping)');
    assert.equal(h!.rangeText, '8080');
  });
});

describe('hover: portMappings, networkMode, requiresCompatibilities', () => {
  it("portMappings lists the container's bindings", () => {
    const h = hover(
      task('{ "containerPort": 8080 }, { "containerPort": 9090, "hostPort": 90 }', { mode: 'bridge' }).replace(
        '"portMappings"',
        '"|portMappings"',
      ),
    );
    has(
      h,
      '**portMappings** (container)',
      'Each mapping forwards a fixed or a dynamic instance port to a container port.',
      '**Bindings:**\n- a dynamic host port from the ephemeral range (tcp) → container `web` port 8080\n- instance port 90/tcp → container `web` port 9090',
      '[AWS: portMappings](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html#ECS-Type-ContainerDefinition-portMappings)',
    );
  });

  it("networkMode: the modes, this file's mode, and the bindings (over the key and over the value)", () => {
    const text = task('{ "containerPort": 8080 }', { mode: 'awsvpc' });
    for (const marked of [text.replace('"networkMode"', '"|networkMode"'), text.replace('"awsvpc"', '"aws|vpc"')]) {
      const h = hover(marked);
      has(
        h,
        '**networkMode** (task)',
        'Network mode: **awsvpc** (set in `networkMode`).',
        '- `awsvpc`: Each task gets its own network interface (ENI) and private IP; required on Fargate.',
        '- `none`: No external networking; port mappings are not allowed.',
        'Omitted, it means bridge on Linux EC2 and Docker NAT on Windows; Fargate requires awsvpc.',
        '**Bindings:**\n- task ENI port 8080/tcp → container `web` port 8080',
        '[Task networking](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html)',
      );
    }
    assert.equal(hover(text.replace('"awsvpc"', '"aws|vpc"'))!.rangeText, '"awsvpc"');
  });

  it('requiresCompatibilities: Fargate consequences, also over an item', () => {
    const text = task('{ "containerPort": 8080 }', {
      mode: 'awsvpc',
      extra: '\n  "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",',
    });
    const h = hover(text.replace('"FARGATE"', '"FAR|GATE"'));
    has(
      h,
      '**requiresCompatibilities** (task)',
      '- `FARGATE`: Check it for Fargate: needs awsvpc and task-level cpu and memory.',
      'This task lists **FARGATE**, so ECS applies the Fargate rules: `networkMode` must be awsvpc',
      '[AWS: requiresCompatibilities](',
    );
    assert.equal(h!.rangeText, '"FARGATE"');
    has(
      hover(text.replace('["FARGATE"]', '["EC2"]').replace('"requiresCompatibilities"', '"|requiresCompatibilities"'), undefined, []),
      'This task lists `EC2`: ECS checks it against that launch type only, not against Fargate.',
    );
  });
});

describe('hover: problems', () => {
  it('explains the rule, quotes AWS, links the rule page, then the field', () => {
    const h = hover(task('{ "containerPort": 8080, "hostPort": |80 }', { mode: 'awsvpc' }));
    has(
      h,
      '**`host-port-mismatch`** (error): In awsvpc and host mode, hostPort must be omitted or equal containerPort.',
      'In awsvpc mode the task has its own network interface',
      'AWS reports this as:\n\n> When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
      `[Rule documentation](${ruleDocUrl('host-port-mismatch')})`,
      '\n\n---\n\n**hostPort** (port mapping)',
    );
    assert.ok(h!.value.indexOf('host-port-mismatch') < h!.value.indexOf('**hostPort** (port mapping)'), 'problem first');
    assert.equal(h!.rangeText, '80');
  });

  it("quotes AWS with this file's own values when the rule fills them in", () => {
    const h = hover(
      '{"family": "w", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "3 |GB", "containerDefinitions": [{"name": "a", "image": "b"}]}',
    );
    has(
      h,
      'AWS reports this as:\n\n> No Fargate configuration exists for given values: 256 CPU, 3072 memory. See the Amazon ECS documentation for the valid values',
    );
  });

  it('a problem without hand-written field text: its own range and message', () => {
    const text = task('{ "containerPort": 8080 }', { mode: 'awsvpc' });
    const offset = text.indexOf('"family"');
    const problem: Problem = {
      ruleId: 'no-such-rule',
      severity: 'warning',
      message: 'Something is off.',
      offset,
      length: 8,
      fixes: [],
      related: [],
    };
    const h = hover(`${text.slice(0, offset + 2)}|${text.slice(offset + 2)}`, undefined, [problem]);
    has(h, '**`no-such-rule`** (warning): Something is off.', `[Rule documentation](${ruleDocUrl('no-such-rule')})`);
    lacks(h, 'AWS reports this as');
  });
});

describe('hover: formats and places', () => {
  it('CloudFormation JSON spells keys PascalCase and links the CloudFormation page', () => {
    const text = `{
  "Resources": {
    "TaskDef": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "NetworkMode": "awsvpc",
        "ContainerDefinitions": [
          { "Name": "web", "Image": "nginx", "PortMappings": [ { "ContainerPort": 8080, "|HostPort": 8080 } ] }
        ]
      }
    }
  }
}`;
    const h = hover(text);
    has(
      h,
      '**HostPort** (port mapping)',
      'Network mode: **awsvpc** (set in `NetworkMode`).',
      'omit it or repeat the `ContainerPort` (8080)',
      '[CloudFormation: PortMapping](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecs-taskdefinition-portmapping.html)',
    );
  });

  it('CloudFormation YAML: same model, intrinsic values shown as written', () => {
    const text = `Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: bridge
      ContainerDefinitions:
        - Name: web
          Image: nginx
          PortMappings:
            - ContainerPort: 8080
              |HostPort: !Ref HostPort
`;
    const h = hover(text, { uri: 'file:///stack/template.yaml' });
    has(
      h,
      '**HostPort** (port mapping)',
      'Network mode: **bridge** (set in `NetworkMode`).',
      '**Binding:** instance port `!Ref HostPort`/tcp → container `web` port 8080',
    );
    assert.equal(h!.rangeText, 'HostPort');
  });

  it('describe output (taskDefinition wrapper)', () => {
    const text = `{"taskDefinition": {"family": "x", "networkMode": "host", "containerDefinitions": [{"name": "api", "image": "b", "portMappings": [{"|containerPort": 3000}]}]}}`;
    has(hover(text, undefined, []), '**Binding:** instance port 3000/tcp → container `api` port 3000');
  });

  it('a bare container array does not know its network mode', () => {
    const text = '[{ "name": "web", "image": "nginx", "portMappings": [{ "|containerPort": 80 }] }]';
    has(
      hover(text),
      'Network mode: not in this file (these containers get it from the task definition that uses them).',
      '**Binding:** depends on the network mode: port 80/tcp as is in awsvpc or host mode; a dynamic host port → 80 in bridge mode',
    );
  });

  it("other fields: the schema's description", () => {
    const h = hover(task('{ "containerPort": 8080 }', { mode: 'awsvpc' }).replace('"image"', '"im|age"'));
    has(h, '**image**');
    assert.equal(h!.rangeText, '"image"');
  });

  it('nothing outside task definitions, on punctuation or whitespace', () => {
    assert.equal(hover('{ "networkMode": "awsvpc", "portMappings": [{ "|containerPort": 80 }] }'), undefined);
    assert.equal(hover(task('{ "containerPort": 8080 }', { mode: 'awsvpc' }).replace('"family"', '|  "family"')), undefined);
    assert.equal(hover(task('{| "containerPort": 8080 }', { mode: 'awsvpc' })), undefined);
  });

  it('never throws, at any offset of odd inputs', () => {
    const texts = [
      task('{ "containerPort": 8080, "hostPort": }', { mode: 'awsvpc' }),
      task('{ "containerPort": "x", "hostPort": null, "protocol": 7, "containerPortRange": 5 }', { mode: 'bridge' }),
      '{"containerDefinitions": [1, null, {"portMappings": {"containerPort": 1}}], "networkMode": 5, "requiresCompatibilities": "FARGATE"}',
      '{"containerDefinitions": [{"portMappings": [1, [2], {"containerPort": {{ .Port }} }]}]',
    ];
    for (const text of texts) {
      const doc = analyzeDocument(text);
      const problems = validate(doc);
      for (let i = 0; i <= text.length; i++) assert.doesNotThrow(() => doHover(doc, i, problems));
    }
  });
});
