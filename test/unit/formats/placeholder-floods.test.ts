/**
 * Template syntax that never closes (100s of KB of `{%` or `#{` in a string) is read in one
 * linear pass: the string is an ordinary value and the task around it is still checked. A lone
 * `"${"` in minified JSON is a string, not the start of an expression that hides the task.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeDocument, validate } from '../../../server/src/service';
import { containsPlaceholder } from '../../../server/src/service/parse/placeholders';
import { asArray, asObject, get } from '../../../server/src/service/model/nodes';

const OPENERS = ['{%', '#{', '${', '{{', '%{', '{#', '<a'];

function jsonWith(value: string, indent?: number): string {
  const task = {
    family: 'x',
    networkMode: 'awsvpc',
    containerDefinitions: [
      { name: 'a', image: 'b', memory: 512, environment: [{ name: 'V', value }], portMappings: [{ containerPort: 80, hostPort: 81 }] },
    ],
  };
  return JSON.stringify(task, null, indent);
}

const ruleIds = (text: string, uri: string) => validate(analyzeDocument(text, { uri })).map((p) => p.ruleId);

describe('placeholder floods', () => {
  it('200 KB of an unclosed opener inside a JSON string: a plain string, the hostPort problem still found', () => {
    for (const open of OPENERS) {
      const flood = open.repeat(100_000);
      const text = jsonWith(flood, 2);
      const doc = analyzeDocument(text, { uri: 'file:///t.json' });
      assert.deepEqual(doc.syntaxErrors, [], open);
      const env = asObject(
        asArray(get(asObject(asArray(get(asObject(doc.root), 'containerDefinitions'))?.items[0]), 'environment'))?.items[0],
      );
      assert.equal(get(env, 'value')?.type, 'string', open);
      assert.deepEqual(
        validate(doc).map((p) => p.ruleId),
        ['host-port-mismatch'],
        open,
      );
    }
  });

  it('200 KB of an unclosed opener in YAML, quoted and plain', () => {
    for (const open of OPENERS) {
      const flood = open.repeat(100_000);
      for (const value of [JSON.stringify(flood), `'${flood}'`]) {
        const text = `family: x\nnetworkMode: awsvpc\ncontainerDefinitions:\n  - name: a\n    image: b\n    memory: 512\n    environment:\n      - name: V\n        value: ${value}\n    portMappings:\n      - containerPort: 80\n        hostPort: 81\n`;
        assert.deepEqual(ruleIds(text, 'file:///t.yaml'), ['host-port-mismatch'], `${open} ${value[0]}`);
      }
    }
  });

  it('unquoted floods outside strings are syntax errors, never a hang', () => {
    for (const open of OPENERS) {
      const text = jsonWith('v', 2).replace('"v"', open.repeat(50_000));
      const doc = analyzeDocument(text, { uri: 'file:///t.json' });
      assert.equal(doc.tasks.length, 1, open);
    }
  });

  it('a placeholder is an opener followed by its closer, anywhere in the string', () => {
    for (const s of ['${X}', 'a${X}b', '${', '}${X}', '{{ x }}', '{% if %}', '#{P}', '%{ if x }', '<IMAGE>']) {
      assert.equal(containsPlaceholder(s), !['${'].includes(s), s);
    }
    for (const s of ['${a', 'a}${', '{{ x }', '{%x%', '#{', '%{', '}{{', '%}{%']) assert.equal(containsPlaceholder(s), false, s);
    assert.equal(containsPlaceholder('{%'.repeat(50_000) + '%}'), true);
    assert.equal(containsPlaceholder('#{'.repeat(50_000) + '}'), true);
  });
});

describe('minified JSON with template openers in values', () => {
  it('a value "${", "${a", "%{", "{{" or "${\\"" leaves the task definition found and checked', () => {
    for (const value of ['${', '${a', '%{', '{{', '{%', '#{', '${"', '${a}"x']) {
      for (const indent of [undefined, 2]) {
        const text = jsonWith(value, indent);
        const doc = analyzeDocument(text, { uri: 'file:///t.json' });
        assert.deepEqual(doc.syntaxErrors, [], `${value} ${indent}`);
        const problems = validate(doc);
        assert.deepEqual(
          problems.map((p) => [p.ruleId, text.slice(p.offset, p.offset + p.length)]),
          [['host-port-mismatch', '81']],
          `${value} ${indent}`,
        );
      }
    }
  });

  it('a real Terraform expression with quotes inside a string is still one unknown value', () => {
    const text = '{"family":"x","containerDefinitions":[{"name":"a","image":"${lookup(var.m, "image")}:1","memory":512}]}';
    const doc = analyzeDocument(text, { uri: 'file:///t.json' });
    assert.deepEqual(doc.syntaxErrors, []);
    assert.equal(get(asObject(asArray(get(asObject(doc.root), 'containerDefinitions'))?.items[0]), 'image')?.type, 'unknown');
  });
});
