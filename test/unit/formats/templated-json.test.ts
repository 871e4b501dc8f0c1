/**
 * JSON templates (Terraform templatefile/envsubst/Go templates/Jinja): unquoted placeholders and
 * control directives are read without syntax errors, placeholders are unknown values, offsets stay,
 * and known values are still checked and fixed.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, validate } from '../../../server/src/service';
import { formatOf } from '../../../server/src/service/formats/read';
import { type ValueNode, asArray, asObject, get } from '../../../server/src/service/model/nodes';
import { parseJson } from '../../../server/src/service/parse/json';
import { containsPlaceholder, maskBarePlaceholders } from '../../../server/src/service/parse/placeholders';
import { ruleTester } from '../helpers/rule-tester';

function parsed(text: string) {
  const result = parseJson(text);
  assert.deepEqual(result.syntaxErrors, [], `syntax errors in:\n${maskBarePlaceholders(text).text}`);
  assert.equal(result.maskedText.length, text.length);
  return result.root;
}
const src = (text: string, n: ValueNode | undefined) => (n ? text.slice(n.offset, n.offset + n.length) : undefined);

describe('template masking', () => {
  it('reads bare placeholders in value position as unknown, at their own offsets', () => {
    const t =
      '{"a": ${cpu}, "b": {{ .Port }}, "c": <PORT>, "d": #{Port}, "e": $PORT, "f": __PORT__, "g": @PORT@, "h": ENV_JSON, "i": [ ${x} ], "j": true, "k": null}';
    const root = asObject(parsed(t));
    const texts = Object.fromEntries(root!.properties.map((p) => [p.key, p.value?.type === 'unknown' ? src(t, p.value) : p.value?.type]));
    assert.deepEqual(texts, {
      a: '${cpu}',
      b: '{{ .Port }}',
      c: '<PORT>',
      d: '#{Port}',
      e: '$PORT',
      f: '__PORT__',
      g: '@PORT@',
      h: 'ENV_JSON',
      i: 'array',
      j: 'boolean',
      k: 'null',
    });
    assert.equal(src(t, asArray(get(root, 'i'))?.items[0]), '${x}');
  });

  it('reads quoted strings holding placeholders, even with quotes inside them, as unknown', () => {
    const t = '{"a": "${lookup(var.m, "image")}:latest", "b": "{{ index .V "k" }}", "c": "plain"}';
    const root = asObject(parsed(t));
    assert.equal(get(root, 'a')?.type, 'unknown');
    assert.equal(src(t, get(root, 'a')), '"${lookup(var.m, "image")}:latest"');
    assert.equal(get(root, 'b')?.type, 'unknown');
    assert.equal(get(root, 'c')?.type, 'string');
    for (const s of ['${X}', '{{ x }}', '{{resolve:ssm:/p}}', '<IMAGE1_NAME>', '#{Port}', '%{ if x }', '$PORT', '__PORT__', '@@PORT@@'])
      assert.ok(containsPlaceholder(s), s);
    for (const s of ['nginx:latest', 'a$b', '80', 'x<y']) assert.ok(!containsPlaceholder(s), s);
  });

  it('reads Terraform directives: loops keep their body, inline conditionals are unknown', () => {
    const t = `[
  {
    "name": "\${name}",
    "image": "nginx",
    %{ if ports }
    "portMappings": [
      %{ for p in ports ~}
      { "containerPort": \${p}, "hostPort": 80 },
      %{ endfor ~}
    ],
    %{ endif }
    "memory": %{ if big }2048%{ else }512%{ endif },
    "environment": \${jsonencode([for k, v in env : { name = k, value = v }])}
  }
]`;
    const c = asObject(asArray(parsed(t))?.items[0]);
    assert.equal(asArray(get(c, 'portMappings'))?.items.length, 1);
    assert.equal(get(c, 'memory')?.type, 'unknown');
    assert.equal(src(t, get(c, 'memory')), '%{ if big }2048%{ else }512%{ endif }');
    assert.equal(get(c, 'environment')?.type, 'unknown');
  });

  it('reads Go templates: range with separators, comments, assignments, else-branches', () => {
    const t = `{
  {{- $port := .Port }}
  "family": "{{ .Family }}",
  "containerDefinitions": [
    {{- range $i, $c := .Containers }}
    {{ if $i }},{{ end }}
    { "name": "{{ $c.Name }}", "image": "{{ $c.Image }}", "memory": {{ if .Big }}2048{{ else }}512{{ end }} }
    {{- end }}
  ],
  {{/* optional */}}
  {{ if .Fargate }}"requiresCompatibilities": ["FARGATE"]{{ else }}"requiresCompatibilities": ["EC2"]{{ end }}
  "networkMode": "awsvpc"
}`;
    const root = asObject(parsed(t));
    assert.equal(asArray(get(root, 'containerDefinitions'))?.items.length, 1);
    assert.equal(asArray(get(root, 'requiresCompatibilities'))?.items.length, 1, 'only the first branch is read');
    assert.equal(get(root, 'networkMode')?.type, 'string', 'a comma lost with the directive is restored');
  });

  it('reads Jinja templates', () => {
    const t = `{
  {# comment #}
  "family": "{{ family }}",
  {% if fargate %}"cpu": "{{ cpu }}",{% else %}"cpu": "1024",{% endif %}
  "containerDefinitions": [{% for c in containers %}
    {"name": "{{ c.name }}", "image": "{{ c.image }}", "memory": {{ c.memory }}}{% if not loop.last %},{% endif %}
  {% endfor %}]
}`;
    const root = asObject(parsed(t));
    assert.equal(get(root, 'cpu')?.type, 'unknown');
    assert.equal(asArray(get(root, 'containerDefinitions'))?.items.length, 1);
  });

  it('keeps the real syntax errors of plain JSON', () => {
    assert.ok(parseJson('{"a": 1 "b": 2}').syntaxErrors.length > 0, 'missing comma');
    assert.ok(parseJson('{"a": [, 1]}').syntaxErrors.length > 0, 'leading comma');
    assert.ok(parseJson('{"a": True}').syntaxErrors.length > 0, 'Python boolean');
  });

  it('leaves text without template syntax untouched', () => {
    const t = '{\n  "family": "web",\n  "cpu": "256"\n}';
    assert.equal(maskBarePlaceholders(t).text, t);
  });
});

describe('template file names', () => {
  it('picks the format from the name, or the content for generic template extensions', () => {
    assert.equal(formatOf(undefined, 'file:///a/task.json.tpl'), 'json');
    assert.equal(formatOf(undefined, 'file:///a/task.json.tftpl'), 'json');
    assert.equal(formatOf(undefined, 'file:///a/task.json.j2'), 'json');
    assert.equal(formatOf(undefined, 'file:///a/stack.yaml.j2'), 'yaml');
    assert.equal(formatOf(undefined, 'file:///a/stack.template', 'AWSTemplateFormatVersion: x\n'), 'yaml');
    assert.equal(formatOf(undefined, 'file:///a/stack.template', '{"AWSTemplateFormatVersion": "x"}'), 'json');
    assert.equal(formatOf(undefined, 'file:///a/task.tpl', '{{/* c */}}\n[{"name": "a"}]'), 'json');
    assert.equal(formatOf('json', 'file:///a/task.yaml'), 'json', 'the language id wins');
  });

  it('analyses a .tpl container array with unquoted placeholders', () => {
    const t =
      '[\n  {\n    "name": "${app_name}",\n    "image": "${app_image}",\n    "cpu": ${app_cpu},\n    "portMappings": [{ "containerPort": ${port}, "hostPort": ${port} }]\n  }\n]\n';
    const doc = analyzeDocument(t, { uri: 'file:///x/container-definition.tpl' });
    assert.deepEqual(doc.syntaxErrors, []);
    assert.equal(doc.tasks[0]?.kind, 'container-array');
    assert.deepEqual(
      validate(doc).map((p) => p.message),
      [],
    );
  });
});

const task = (mapping: string) => `{
  "family": "\${family}",
  "networkMode": "awsvpc",
  "cpu": \${cpu},
  %{ if with_role }"taskRoleArn": "\${role}",%{ endif }
  "containerDefinitions": [
    {
      "name": "web",
      "image": "{{ .Image }}",
      "memory": {{ .Memory }},
      "portMappings": [${mapping}]
    }
  ]
}`;

ruleTester('host-port-mismatch', {
  valid: [
    {
      name: 'template: placeholder host port',
      text: task('{ "containerPort": 80, "hostPort": ${host_port} }'),
      options: { uri: 'file:///t.json.tpl' },
    },
    {
      name: 'template: inline conditional port',
      text: task('{ "containerPort": 80, "hostPort": %{ if x }80%{ else }81%{ endif } }'),
      options: { uri: 'file:///t.json.tpl' },
    },
  ],
  invalid: [
    {
      name: 'template with placeholders around a real mistake',
      text: task('{ "containerPort": 80, "hostPort": ⟦8080⟧ }'),
      options: { uri: 'file:///t.json.tpl' },
      problems: [{ message: 'hostPort 8080 differs from containerPort 80' }],
      fixes: { 'Remove hostPort': task('{ "containerPort": 80 }') },
    },
  ],
});
