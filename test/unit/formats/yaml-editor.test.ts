/**
 * The YAML fix editor: every fix operation edits in place and leaves the rest of the text
 * byte-identical (indentation, comments, quoting, flow style, line endings). Expected texts are
 * written as the input with one visible change.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFix } from '../../../server/src/service';
import type { FixEdit } from '../../../server/src/service';

const edit = (text: string, ...edits: FixEdit[]) => applyFix(text, 'yaml', { title: 't', edits });

const T = `# Task definition for the web tier
Resources:
  TD:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web # keep me
      NetworkMode: 'awsvpc'
      Cpu: "256"
      ContainerDefinitions:
        - Name: web
          Image: nginx
          PortMappings:
            - { ContainerPort: 80, HostPort: 8080 }
            - HostPort: 8443   # tls
              ContainerPort: 443
            - ContainerPort: 22
          Links: [db, cache]
          Hostname: !Ref Host
        # the end
`;
const P = ['Resources', 'TD', 'Properties'];
const C = [...P, 'ContainerDefinitions', 0];
const PM = [...C, 'PortMappings'];

describe('YAML editor: remove', () => {
  it('a key on its own line, with its trailing comment', () => {
    assert.equal(edit(T, { op: 'remove', path: [...P, 'Family'] }), T.replace('      Family: web # keep me\n', ''));
  });
  it('the first key of a sequence item: the next key moves up after the dash', () => {
    assert.equal(
      edit(T, { op: 'remove', path: [...PM, 1, 'HostPort'] }),
      T.replace('- HostPort: 8443   # tls\n              ContainerPort: 443', '- ContainerPort: 443'),
    );
  });
  it('a key whose value is a block collection', () => {
    assert.equal(edit(T, { op: 'remove', path: PM }), T.replace(/ {10}PortMappings:\n(?: {12}.*\n)+/, ''));
  });
  it('the last key of a flow mapping', () => {
    assert.equal(
      edit(T, { op: 'remove', path: [...PM, 0, 'HostPort'] }),
      T.replace('{ ContainerPort: 80, HostPort: 8080 }', '{ ContainerPort: 80 }'),
    );
  });
  it('the first key of a flow mapping', () => {
    assert.equal(
      edit(T, { op: 'remove', path: [...PM, 0, 'ContainerPort'] }),
      T.replace('{ ContainerPort: 80, HostPort: 8080 }', '{ HostPort: 8080 }'),
    );
  });
  it('the only key of a mapping leaves {}', () => {
    assert.equal(edit(T, { op: 'remove', path: [...PM, 2, 'ContainerPort'] }), T.replace('- ContainerPort: 22', '- {}'));
    assert.equal(edit('a:\n  x: 1 # c\nb: 1\n', { op: 'remove', path: ['a', 'x'] }), 'a: {}\nb: 1\n');
  });
  it('a block sequence item (a mapping over two lines)', () => {
    assert.equal(
      edit(T, { op: 'remove', path: [...PM, 1] }),
      T.replace('            - HostPort: 8443   # tls\n              ContainerPort: 443\n', ''),
    );
  });
  it('a flow sequence item, then the last one', () => {
    assert.equal(edit(T, { op: 'remove', path: [...C, 'Links', 0] }), T.replace('[db, cache]', '[cache]'));
    assert.equal(edit(T, { op: 'remove', path: [...C, 'Links', 1] }), T.replace('[db, cache]', '[db]'));
    assert.equal(
      edit(T, { op: 'remove', path: [...C, 'Links', 0] }, { op: 'remove', path: [...C, 'Links', 0] }),
      T.replace('[db, cache]', '[]'),
    );
  });
  it('the only item of a block sequence leaves []', () => {
    assert.equal(edit('a:\n  - x\nb: 1\n', { op: 'remove', path: ['a', 0] }), 'a: []\nb: 1\n');
  });
  it('a key whose value is an intrinsic', () => {
    assert.equal(edit(T, { op: 'remove', path: [...C, 'Hostname'] }), T.replace('          Hostname: !Ref Host\n', ''));
  });
  it('items of a multi-line flow sequence', () => {
    const t = 'a: [\n  x,\n  y\n]\n';
    assert.equal(edit(t, { op: 'remove', path: ['a', 0] }), 'a: [\n  y\n]\n');
    assert.equal(edit(t, { op: 'remove', path: ['a', 1] }), 'a: [\n  x\n]\n');
  });
});

describe('YAML editor: set', () => {
  it('keeps single quotes', () => {
    assert.equal(edit(T, { op: 'set', path: [...P, 'NetworkMode'], value: 'bridge' }), T.replace("'awsvpc'", "'bridge'"));
  });
  it('keeps double quotes', () => {
    assert.equal(edit(T, { op: 'set', path: [...P, 'Cpu'], value: '512' }), T.replace('"256"', '"512"'));
  });
  it('writes numbers and booleans plain, even over a quoted string', () => {
    assert.equal(edit(T, { op: 'set', path: [...P, 'Cpu'], value: 512 }), T.replace('"256"', '512'));
    assert.equal(edit(T, { op: 'set', path: [...PM, 1, 'HostPort'], value: 443 }), T.replace('HostPort: 8443', 'HostPort: 443'));
  });
  it('quotes a plain string that would not read back as a string, keeping the comment', () => {
    assert.equal(edit(T, { op: 'set', path: [...P, 'Family'], value: '123' }), T.replace('Family: web #', 'Family: "123" #'));
    assert.equal(edit(T, { op: 'set', path: [...P, 'Family'], value: 'yes' }), T.replace('Family: web #', 'Family: "yes" #'));
    assert.equal(edit(T, { op: 'set', path: [...P, 'Family'], value: 'api' }), T.replace('Family: web #', 'Family: api #'));
  });
  it('replaces an intrinsic, tag included', () => {
    assert.equal(edit(T, { op: 'set', path: [...C, 'Hostname'], value: 'web' }), T.replace('!Ref Host', 'web'));
  });
  it('inside a flow mapping', () => {
    assert.equal(edit(T, { op: 'set', path: [...PM, 0, 'HostPort'], value: 80 }), T.replace('HostPort: 8080', 'HostPort: 80'));
    assert.equal(edit(T, { op: 'set', path: [...C, 'Links', 1], value: 'a, b' }), T.replace('[db, cache]', '[db, "a, b"]'));
  });
  it('a block collection to a scalar or empty collection', () => {
    assert.equal(edit(T, { op: 'set', path: PM, value: [] }), T.replace(/PortMappings:\n(?: {12}.*\n)+/, 'PortMappings: []\n'));
  });
  it('an empty value', () => {
    assert.equal(edit('a:\nb: 1\n', { op: 'set', path: ['a'], value: 'x' }), 'a: x\nb: 1\n');
  });
});

describe('YAML editor: rename', () => {
  it('a block key, keeping its value and comment', () => {
    assert.equal(edit(T, { op: 'rename', path: [...P, 'Family'], newKey: 'FamilyName' }), T.replace('Family: web', 'FamilyName: web'));
  });
  it('a key in a flow mapping', () => {
    assert.equal(edit(T, { op: 'rename', path: [...PM, 0, 'HostPort'], newKey: 'Port' }), T.replace('HostPort: 8080', 'Port: 8080'));
  });
  it('a quoted key keeps its quotes', () => {
    assert.equal(edit('"hostPort": 1\n', { op: 'rename', path: ['hostPort'], newKey: 'HostPort' }), '"HostPort": 1\n');
  });
});

describe('YAML editor: insert', () => {
  it("after a named key, with the block's indentation", () => {
    assert.equal(
      edit(T, { op: 'insert', path: P, key: 'Memory', value: '512', after: ['Cpu'] }),
      T.replace('      Cpu: "256"\n', '      Cpu: "256"\n      Memory: "512"\n'),
    );
  });
  it('at the end when no `after` key exists', () => {
    assert.equal(
      edit(T, { op: 'insert', path: C, key: 'Essential', value: true, after: ['Nope'] }),
      T.replace('          Hostname: !Ref Host\n', '          Hostname: !Ref Host\n          Essential: true\n'),
    );
  });
  it('into a mapping that is a sequence item', () => {
    assert.equal(
      edit(T, { op: 'insert', path: [...PM, 1], key: 'Protocol', value: 'tcp', after: ['ContainerPort'] }),
      T.replace('              ContainerPort: 443\n', '              ContainerPort: 443\n              Protocol: tcp\n'),
    );
  });
  it('after the first key of a sequence item', () => {
    assert.equal(
      edit(T, { op: 'insert', path: C, key: 'Essential', value: true, after: ['Name'] }),
      T.replace('        - Name: web\n', '        - Name: web\n          Essential: true\n'),
    );
  });
  it('into a flow mapping', () => {
    assert.equal(
      edit(T, { op: 'insert', path: [...PM, 0], key: 'Protocol', value: 'tcp', after: ['ContainerPort'] }),
      T.replace('ContainerPort: 80, HostPort', 'ContainerPort: 80, Protocol: tcp, HostPort'),
    );
    assert.equal(
      edit(T, { op: 'insert', path: [...PM, 0], key: 'Protocol', value: 'tcp' }),
      T.replace('HostPort: 8080 }', 'HostPort: 8080, Protocol: tcp }'),
    );
    assert.equal(edit('a: {}\n', { op: 'insert', path: ['a'], key: 'b', value: 1 }), 'a: { b: 1 }\n');
  });
  it('a block mapping or sequence value', () => {
    assert.equal(
      edit(T, {
        op: 'insert',
        path: C,
        key: 'LogConfiguration',
        value: { LogDriver: 'awslogs', Options: { 'awslogs-group': '/ecs/web' } },
        after: ['Image'],
      }),
      T.replace(
        '          Image: nginx\n',
        '          Image: nginx\n          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: /ecs/web\n',
      ),
    );
    assert.equal(
      edit(T, { op: 'insert', path: P, key: 'RequiresCompatibilities', value: ['FARGATE'], after: ['NetworkMode'] }),
      T.replace("      NetworkMode: 'awsvpc'\n", "      NetworkMode: 'awsvpc'\n      RequiresCompatibilities:\n        - FARGATE\n"),
    );
  });
  it('at the end of a file without a final newline, and with CRLF line endings', () => {
    assert.equal(edit('a: 1\nb:\n  c: 2', { op: 'insert', path: ['b'], key: 'd', value: 3 }), 'a: 1\nb:\n  c: 2\n  d: 3\n');
    assert.equal(
      edit('a: 1\r\nb:\r\n  c: 2\r\n  e: 5\r\n', { op: 'insert', path: ['b'], key: 'd', value: 3, after: ['c'] }),
      'a: 1\r\nb:\r\n  c: 2\r\n  d: 3\r\n  e: 5\r\n',
    );
  });
  it('with a four-space indentation step', () => {
    const t = 'containerDefinitions:\n    -   name: a\n        image: b\n';
    assert.equal(
      edit(t, { op: 'insert', path: ['containerDefinitions', 0], key: 'portMappings', value: [{ containerPort: 80 }] }),
      `${t}        portMappings:\n            - containerPort: 80\n`,
    );
  });
});

describe('YAML editor: unwrap and failures', () => {
  it('unwraps describe output, carrying its tags', () => {
    const t = 'taskDefinition:\n  family: x # fam\n  containerDefinitions:\n    - name: a\ntags:\n  - key: team\n    value: web\n';
    assert.equal(
      edit(t, { op: 'unwrap', path: ['taskDefinition'] }),
      'family: x # fam\ncontainerDefinitions:\n  - name: a\ntags:\n  - key: team\n    value: web\n',
    );
  });
  it('returns undefined for a path that is not there', () => {
    assert.equal(edit(T, { op: 'remove', path: [...P, 'Nope'] }), undefined);
    assert.equal(edit(T, { op: 'insert', path: [...P, 'Family'], key: 'x', value: 1 }), undefined);
  });
  it('edits templated YAML without touching the template syntax', () => {
    const t = 'a:\n{% if x %}\n  b: {{ port }}\n{% endif %}\n  c: 1\n';
    assert.equal(edit(t, { op: 'remove', path: ['a', 'c'] }), 'a:\n{% if x %}\n  b: {{ port }}\n{% endif %}\n');
  });
});
