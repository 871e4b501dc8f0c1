/**
 * Completion in CloudFormation YAML: `|` marks the cursor. Assertions name the exact items and
 * insert texts, and the full text after accepting an item (snippet placeholders at their
 * defaults), which must re-parse with the task definition still found.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/service';
import { type Result, applyItem, complete as completeAt, item, labels, newText, replaced } from './helpers/completion';
import { yamlString } from '../../server/src/service/features/completion/yaml-render';
import { completeYaml } from '../../server/src/service/features/completion/yaml-front-end';

const URI = 'file:///stack.yaml';

/** The whole text after accepting the item; it must re-parse as YAML with the task definition found. */
const complete = (marked: string, uri = URI): Result => completeAt(marked, { uri });

function accept(r: Result, label: string): string {
  const text = applyItem(r, label);
  const after = analyzeDocument(text, { uri: r.doc.uri });
  assert.deepEqual(after.syntaxErrors, [], `after "${label}":\n${text}`);
  assert.equal(after.tasks.length, r.doc.uri === URI ? 1 : after.tasks.length, `task still found after "${label}"`);
  return text;
}

/** A template with one task definition; `props` are extra task-level lines, `mappings` the PortMappings block. */
function stack(opts: { mode?: string; props?: string; mappings?: string; container?: string } = {}): string {
  const mode = opts.mode ? `\n      NetworkMode: ${opts.mode}` : '';
  const props = opts.props ? `\n${opts.props}` : '';
  const mappings = opts.mappings === undefined ? '' : `\n          PortMappings:\n${opts.mappings}`;
  const container = opts.container ? `\n${opts.container}` : '';
  return `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Image:
    Type: String
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web${mode}${props}
      ContainerDefinitions:
        - Name: app
          Image: !Ref Image
        - Name: web
          Image: nginx${mappings}${container}
Outputs:
  Arn:
    Value: !Ref TaskDef
`;
}

const PM = '            - ContainerPort: 80\n';

describe('YAML completion: keys of a port mapping', () => {
  it("empty line at the item's indentation: the missing keys, PascalCase", () => {
    const r = complete(stack({ mode: 'awsvpc', mappings: `${PM}              |` }));
    assert.deepEqual(labels(r), ['HostPort', 'Protocol', 'Name', 'AppProtocol']);
    assert.equal(newText(r, 'Protocol'), 'Protocol: ${1|tcp,udp|}');
    assert.equal(newText(r, 'HostPort'), 'HostPort: ${1:80}');
    assert.equal(newText(r, 'Name'), 'Name: ${1:web-80}');
    assert.equal(item(r, 'Protocol').insertTextFormat, 2);
    assert.equal(item(r, 'Protocol').detail, 'tcp (default) or udp');
    assert.equal(accept(r, 'Protocol'), stack({ mode: 'awsvpc', mappings: `${PM}              Protocol: tcp` }));
  });

  it('a partial key `Proto|` is replaced', () => {
    const r = complete(stack({ mode: 'awsvpc', mappings: `${PM}              Proto|` }));
    assert.equal(replaced(r, 'Protocol'), 'Proto');
    assert.equal(item(r, 'Protocol').filterText, 'Protocol');
    assert.equal(accept(r, 'Protocol'), stack({ mode: 'awsvpc', mappings: `${PM}              Protocol: tcp` }));
  });

  it('a line with just `Host|` (the template does not parse): bridge offers a dynamic host port', () => {
    const r = complete(stack({ mode: 'bridge', mappings: `${PM}              Host|` }));
    assert.ok(r.doc.syntaxErrors.length > 0, 'the typed line breaks the parse');
    assert.deepEqual(labels(r), ['HostPort', 'Protocol', 'Name', 'AppProtocol']);
    assert.equal(newText(r, 'HostPort'), 'HostPort: ${1:0}');
    assert.equal(item(r, 'HostPort').detail, '0 = a dynamic host port; or a fixed instance port');
    assert.equal(accept(r, 'HostPort'), stack({ mode: 'bridge', mappings: `${PM}              HostPort: 0` }));
  });

  it('renaming a key that has a value writes the key only; keys below the cursor are not offered', () => {
    const r = complete(
      stack({ mode: 'awsvpc', mappings: `            - ContainerPort: 80\n              Pro|: udp\n              Name: api` }),
    );
    assert.deepEqual(labels(r), ['HostPort', 'Protocol', 'AppProtocol']);
    assert.equal(newText(r, 'Protocol'), 'Protocol');
    assert.equal(item(r, 'Protocol').insertTextFormat, 1);
    assert.equal(
      accept(r, 'Protocol'),
      stack({ mode: 'awsvpc', mappings: `            - ContainerPort: 80\n              Protocol: udp\n              Name: api` }),
    );
  });

  it('the first key of a new item after `- Cont|`', () => {
    const r = complete(stack({ mode: 'host', mappings: `${PM}            - Cont|` }));
    assert.deepEqual(labels(r), ['port mapping', 'ContainerPort', 'HostPort', 'Protocol']);
    assert.equal(replaced(r, 'ContainerPort'), 'Cont');
    assert.equal(accept(r, 'ContainerPort'), stack({ mode: 'host', mappings: `${PM}            - ContainerPort: 8080` }));
  });
});

describe('YAML completion: values', () => {
  it('`Protocol: |` with trailing spaces: tcp / udp', () => {
    const r = complete(stack({ mode: 'awsvpc', mappings: `${PM}              Protocol: |   ` }));
    assert.deepEqual(labels(r), ['tcp', 'udp']);
    assert.equal(newText(r, 'udp'), 'udp');
    assert.equal(item(r, 'udp').detail, 'UDP, for DNS, syslog, game or media traffic; not with Service Connect.');
    assert.equal(accept(r, 'udp'), stack({ mode: 'awsvpc', mappings: `${PM}              Protocol: udp   ` }));
  });

  it('`Protocol:|` (no space yet) writes one', () => {
    const r = complete(stack({ mode: 'awsvpc', mappings: `${PM}              Protocol:|` }));
    assert.equal(newText(r, 'tcp'), ' tcp');
    assert.equal(accept(r, 'tcp'), stack({ mode: 'awsvpc', mappings: `${PM}              Protocol: tcp` }));
  });

  it('HostPort per network mode, reading a ContainerPort written below the cursor', () => {
    const below = (mode: string) => complete(stack({ mode, mappings: '            - HostPort: |\n              ContainerPort: 8080' }));
    const bridge = below('bridge');
    assert.deepEqual(labels(bridge), ['0', '8080']);
    assert.equal(item(bridge, '0').preselect, true);
    assert.equal(accept(bridge, '0'), stack({ mode: 'bridge', mappings: '            - HostPort: 0\n              ContainerPort: 8080' }));
    assert.deepEqual(labels(below('awsvpc')), ['8080']);
    assert.equal(item(below('awsvpc'), '8080').detail, 'The ContainerPort: the only value allowed in awsvpc mode');
    assert.deepEqual(labels(below('none')), []);
  });

  it('AppProtocol, NetworkMode (Fargate: awsvpc only), replacing a partial or quoted value', () => {
    assert.deepEqual(labels(complete(stack({ mode: 'awsvpc', mappings: `${PM}              AppProtocol: |` }))), ['http', 'http2', 'grpc']);
    const partial = complete(stack({ props: '      NetworkMode: aw|' }));
    assert.deepEqual(labels(partial), ['awsvpc', 'bridge', 'host', 'none']);
    assert.equal(replaced(partial, 'awsvpc'), 'aw');
    assert.equal(accept(partial, 'awsvpc'), stack({ mode: 'awsvpc' }));
    const quoted = complete(stack({ props: '      NetworkMode: "br|"' }));
    assert.equal(replaced(quoted, 'bridge'), 'br');
    assert.equal(accept(quoted, 'bridge'), stack({ props: '      NetworkMode: "bridge"' }));
    const fargate = complete(stack({ props: '      RequiresCompatibilities: [FARGATE]\n      NetworkMode: |' }));
    assert.deepEqual(labels(fargate), ['awsvpc']);
  });

  it('LogDriver enum values and booleans from the schema', () => {
    const log = complete(stack({ container: '          LogConfiguration:\n            LogDriver: |' }));
    assert.ok(labels(log).includes('awslogs') && labels(log).includes('splunk'), labels(log).join());
    assert.equal(accept(log, 'awslogs'), stack({ container: '          LogConfiguration:\n            LogDriver: awslogs' }));
    assert.deepEqual(labels(complete(stack({ container: '          Essential: |' }))), ['true', 'false']);
  });

  it('task Cpu / Memory: Fargate sizes, quoted so they stay strings', () => {
    const cpu = complete(stack({ props: '      RequiresCompatibilities: [FARGATE]\n      Cpu: |' }));
    assert.deepEqual(labels(cpu), ['256', '512', '1024', '2048', '4096', '8192', '16384']);
    assert.equal(newText(cpu, '256'), '"256"');
    const text = accept(cpu, '256');
    assert.equal(text, stack({ props: '      RequiresCompatibilities: [FARGATE]\n      Cpu: "256"' }));
    assert.equal(analyzeDocument(text, { uri: URI }).tasks[0].task?.properties.find((p) => p.key === 'cpu')?.value?.type, 'string');
    const memory = complete(stack({ props: '      RequiresCompatibilities: [FARGATE]\n      Cpu: 512\n      Memory: |' }));
    assert.deepEqual(labels(memory), ['1024', '2048', '3072', '4096']);
    const key = complete(stack({ props: '      Cp|' }));
    assert.equal(newText(key, 'Cpu'), 'Cpu: "$1"');
  });

  it('container names for DependsOn ContainerName, Links and VolumesFrom SourceContainer', () => {
    const dep = complete(stack({ container: '          DependsOn:\n            - ContainerName: |\n              Condition: START' }));
    assert.deepEqual(labels(dep), ['app']);
    assert.equal(
      accept(dep, 'app'),
      stack({ container: '          DependsOn:\n            - ContainerName: app\n              Condition: START' }),
    );
    assert.deepEqual(labels(complete(stack({ container: '          Links:\n            - |' }))), ['app']);
    assert.deepEqual(
      labels(complete(stack({ container: '          Links: [app, |]' }))),
      [],
      'app is linked already; web is this container',
    );
    assert.deepEqual(labels(complete(stack({ container: '          VolumesFrom:\n            - SourceContainer: a|' }))), ['app']);
  });
});

describe('YAML completion: list items and blocks', () => {
  it("`- |` under PortMappings: whole mappings as YAML blocks at the item's indentation, then keys", () => {
    const r = complete(stack({ mode: 'bridge', mappings: `${PM}            - |` }));
    assert.deepEqual(labels(r), [
      'port mapping: dynamic host port',
      'port mapping: fixed host port',
      'port mapping: Service Connect',
      'port range',
      'ContainerPort',
      'HostPort',
      'Protocol',
      'ContainerPortRange',
      'Name',
      'AppProtocol',
    ]);
    assert.equal(
      newText(r, 'port mapping: dynamic host port'),
      'ContainerPort: ${1:8080}\n              HostPort: 0\n              Protocol: ${2|tcp,udp|}',
    );
    assert.equal(item(r, 'port mapping: dynamic host port').insertTextMode, 1, 'indentation is absolute');
    assert.equal(
      accept(r, 'port mapping: dynamic host port'),
      stack({ mode: 'bridge', mappings: `${PM}            - ContainerPort: 8080\n              HostPort: 0\n              Protocol: tcp` }),
    );
  });

  it('an empty line at the dash column gets `- ` first', () => {
    const r = complete(stack({ mode: 'awsvpc', mappings: `${PM}            |` }));
    assert.deepEqual(labels(r), ['port mapping', 'port mapping: Service Connect', 'port range']);
    assert.equal(
      accept(r, 'port mapping'),
      stack({ mode: 'awsvpc', mappings: `${PM}            - ContainerPort: 8080\n              Protocol: tcp` }),
    );
  });

  it('`PortMappings: |` puts the list on the next lines; the key on a container writes the whole block', () => {
    const value = complete(stack({ mode: 'awsvpc', container: '          PortMappings: |' }));
    assert.deepEqual(labels(value), ['- port mapping', '- port mapping: Service Connect', '- port range']);
    assert.equal(replaced(value, '- port mapping'), ' ');
    assert.equal(item(value, '- port mapping').filterText, ' - port mapping');
    assert.equal(
      accept(value, '- port mapping'),
      stack({ mode: 'awsvpc', mappings: '            - ContainerPort: 8080\n              Protocol: tcp' }),
    );
    const key = complete(stack({ mode: 'bridge', container: '          Port|' }));
    assert.equal(
      newText(key, 'PortMappings'),
      'PortMappings:\n            - ContainerPort: ${1:8080}\n              HostPort: 0\n              Protocol: ${2|tcp,udp|}',
    );
    assert.equal(
      accept(key, 'PortMappings'),
      stack({ mode: 'bridge', mappings: '            - ContainerPort: 8080\n              HostPort: 0\n              Protocol: tcp' }),
    );
  });

  it('RequiresCompatibilities: block items not yet listed, flow items, the key as a block', () => {
    const block = complete(stack({ props: '      RequiresCompatibilities:\n        - EC2\n        - |' }));
    assert.deepEqual(labels(block), ['FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);
    assert.equal(accept(block, 'FARGATE'), stack({ props: '      RequiresCompatibilities:\n        - EC2\n        - FARGATE' }));
    const flow = complete(stack({ props: '      RequiresCompatibilities: [|]' }));
    assert.deepEqual(labels(flow), ['FARGATE', 'EC2', 'EXTERNAL', 'MANAGED_INSTANCES']);
    assert.equal(accept(flow, 'FARGATE'), stack({ props: '      RequiresCompatibilities: [FARGATE]' }));
    const comma = complete(stack({ props: '      RequiresCompatibilities: [EC2 |]' }));
    assert.equal(accept(comma, 'FARGATE'), stack({ props: '      RequiresCompatibilities: [EC2, FARGATE]' }));
    const before = complete(stack({ props: '      RequiresCompatibilities: [|EC2]' }));
    assert.equal(accept(before, 'FARGATE'), stack({ props: '      RequiresCompatibilities: [FARGATE, EC2]' }));
    const key = complete(stack({ props: '      Requires|' }));
    assert.equal(
      newText(key, 'RequiresCompatibilities'),
      'RequiresCompatibilities:\n        - ${1|FARGATE,EC2,EXTERNAL,MANAGED_INSTANCES|}',
    );
    assert.equal(accept(key, 'RequiresCompatibilities'), stack({ props: '      RequiresCompatibilities:\n        - FARGATE' }));
  });

  it('a flow port mapping `{ ContainerPort: 80, | }`', () => {
    const r = complete(stack({ mode: 'bridge', mappings: '            - { ContainerPort: 80, | }' }));
    assert.deepEqual(labels(r), ['HostPort', 'Protocol', 'Name', 'AppProtocol']);
    assert.equal(accept(r, 'HostPort'), stack({ mode: 'bridge', mappings: '            - { ContainerPort: 80, HostPort: 0 }' }));
  });

  it('task keys under an empty Properties, and in a compact-sequence file', () => {
    const text = 'Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      |\n';
    const r = complete(text);
    assert.deepEqual(labels(r).slice(0, 3), ['NetworkMode', 'RequiresCompatibilities', 'Family']);
    assert.equal(
      accept(r, 'NetworkMode'),
      'Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: awsvpc\n',
    );
    const compact = complete(
      'Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      RequiresCompatibilities:\n      - EC2\n      Vol|\n',
    );
    assert.equal(newText(compact, 'Volumes'), 'Volumes:\n      - $1');
    assert.ok(!labels(compact).includes('RequiresCompatibilities'));
  });

  it('a YAML task definition for the CLI (camelCase keys)', () => {
    const r = complete(
      'family: web\nnetworkMode: awsvpc\ncontainerDefinitions:\n  - name: web\n    image: nginx\n    portMappings:\n      - containerPort: 80\n        |\n',
      'file:///task.yaml',
    );
    assert.deepEqual(labels(r), ['hostPort', 'protocol', 'name', 'appProtocol']);
    assert.equal(newText(r, 'protocol'), 'protocol: ${1|tcp,udp|}');
  });
});

describe('YAML completion: nothing outside task definitions', () => {
  const places = [
    ['Parameters', stack().replace('    Type: String\n', '    Type: String\n    |\n')],
    ['another resource', stack().replace('      RoleName: app\n', '      RoleName: app\n      |\n')],
    ['the resource itself', stack().replace('    Type: AWS::ECS::TaskDefinition\n', '    Type: AWS::ECS::TaskDefinition\n    |\n')],
    ['Outputs', stack().replace('    Value: !Ref TaskDef\n', '    Value: !Ref TaskDef\n    |\n')],
    ['a comment', stack({ props: '      # NetworkMode: |' })],
    ['a block scalar', stack({ container: '          Command:\n            - >\n              echo |' })],
    ['a tagged value', stack({ props: '      NetworkMode: !If [IsProd, awsvpc, |]' })],
    ['a value that continues below', stack({ props: '      RequiresCompatibilities: |\n        - EC2' })],
  ];
  for (const [name, text] of places) {
    it(name, () => assert.deepEqual(labels(complete(text)), []));
  }

  it('non-CloudFormation YAML', () => {
    assert.deepEqual(labels(complete('apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: x\n      |\n', 'file:///pod.yaml')), []);
    assert.deepEqual(
      labels(complete('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      |\n', 'file:///s3.yaml')),
      [],
    );
  });
});

describe('YAML completion: quoting and robustness', () => {
  it('quotes only where YAML needs it', () => {
    assert.deepEqual(
      ['tcp', 'awsvpc', '8000-8010', 'nginx:latest'].map((v) => yamlString(v, false)),
      ['tcp', 'awsvpc', '8000-8010', 'nginx:latest'],
    );
    assert.deepEqual(
      ['256', 'yes', 'no', 'on', 'off', 'true', 'null', '~', '', '#x', 'a: b', '- x'].map((v) => yamlString(v, false)),
      ['"256"', '"yes"', '"no"', '"on"', '"off"', '"true"', '"null"', '"~"', '""', '"#x"', '"a: b"', '"- x"'],
    );
    assert.equal(yamlString('a,b', true), '"a,b"');
  });

  it('every item accepted at these places leaves valid YAML with the task still found', () => {
    const cases = [
      stack({ mode: 'bridge', mappings: `${PM}              |` }),
      stack({ mode: 'bridge', mappings: `${PM}            - |` }),
      stack({ mode: 'awsvpc', mappings: `${PM}            |` }),
      stack({ mode: 'awsvpc', container: '          PortMappings: |' }),
      stack({ container: '          |' }),
      stack({ props: '      |' }),
      stack({ props: '      RequiresCompatibilities: [EC2 |]' }),
      stack({ props: '      RequiresCompatibilities: |' }),
      stack({ mode: 'bridge', mappings: '            - { ContainerPort: 80, | }' }),
      stack({ mode: 'bridge', mappings: '            - {|}' }),
      stack({ mode: 'awsvpc', mappings: '            - ContainerPort: 80\n              Protocol: "|"' }),
    ];
    for (const c of cases) {
      const r = complete(c);
      assert.ok(r.items.length > 0, `some items at ${JSON.stringify(c.slice(c.indexOf('|') - 30, c.indexOf('|') + 5))}`);
      for (const i of r.items) accept(r, i.label);
    }
  });

  it("never throws, at any offset (the front end itself, not behind doComplete's guard)", () => {
    const texts = [
      stack({ mode: 'bridge', mappings: `${PM}              HostPort: 0\n            - { ContainerPort: 81, Protocol: "udp" }` }),
      stack({
        props: '      RequiresCompatibilities: [EC2, "FARGATE"\n      Cpu: \'256\'',
        container: '          Command: |\n            echo "a: b" # x\n          Links: [app',
      }),
      'Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      - a\n      ContainerDefinitions: {{ defs }}\n  - : :\n- - [ { ] }\n',
      'Resources:\r\n  T:\r\n    Type: AWS::ECS::TaskDefinition\r\n    Properties:\r\n      ContainerDefinitions:\r\n      - Name: x\r\n        PortMappings:\r\n        - \r\n---\r\nx: 1\r\n',
    ];
    for (const text of texts) {
      const doc = analyzeDocument(text, { uri: URI });
      for (let i = 0; i <= text.length; i++) {
        assert.ok(Array.isArray(completeYaml(doc, i)));
      }
    }
  });
});
