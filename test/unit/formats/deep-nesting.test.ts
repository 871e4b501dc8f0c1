/**
 * Deeply nested files (an attacker's 6 KB of brackets, a generated YAML pyramid) are read without
 * exhausting the stack: the part deeper than the cap is one unknown value, reported once, and the
 * rest of the task definition is still checked, hovered, completed and fixed.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  DEFAULT_CONFIG,
  analyzeDocument,
  doComplete,
  doHover,
  fixAll,
  getCodeActions,
  toDiagnostics,
  validate,
} from '../../../server/src/service';
import { MAX_NESTING_DEPTH } from '../../../server/src/service/parse/depth';
import { asArray, asObject, get } from '../../../server/src/service/model/nodes';

const TOO_DEEP = /^Nesting deeper than 256 levels; the value from here on was not analysed$/;

const jsonTask = (labels: string) =>
  `{"family":"x","networkMode":"awsvpc","containerDefinitions":[{"name":"a","image":"b","memory":512,"portMappings":[{"containerPort":80,"hostPort":81}],"dockerLabels":${labels}}]}`;

const yamlTask = (tail: string) =>
  `family: x\nnetworkMode: awsvpc\ncontainerDefinitions:\n  - name: a\n    image: b\n    memory: 512\n    portMappings:\n      - containerPort: 80\n        hostPort: 81\n    dockerLabels:${tail}\n`;

/** Every feature runs on `text`; returns what a user sees. */
function everything(text: string, uri: string) {
  const doc = analyzeDocument(text, { uri });
  const problems = validate(doc, DEFAULT_CONFIG);
  const diagnostics = toDiagnostics(doc, problems);
  for (let offset = 0; offset <= text.length; offset += Math.max(1, Math.floor(text.length / 40))) {
    doHover(doc, offset, problems);
    doComplete(doc, offset);
  }
  const request = { range: diagnostics[0].range, diagnostics, only: undefined };
  const actions = getCodeActions(doc, problems, request, DEFAULT_CONFIG);
  const fixed = fixAll(text, { uri }, DEFAULT_CONFIG);
  return { doc, problems, actions, fixed };
}

function tooDeep(doc: ReturnType<typeof analyzeDocument>) {
  return doc.syntaxErrors.filter((e) => TOO_DEEP.test(e.message));
}

describe('deep nesting', () => {
  it('caps at 256 levels', () => assert.equal(MAX_NESTING_DEPTH, 256));

  it('the editor shows the cap once as a syntax-error warning at the first cut (JSON and YAML)', () => {
    const json = jsonTask(`${'['.repeat(3000)}${']'.repeat(3000)}`);
    const doc = analyzeDocument(json, { uri: 'file:///deep.json' });
    const shown = toDiagnostics(doc, validate(doc, DEFAULT_CONFIG)).filter((d) => d.code === 'syntax-error');
    assert.equal(shown.length, 1);
    assert.equal(shown[0].severity, 2);
    assert.equal(shown[0].message, 'Nesting deeper than 256 levels; the value from here on was not analysed.');
    // The labels' first bracket is level 4 (root, containerDefinitions, the container): level 257 is 253 further.
    const cut = json.indexOf('[', json.indexOf('"dockerLabels"')) + 253;
    assert.deepEqual(shown[0].range.start, { line: 0, character: cut });
    const yaml = yamlTask(` ${'['.repeat(3000)}${']'.repeat(3000)}`);
    const ydoc = analyzeDocument(yaml, { uri: 'file:///deep.yaml' });
    assert.equal(toDiagnostics(ydoc, validate(ydoc, DEFAULT_CONFIG)).filter((d) => d.code === 'syntax-error').length, 1);
    // A shallow file shows no such warning.
    const ok = analyzeDocument(jsonTask('{}'), { uri: 'file:///ok.json' });
    assert.deepEqual(
      toDiagnostics(ok, validate(ok, DEFAULT_CONFIG)).filter((d) => d.code === 'syntax-error'),
      [],
    );
  });

  it('JSON: 3,000 nested arrays (6 KB) become one unknown value and one problem; the task is still checked and fixed', () => {
    const text = jsonTask('['.repeat(3000) + ']'.repeat(3000));
    const { doc, problems, actions, fixed } = everything(text, 'file:///t.json');
    const errors = tooDeep(doc);
    assert.equal(errors.length, 1);
    // The task, containerDefinitions and the container are levels 1–3; the labels' first bracket is level 4.
    const labels = text.indexOf('"dockerLabels":') + '"dockerLabels":'.length;
    const depthAtLabels = 4;
    assert.equal(errors[0].offset, labels + (MAX_NESTING_DEPTH - depthAtLabels + 1));
    assert.deepEqual(
      problems.map((p) => p.ruleId),
      ['host-port-mismatch', 'invalid-type'],
    );
    const hostPort = text.indexOf('"hostPort":81') + '"hostPort":'.length;
    assert.equal(problems[0].offset, hostPort);
    assert.ok(actions.some((a) => a.title === 'Remove hostPort'));
    assert.equal(fixed.applied, 1);
    assert.ok(!fixed.text.includes('hostPort'));
    assert.ok(fixed.text.endsWith(']'.repeat(3000) + '}]}'), 'the deep part is kept as it was');
    // The masked part reads as one unknown value at the cut.
    let node = get(asObject(asArray(get(asObject(doc.root), 'containerDefinitions'))?.items[0]), 'dockerLabels');
    let depth = 0;
    while (node?.type === 'array') {
      node = node.items[0];
      depth++;
    }
    assert.equal(node?.type, 'unknown');
    assert.equal(depth, MAX_NESTING_DEPTH - depthAtLabels + 1);
  });

  it('JSON: 100,000 unclosed arrays and objects answer with one problem, no crash', () => {
    for (const open of ['[', '{"a":', '[{"a":']) {
      const text = jsonTask(open.repeat(100_000));
      const { doc, problems } = everything(text, 'file:///t.json');
      assert.equal(tooDeep(doc).length, 1, open);
      assert.ok(
        problems.some((p) => p.ruleId === 'host-port-mismatch'),
        open,
      );
    }
  });

  it('JSON: nesting up to the cap is analysed as usual', () => {
    const text = jsonTask('['.repeat(MAX_NESTING_DEPTH - 3) + ']'.repeat(MAX_NESTING_DEPTH - 3));
    const doc = analyzeDocument(text, { uri: 'file:///t.json' });
    assert.deepEqual(doc.syntaxErrors, []);
    const deeper = analyzeDocument(jsonTask('['.repeat(MAX_NESTING_DEPTH - 2) + ']'.repeat(MAX_NESTING_DEPTH - 2)), {
      uri: 'file:///t.json',
    });
    assert.equal(tooDeep(deeper).length, 1);
  });

  it('YAML flow: 3,000 and 100,000 nested brackets', () => {
    for (const n of [3000, 100_000]) {
      const text = yamlTask(' ' + '['.repeat(n) + ']'.repeat(n));
      const { doc, problems, fixed } = everything(text, 'file:///t.yaml');
      assert.equal(tooDeep(doc).length, 1, String(n));
      assert.deepEqual(
        problems.filter((p) => p.ruleId === 'host-port-mismatch').map((p) => text.slice(p.offset, p.offset + p.length)),
        ['81'],
      );
      assert.ok(!fixed.text.includes('hostPort'), 'the hostPort fix still applies');
    }
  });

  it('YAML block: 3,000 and 100,000 compact sequences, and a 300-level indented pyramid', () => {
    const pyramid = '\n' + Array.from({ length: 300 }, (_, i) => `${' '.repeat(6 + i)}k${i}:`).join('\n') + ' 1';
    for (const tail of ['\n      ' + '- '.repeat(3000) + 'x', '\n      ' + '- '.repeat(100_000) + 'x', pyramid]) {
      const { doc, problems } = everything(yamlTask(tail), 'file:///t.yaml');
      assert.equal(tooDeep(doc).length, 1);
      assert.ok(problems.some((p) => p.ruleId === 'host-port-mismatch'));
    }
  });

  it('YAML: lines of a block scalar are text, however they are indented', () => {
    const text = yamlTask('\n      note: |\n' + Array.from({ length: 400 }, (_, i) => ' '.repeat(8 + i) + 'x').join('\n'));
    const doc = analyzeDocument(text, { uri: 'file:///t.yaml' });
    assert.deepEqual(doc.syntaxErrors, []);
  });
});
