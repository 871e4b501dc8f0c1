/**
 * A byte order mark (JSON and YAML) is read past, and CR-only line ends (old Mac) are line breaks
 * in YAML: the task is found, ranges are exact, and fixes keep the file's line ends.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, analyzeDocument, fixAll, toDiagnostics, validate } from '../../../server/src/service';

const JSON_TASK =
  '{\n  "family": "x",\n  "networkMode": "awsvpc",\n  "containerDefinitions": [\n    { "name": "a", "image": "b", "memory": 512,\n      "portMappings": [{ "containerPort": 80, "hostPort": 81 }] }\n  ]\n}\n';
const YAML_TASK =
  'family: x\nnetworkMode: awsvpc\ncontainerDefinitions:\n  - name: a\n    image: b\n    memory: 512\n    portMappings:\n      - containerPort: 80\n        hostPort: 81\n';

function seen(text: string, uri: string) {
  const doc = analyzeDocument(text, { uri });
  return { doc, diagnostics: toDiagnostics(doc, validate(doc)).map((d) => ({ code: d.code, range: d.range })) };
}

describe('byte order mark', () => {
  it('JSON with a BOM: no syntax error, the problem at its exact place', () => {
    const { doc, diagnostics } = seen('\uFEFF' + JSON_TASK, 'file:///t.json');
    assert.deepEqual(doc.syntaxErrors, []);
    // Line 5 is `      "portMappings": [{ "containerPort": 80, "hostPort": 81 }] }`; the BOM is on line 0.
    assert.deepEqual(diagnostics, [
      { code: 'host-port-mismatch', range: { start: { line: 5, character: 58 }, end: { line: 5, character: 60 } } },
    ]);
    const fixed = fixAll('\uFEFF' + JSON_TASK, { uri: 'file:///t.json' }, DEFAULT_CONFIG).text;
    assert.ok(fixed.startsWith('\uFEFF{'), 'the BOM stays');
    assert.ok(!fixed.includes('hostPort'));
  });

  it('a minified JSON task with a BOM: the column counts the BOM', () => {
    const text = '\uFEFF' + JSON.stringify(JSON.parse(JSON_TASK));
    const { diagnostics } = seen(text, 'file:///t.json');
    const at = text.indexOf('"hostPort":81') + '"hostPort":'.length;
    assert.deepEqual(diagnostics, [
      { code: 'host-port-mismatch', range: { start: { line: 0, character: at }, end: { line: 0, character: at + 2 } } },
    ]);
  });

  it('YAML with a BOM', () => {
    const { doc, diagnostics } = seen('\uFEFF' + YAML_TASK, 'file:///t.yaml');
    assert.deepEqual(doc.syntaxErrors, []);
    assert.deepEqual(diagnostics, [
      { code: 'host-port-mismatch', range: { start: { line: 8, character: 18 }, end: { line: 8, character: 20 } } },
    ]);
  });
});

describe('YAML line ends', () => {
  for (const [name, eol] of [
    ['CR-only', '\r'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`${name}: found, exact ranges, and fixes keep ${name} line ends`, () => {
      const text = YAML_TASK.replace(/\n/g, eol);
      const { doc, diagnostics } = seen(text, 'file:///t.yaml');
      assert.equal(doc.tasks.length, 1);
      assert.deepEqual(doc.syntaxErrors, []);
      assert.deepEqual(diagnostics, [
        { code: 'host-port-mismatch', range: { start: { line: 8, character: 18 }, end: { line: 8, character: 20 } } },
      ]);
      const fixed = fixAll(text, { uri: 'file:///t.yaml' }, DEFAULT_CONFIG).text;
      assert.equal(fixed, YAML_TASK.replace('\n        hostPort: 81', '').replace(/\n/g, eol));
    });
  }

  it('CR-only: an inserted line uses CR too', () => {
    const text =
      'family: x\rrequiresCompatibilities: [FARGATE]\rcpu: 256\rmemory: 512\rnetworkMode: awsvpc\rcontainerDefinitions:\r  - name: a\r    image: b\r';
    const fixed = fixAll(text, { uri: 'file:///t.yaml' }, DEFAULT_CONFIG);
    assert.ok(fixed.applied > 0);
    assert.ok(!fixed.text.includes('\n'), JSON.stringify(fixed.text));
    assert.deepEqual(
      validate(analyzeDocument(fixed.text, { uri: 'file:///t.yaml' })).filter((p) => p.fixes.some((f) => f.isPreferred)),
      [],
    );
  });
});
