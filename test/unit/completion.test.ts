/**
 * Completion: `|` in a text marks the cursor. Assertions name the exact items, insert texts and
 * replace ranges, and the full text after accepting an item (snippet placeholders filled with
 * their defaults), including in broken JSON while the user types.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, doComplete } from '../../server/src/service';
import { applyItem as accept, complete, item, labels, newText, replaced } from './helpers/completion';
import { task } from './helpers/port-task';

const FARGATE = '\n  "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",';

describe('completion: keys inside a port mapping', () => {
  it('"proto| (unterminated): completes the key over the partial, with a value snippet', () => {
    const r = complete(task('{ "containerPort": 8080, "proto|\n        }', { mode: 'awsvpc' }));
    assert.deepEqual(labels(r), ['hostPort', 'protocol', 'name', 'appProtocol']);
    assert.equal(replaced(r, 'protocol'), '"proto');
    assert.equal(newText(r, 'protocol'), '"protocol": "${1|tcp,udp|}"');
    assert.equal(item(r, 'protocol').filterText, '"protocol"');
    assert.equal(item(r, 'protocol').insertTextFormat, 2);
    assert.equal(item(r, 'protocol').detail, 'tcp (default) or udp');
    assert.equal(accept(r, 'protocol'), task('{ "containerPort": 8080, "protocol": "tcp"\n        }', { mode: 'awsvpc' }));
  });

  it('"proto|" (closed string): the range covers both quotes', () => {
    const r = complete(task('{ "containerPort": 8080, "proto|" }', { mode: 'awsvpc' }));
    assert.equal(replaced(r, 'protocol'), '"proto"');
    assert.equal(accept(r, 'protocol'), task('{ "containerPort": 8080, "protocol": "tcp" }', { mode: 'awsvpc' }));
  });

  it('renaming a key that already has a value writes only the key', () => {
    const r = complete(task('{ "containerPort": 8080, "proto|": "udp" }', { mode: 'awsvpc' }));
    assert.equal(newText(r, 'protocol'), '"protocol"');
    assert.equal(item(r, 'protocol').insertTextFormat, 1);
    assert.equal(accept(r, 'protocol'), task('{ "containerPort": 8080, "protocol": "udp" }', { mode: 'awsvpc' }));
  });

  it('no quotes yet: inserts "key": value', () => {
    const r = complete(task('{ "containerPort": 8080, | }', { mode: 'bridge' }));
    assert.deepEqual(labels(r), ['hostPort', 'protocol', 'name', 'appProtocol']);
    assert.equal(newText(r, 'hostPort'), '"hostPort": ${1:0}');
    assert.equal(item(r, 'hostPort').detail, '0 = a dynamic host port; or a fixed instance port');
    assert.equal(accept(r, 'hostPort'), task('{ "containerPort": 8080, "hostPort": 0 }', { mode: 'bridge' }));
  });

  it('a bare word is replaced and quoted', () => {
    const r = complete(task('{ "containerPort": 8080, prot| }', { mode: 'awsvpc' }));
    assert.equal(replaced(r, 'protocol'), 'prot');
    assert.equal(item(r, 'protocol').filterText, 'protocol');
    assert.equal(accept(r, 'protocol'), task('{ "containerPort": 8080, "protocol": "tcp" }', { mode: 'awsvpc' }));
  });

  it('adds a trailing comma when another member follows, and never offers present keys', () => {
    const r = complete(
      task('{\n          "containerPort": 8080,\n          |\n          "protocol": "tcp"\n        }', { mode: 'awsvpc' }),
    );
    assert.deepEqual(labels(r), ['hostPort', 'name', 'appProtocol']);
    assert.equal(newText(r, 'name'), '"name": "${1:web-8080}",');
    assert.equal(
      accept(r, 'name'),
      task('{\n          "containerPort": 8080,\n          "name": "web-8080",\n          "protocol": "tcp"\n        }', {
        mode: 'awsvpc',
      }),
    );
  });

  it('adds the missing comma after the previous member', () => {
    const r = complete(task('{\n          "containerPort": 8080\n          "|\n        }', { mode: 'awsvpc' }));
    const it = item(r, 'appProtocol');
    assert.equal(it.additionalTextEdits?.length, 1);
    assert.equal(
      accept(r, 'appProtocol'),
      task('{\n          "containerPort": 8080,\n          "appProtocol": "http"\n        }', { mode: 'awsvpc' }),
    );
  });

  it('right after the previous value, the comma goes into the inserted text', () => {
    const r = complete(task('{ "containerPort": 8080, "protocol": "udp"| }', { mode: 'bridge' }));
    assert.equal(newText(r, 'hostPort'), ', "hostPort": ${1:0}');
    assert.equal(item(r, 'hostPort').additionalTextEdits, undefined);
    assert.equal(accept(r, 'hostPort'), task('{ "containerPort": 8080, "protocol": "udp", "hostPort": 0 }', { mode: 'bridge' }));
    // A number right before the cursor is still being typed: no keys there.
    assert.deepEqual(labels(complete(task('{ "containerPort": 8080| }', { mode: 'awsvpc' }))), []);
  });

  it('an empty mapping offers every key; awsvpc hostPort is the containerPort or a stop', () => {
    const r = complete(task('{ | }', { mode: 'awsvpc' }));
    assert.deepEqual(labels(r), ['containerPort', 'hostPort', 'protocol', 'containerPortRange', 'name', 'appProtocol']);
    assert.equal(newText(r, 'containerPort'), '"containerPort": ${1:8080}');
    assert.equal(newText(r, 'hostPort'), '"hostPort": $1');
    assert.equal(item(r, 'hostPort').detail, 'Must equal containerPort in awsvpc mode (or leave it out)');
    assert.equal(newText(r, 'containerPortRange'), '"containerPortRange": "${1:8000-8010}"');
    assert.equal(newText(r, 'appProtocol'), '"appProtocol": "${1|http,http2,grpc|}"');
    const doc = item(r, 'containerPort').documentation as { kind: string; value: string };
    assert.ok(doc.value.includes('Network mode: **awsvpc**'), doc.value);
  });

  it('awsvpc hostPort key is pre-filled with the containerPort', () => {
    const r = complete(task('{ "containerPort": 3000, "| }', { mode: 'awsvpc' }));
    assert.equal(newText(r, 'hostPort'), '"hostPort": ${1:3000}');
  });

  it('a range excludes containerPort and hostPort; containerPort excludes the range', () => {
    assert.deepEqual(labels(complete(task('{ "containerPortRange": "8000-8010", | }', { mode: 'bridge' }))), [
      'protocol',
      'name',
      'appProtocol',
    ]);
    assert.ok(!labels(complete(task('{ "containerPort": 80, | }', { mode: 'bridge' }))).includes('containerPortRange'));
  });

  it('host mode: no Service Connect fields, no ranges; none mode: no hostPort, no range', () => {
    assert.deepEqual(labels(complete(task('{ | }', { mode: 'host' }))), ['containerPort', 'hostPort', 'protocol']);
    assert.deepEqual(labels(complete(task('{ | }', { mode: 'none' }))), ['containerPort', 'protocol']);
  });
});

describe('completion: values inside a port mapping', () => {
  it('"protocol": | inserts a quoted value and a comma before the next member', () => {
    const r = complete(
      task('{\n          "containerPort": 8080,\n          "protocol": |\n          "name": "web"\n        }', { mode: 'awsvpc' }),
    );
    assert.deepEqual(labels(r), ['tcp', 'udp']);
    assert.equal(newText(r, 'tcp'), '"tcp",');
    assert.equal(item(r, 'tcp').detail, 'TCP, the default when protocol is omitted; the only one Service Connect supports.');
    assert.equal(item(r, 'udp').detail, 'UDP, for DNS, syslog, game or media traffic; not with Service Connect.');
    assert.equal(
      accept(r, 'udp'),
      task('{\n          "containerPort": 8080,\n          "protocol": "udp",\n          "name": "web"\n        }', { mode: 'awsvpc' }),
    );
  });

  it('"protocol": "|" inserts inside the quotes', () => {
    const r = complete(task('{ "containerPort": 8080, "protocol": "|" }', { mode: 'awsvpc' }));
    assert.equal(newText(r, 'tcp'), 'tcp');
    assert.equal(replaced(r, 'tcp'), '');
    assert.equal(item(r, 'tcp').filterText, 'tcp');
    assert.equal(accept(r, 'tcp'), task('{ "containerPort": 8080, "protocol": "tcp" }', { mode: 'awsvpc' }));
  });

  it('"protocol": "u| (unterminated) and a bare word get quoted', () => {
    const r = complete(task('{ "containerPort": 8080, "protocol": "u|\n        }', { mode: 'awsvpc' }));
    assert.equal(replaced(r, 'udp'), '"u');
    assert.equal(item(r, 'udp').filterText, '"udp"');
    assert.equal(accept(r, 'udp'), task('{ "containerPort": 8080, "protocol": "udp"\n        }', { mode: 'awsvpc' }));
    const bare = complete(task('{ "containerPort": 8080, "protocol": ud| }', { mode: 'awsvpc' }));
    assert.equal(accept(bare, 'udp'), task('{ "containerPort": 8080, "protocol": "udp" }', { mode: 'awsvpc' }));
  });

  it('appProtocol values with one-line explanations', () => {
    const r = complete(task('{ "containerPort": 8080, "name": "web", "appProtocol": | }', { mode: 'awsvpc' }));
    assert.deepEqual(
      r.items.map((i) => [i.label, i.detail]),
      [
        ['http', 'HTTP/1.1: Service Connect handles it as HTTP and reports HTTP metrics.'],
        ['http2', 'HTTP/2: Service Connect handles it as HTTP/2 and reports HTTP metrics.'],
        ['grpc', 'gRPC: Service Connect handles it as gRPC and reports gRPC metrics.'],
      ],
    );
  });

  it('hostPort value: the containerPort in awsvpc and host', () => {
    for (const mode of ['awsvpc', 'host']) {
      const r = complete(task('{ "containerPort": 8080, "hostPort": | }', { mode }));
      assert.deepEqual(labels(r), ['8080']);
      assert.equal(item(r, '8080').detail, `The containerPort: the only value allowed in ${mode} mode`);
      assert.equal(newText(r, '8080'), '8080');
    }
  });

  it('hostPort value: 0 (dynamic) and the containerPort (static) in bridge, also when networkMode is omitted', () => {
    for (const text of [
      task('{ "hostPort": |, "containerPort": 8080 }', { mode: 'bridge' }),
      task('{ "hostPort": |, "containerPort": 8080 }'),
    ]) {
      const r = complete(text);
      assert.deepEqual(labels(r), ['0', '8080']);
      assert.equal(item(r, '0').detail, 'Dynamic: a free host port from the ephemeral range, so copies of the task can share an instance');
      assert.equal(item(r, '0').preselect, true);
      assert.equal(item(r, '8080').detail, 'Fixed: instance port 8080, the same as containerPort (one task per instance)');
    }
  });

  it('hostPort value: Fargate without networkMode counts as awsvpc; none offers nothing', () => {
    assert.deepEqual(labels(complete(task('{ "containerPort": 80, "hostPort": | }', { extra: FARGATE }))), ['80']);
    assert.deepEqual(labels(complete(task('{ "containerPort": 80, "hostPort": | }', { mode: 'none' }))), []);
  });

  it('hostPort value with a placeholder containerPort: only what is known', () => {
    assert.deepEqual(labels(complete(task('{ "containerPort": ${PORT}, "hostPort": | }', { mode: 'bridge' }))), ['0']);
    assert.deepEqual(labels(complete(task('{ "containerPort": "${PORT}", "hostPort": | }', { mode: 'awsvpc' }))), []);
  });

  it('replacing a typed number', () => {
    const r = complete(task('{ "containerPort": 8080, "hostPort": 8|0 }', { mode: 'bridge' }));
    assert.equal(replaced(r, '8080'), '80');
    assert.equal(accept(r, '8080'), task('{ "containerPort": 8080, "hostPort": 8080 }', { mode: 'bridge' }));
  });
});

describe('completion: whole port mappings', () => {
  it('awsvpc: containerPort + protocol, no hostPort', () => {
    const r = complete(task('|', { mode: 'awsvpc' }));
    assert.deepEqual(labels(r), ['port mapping', 'port mapping: Service Connect', 'port range']);
    assert.equal(newText(r, 'port mapping'), '{ "containerPort": ${1:8080}, "protocol": "${2|tcp,udp|}" }');
    assert.equal(item(r, 'port mapping').detail, "awsvpc: the task's network interface exposes containerPort itself; no hostPort");
    assert.equal(
      newText(r, 'port mapping: Service Connect'),
      '{ "name": "${1:web}", "containerPort": ${2:8080}, "protocol": "tcp", "appProtocol": "${3|http,http2,grpc|}" }',
    );
    assert.equal(accept(r, 'port mapping'), task('{ "containerPort": 8080, "protocol": "tcp" }', { mode: 'awsvpc' }));
  });

  it('bridge: dynamic (hostPort 0) first, fixed second; comma before after an existing item', () => {
    const r = complete(task('{ "containerPort": 80 }\n        |', { mode: 'bridge' }));
    assert.deepEqual(labels(r), [
      'port mapping: dynamic host port',
      'port mapping: fixed host port',
      'port mapping: Service Connect',
      'port range',
    ]);
    assert.equal(
      newText(r, 'port mapping: dynamic host port'),
      '{ "containerPort": ${1:8080}, "hostPort": 0, "protocol": "${2|tcp,udp|}" }',
    );
    assert.equal(
      newText(r, 'port mapping: fixed host port'),
      '{ "containerPort": ${1:8080}, "hostPort": ${2:80}, "protocol": "${3|tcp,udp|}" }',
    );
    assert.equal(
      accept(r, 'port mapping: dynamic host port'),
      task('{ "containerPort": 80 },\n        { "containerPort": 8080, "hostPort": 0, "protocol": "tcp" }', { mode: 'bridge' }),
    );
  });

  it('before an existing item: comma after', () => {
    const r = complete(task('| { "containerPort": 80 }', { mode: 'host' }));
    assert.deepEqual(labels(r), ['port mapping']);
    assert.equal(
      accept(r, 'port mapping'),
      task('{ "containerPort": 8080, "protocol": "tcp" }, { "containerPort": 80 }', { mode: 'host' }),
    );
  });

  it('none: nothing to add', () => {
    assert.deepEqual(labels(complete(task('|', { mode: 'none' }))), []);
  });

  it('"portMappings": | offers whole arrays; the key itself on a container', () => {
    const text = `{"family": "f", "networkMode": "awsvpc", "containerDefinitions": [{"name": "api", "image": "x", "portMappings": |}]}`;
    const r = complete(text);
    assert.equal(newText(r, '[port mapping]'), '[{ "containerPort": ${1:8080}, "protocol": "${2|tcp,udp|}" }]');
    const keys = complete(`{"family": "f", "networkMode": "bridge", "containerDefinitions": [{"name": "api", "image": "x", |}]}`);
    assert.equal(
      newText(keys, 'portMappings'),
      '"portMappings": [{ "containerPort": ${1:8080}, "hostPort": 0, "protocol": "${2|tcp,udp|}" }]',
    );
    assert.ok(!labels(keys).includes('name') && !labels(keys).includes('image'), 'present keys are not offered');
    assert.ok(labels(keys).includes('essential'), 'schema keys are offered');
  });
});

describe('completion: task level', () => {
  it('networkMode values with one-line explanations', () => {
    const r = complete(task('{ "containerPort": 80 }', { extra: '\n  "networkMode": |' }).replace('|\n', '|,\n'));
    assert.deepEqual(
      r.items.map((i) => [i.label, i.detail]),
      [
        ['awsvpc', 'Each task gets its own network interface (ENI) and private IP; required on Fargate.'],
        ['bridge', "Docker's bridge network on the instance; fixed or dynamic host ports. Linux EC2 only."],
        ['host', "Containers use the instance's network directly: container port = instance port. Linux EC2 only."],
        ['none', 'No external networking; port mappings are not allowed.'],
      ],
    );
    assert.equal(newText(r, 'awsvpc'), '"awsvpc"');
  });

  it('networkMode value while typing, before the next member (the file does not parse yet)', () => {
    const r = complete('{\n  "family": "web",\n  "networkMode": |\n  "containerDefinitions": [{ "name": "web", "image": "nginx" }]\n}');
    assert.equal(newText(r, 'bridge'), '"bridge",');
    assert.equal(
      accept(r, 'bridge'),
      '{\n  "family": "web",\n  "networkMode": "bridge",\n  "containerDefinitions": [{ "name": "web", "image": "nginx" }]\n}',
    );
  });

  it('Fargate and Windows tasks are offered awsvpc only', () => {
    const fargate = complete(task('{ "containerPort": 80 }', { extra: `${FARGATE}\n  "networkMode": "|",` }));
    assert.deepEqual(labels(fargate), ['awsvpc']);
    assert.equal(item(fargate, 'awsvpc').preselect, true);
    const windows = complete(
      task('{ "containerPort": 80 }', {
        extra: '\n  "runtimePlatform": { "operatingSystemFamily": "WINDOWS_SERVER_2022_CORE" },\n  "networkMode": "|",',
      }),
    );
    assert.deepEqual(labels(windows), ['awsvpc']);
    assert.ok(item(windows, 'awsvpc').detail!.includes('omit networkMode (Docker NAT)'));
  });

  it('requiresCompatibilities: items not yet listed; whole arrays as a value', () => {
    const r = complete(task('{ "containerPort": 80 }', { extra: '\n  "requiresCompatibilities": ["EC2", |],' }));
    assert.deepEqual(labels(r), ['FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);
    assert.equal(item(r, 'FARGATE').detail, 'Check it for Fargate: needs awsvpc and task-level cpu and memory.');
    const typing = complete(task('{ "containerPort": 80 }', { extra: '\n  "requiresCompatibilities": ["EC2" "F|],' }));
    assert.equal(typing.items[0].additionalTextEdits?.length, 1, 'comma after "EC2"');
    const value = complete(task('{ "containerPort": 80 }', { extra: '\n  "requiresCompatibilities": |,' }));
    assert.deepEqual(labels(value), ['["FARGATE"]', '["EC2"]', '["EXTERNAL"]', '["MANAGED_INSTANCES"]']);
    assert.equal(newText(value, '["FARGATE"]'), '["FARGATE"]');
  });

  it("task keys: networkMode and requiresCompatibilities when missing, then the schema's keys", () => {
    const r = complete('{\n  "family": "web",\n  |\n  "containerDefinitions": []\n}');
    assert.deepEqual(labels(r).slice(0, 2), ['networkMode', 'requiresCompatibilities']);
    assert.equal(newText(r, 'networkMode'), '"networkMode": "${1|awsvpc,bridge,host,none|}",');
    assert.equal(newText(r, 'requiresCompatibilities'), '"requiresCompatibilities": ["${1|FARGATE,EC2,EXTERNAL,MANAGED_INSTANCES|}"],');
    assert.ok(labels(r).includes('cpu') && labels(r).includes('executionRoleArn'));
    assert.ok(!labels(r).includes('family') && !labels(r).includes('containerDefinitions'));
    assert.equal(new Set(labels(r)).size, labels(r).length, 'no duplicates');
  });
});

describe('completion: schema-driven places', () => {
  it('enum values of other fields, with the field description as documentation', () => {
    const r = complete('{"family": "f", "containerDefinitions": [{"name": "api", "image": "x", "logConfiguration": {"logDriver": "|"}}]}');
    assert.ok(labels(r).includes('awslogs') && labels(r).includes('splunk'), labels(r).join());
    assert.equal(newText(r, 'awslogs'), 'awslogs');
    assert.ok((item(r, 'awslogs').documentation as { value: string }).value.includes('**logDriver**'));
  });

  it('booleans, and keys of nested objects', () => {
    assert.deepEqual(labels(complete('{"family": "f", "containerDefinitions": [{"name": "api", "image": "x", "essential": |}]}')), [
      'true',
      'false',
    ]);
    const r = complete('{"family": "f", "containerDefinitions": [{"name": "api", "image": "x", "logConfiguration": {|}}]}');
    assert.deepEqual(labels(r), ['logDriver', 'options', 'secretOptions']);
    assert.equal(newText(r, 'options'), '"options": {$1}');
    const env = complete('{"family": "f", "containerDefinitions": [{"name": "api", "image": "x", "environment": [{"name": "A", |}]}]}');
    assert.deepEqual(labels(env), ['value']);
    assert.equal(newText(env, 'value'), '"value": "$1"');
  });

  it('a new container fits the network mode', () => {
    const r = complete('{"family": "f", "networkMode": "awsvpc", "containerDefinitions": [|]}');
    assert.deepEqual(labels(r), ['container']);
    assert.equal(
      newText(r, 'container'),
      '{ "name": "${1:app}", "image": "${2:nginx:latest}", "essential": true, "portMappings": [{ "containerPort": ${3:8080}, "protocol": "${4|tcp,udp|}" }] }',
    );
    assert.equal(item(r, 'container').detail, 'Name, image and a port mapping for awsvpc mode');
  });
});

describe('completion: accepted items keep the JSON valid', () => {
  const cases = [
    task('{ "containerPort": 8080, | }', { mode: 'bridge' }),
    task('{ "containerPort": 8080, "| }', { mode: 'awsvpc' }),
    task('{ "containerPort": 8080,\n          "|\n          "protocol": "tcp" }', { mode: 'awsvpc' }),
    task('{ "containerPort": 8080\n          |\n        }', { mode: 'host' }),
    task('{ "containerPort": 8080, "protocol": | }', { mode: 'awsvpc' }),
    task('{ "containerPort": 8080, "hostPort": |\n "protocol": "tcp" }', { mode: 'bridge' }),
    task('{ "containerPort": 80 } |', { mode: 'bridge' }),
    task('| { "containerPort": 80 }', { mode: 'awsvpc' }),
    task('|'),
    '{"family": "f", "containerDefinitions": [{"name": "a", "image": "b"} |]}',
    '{"family": "f", |\n "containerDefinitions": [{"name": "a", "image": "b"}]}',
    '{"family": "f", "requiresCompatibilities": [|"EC2"], "containerDefinitions": [{"name": "a", "image": "b"}]}',
  ];
  for (const c of cases) {
    it(JSON.stringify(c.slice(Math.max(0, c.indexOf('|') - 30), c.indexOf('|') + 15)), () => {
      const r = complete(c);
      assert.ok(r.items.length > 0, 'some items');
      for (const i of r.items) {
        const after = accept(r, i.label);
        const errors = analyzeDocument(after).syntaxErrors;
        assert.deepEqual(errors, [], `after "${i.label}":\n${after}`);
      }
    });
  }
});

describe('completion: formats and places', () => {
  it('CloudFormation JSON: PascalCase keys', () => {
    const text = `{
  "Resources": {
    "TaskDef": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "NetworkMode": "bridge",
        "ContainerDefinitions": [
          { "Name": "web", "Image": "nginx", "PortMappings": [ { "ContainerPort": 8080, "Proto| } ] }
        ]
      }
    }
  }
}`;
    const r = complete(text);
    assert.deepEqual(labels(r), ['HostPort', 'Protocol', 'Name', 'AppProtocol']);
    assert.equal(newText(r, 'Protocol'), '"Protocol": "${1|tcp,udp|}"');
    assert.equal(item(r, 'HostPort').detail, '0 = a dynamic host port; or a fixed instance port');
  });

  it('describe output and bare container arrays', () => {
    const describeOut = complete(
      '{"taskDefinition": {"family": "x", "networkMode": "host", "containerDefinitions": [{"name": "a", "image": "b", "portMappings": [{"containerPort": 80, "hostPort": |}]}]}}',
    );
    assert.deepEqual(labels(describeOut), ['80']);
    const bare = complete('[{ "name": "web", "image": "nginx", "portMappings": [|] }]');
    assert.deepEqual(labels(bare), ['port mapping', 'port mapping: Service Connect', 'port range']);
    assert.equal(item(bare, 'port mapping').detail, 'containerPort and protocol: fits every network mode');
  });

  it('nothing outside task definitions, in comments, or where nothing fits', () => {
    assert.deepEqual(labels(complete('{ "name": "x", "portMappings": [{ "proto| }] }')), []);
    assert.deepEqual(labels(complete(task('{ "containerPort": 80 /* "proto| */ }', { mode: 'awsvpc' }))), []);
    assert.deepEqual(labels(complete(task('{ "containerPort": 80 } // |', { mode: 'awsvpc' }))), []);
    assert.deepEqual(
      labels(complete(task('{ "containerPort": 80 }', { mode: 'awsvpc' }).replace('"family": "web"', '"family": "w|eb"'))),
      [],
    );
  });

  it('never throws, at any offset of odd inputs', () => {
    const texts = [
      task('{ "containerPort": 8080, "hostPort": }', { mode: 'awsvpc' }),
      task('{ "containerPort": "x", "hostPort": null, "protocol": 7, "containerPortRange": 5 }', { mode: 'bridge' }),
      '{"containerDefinitions": [1, null, {"portMappings": {"containerPort": 1}}], "networkMode": 5, "requiresCompatibilities": "FARGATE"}',
      '{"containerDefinitions": [{"portMappings": [1, [2], {"containerPort": {{ .Port }}, "x": ${Y} }]}]',
      '{"containerDefinitions": [{"portMappings": [{"containerPort": 80, "hostPort": 0}}]]}}]"',
      '{"containerDefinitions": [{"name": "a\\"b", "portMappings": [{"name": "\\u00e9',
    ];
    for (const text of texts) {
      const doc = analyzeDocument(text);
      for (let i = 0; i <= text.length; i++) {
        const list = doComplete(doc, i);
        assert.ok(Array.isArray(list.items));
      }
    }
  });
});

describe('completion: container-name references', () => {
  const twoContainers = (ref: string) => `{
  "family": "web",
  "containerDefinitions": [
    { "name": "app", "image": "php" },
    { "name": "sidecar", "image": "envoy" },
    { "name": "web", "image": "nginx", ${ref} }
  ]
}`;

  it('dependsOn containerName: the other containers, not this one', () => {
    const r = complete(twoContainers('"dependsOn": [{ "containerName": "|", "condition": "START" }]'));
    assert.deepEqual(labels(r), ['app', 'sidecar']);
    assert.equal(accept(r, 'sidecar'), twoContainers('"dependsOn": [{ "containerName": "sidecar", "condition": "START" }]'));
  });

  it('links: names not linked yet', () => {
    const r = complete(twoContainers('"links": ["app:db", |]'));
    assert.deepEqual(labels(r), ['sidecar']);
    assert.equal(accept(r, 'sidecar'), twoContainers('"links": ["app:db", "sidecar"]'));
  });

  it('volumesFrom sourceContainer and proxyConfiguration containerName', () => {
    assert.deepEqual(labels(complete(twoContainers('"volumesFrom": [{ "sourceContainer": | }]'))), ['app', 'sidecar']);
    const proxy = complete(
      `{"family": "w", "proxyConfiguration": {"type": "APPMESH", "containerName": "|"}, "containerDefinitions": [{"name": "envoy", "image": "e"}]}`,
    );
    assert.deepEqual(labels(proxy), ['envoy']);
  });
});
