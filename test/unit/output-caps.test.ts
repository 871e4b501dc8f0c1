/**
 * Output stays bounded on huge files: at most 100 problems per rule per file plus one summary
 * saying how many more there are, lists of containers in messages end in "… and N more", and a
 * pasted giant key does not make a giant message.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, analyzeDocument, doComplete, doHover, getCodeActions, toDiagnostics, validate } from '../../server/src/service';
import { listText } from '../../server/src/service/rules/util/list';

function withKeys(count: number): string {
  const keys = Array.from({ length: count }, (_, i) => `"zz${i}": ${i}`).join(',\n      ');
  return `{\n  "family": "x",\n  "containerDefinitions": [\n    {\n      "name": "web", "image": "b", "memory": 512,\n      ${keys}\n    }\n  ]\n}\n`;
}

describe('problems per rule are capped', () => {
  it('250 unknown keys: the first 100, then one summary at the 101st key', () => {
    const text = withKeys(250);
    const doc = analyzeDocument(text, { uri: 'file:///t.json' });
    const problems = validate(doc, DEFAULT_CONFIG).filter((p) => p.ruleId === 'unknown-property');
    assert.equal(problems.length, 101);
    assert.deepEqual(
      problems.slice(0, 100).map((p) => text.slice(p.offset, p.offset + p.length)),
      Array.from({ length: 100 }, (_, i) => `"zz${i}"`),
    );
    const summary = problems[100];
    assert.equal(text.slice(summary.offset, summary.offset + summary.length), '"zz100"');
    assert.equal(summary.message, '… and 150 more unknown-property problems in this file (only the first 100 are listed).');
    assert.equal(summary.severity, problems[99].severity);
    assert.deepEqual(summary.fixes, []);
  });

  it('exactly 100 problems: no summary', () => {
    const problems = validate(analyzeDocument(withKeys(100), { uri: 'file:///t.json' }), DEFAULT_CONFIG);
    assert.equal(problems.filter((p) => p.ruleId === 'unknown-property').length, 100);
    assert.ok(!problems.some((p) => p.message.startsWith('…')));
  });

  it('200,000 unknown keys: 101 diagnostics, and hover, completion and code actions answer', () => {
    const text = withKeys(200_000);
    const doc = analyzeDocument(text, { uri: 'file:///t.json' });
    const problems = validate(doc, DEFAULT_CONFIG);
    assert.equal(problems.length, 101);
    assert.match(problems[100].message, /^… and 199,900 more unknown-property problems in this file/);
    const diagnostics = toDiagnostics(doc, problems);
    const hover = doHover(doc, text.indexOf('"zz3"') + 2, problems);
    assert.match(JSON.stringify(hover?.contents), /unknown-property/);
    const completion = doComplete(doc, text.indexOf('"zz5000"'));
    assert.ok(completion?.items.some((i) => i.label === 'portMappings'));
    const actions = getCodeActions(
      doc,
      problems,
      { range: diagnostics[3].range, diagnostics: [diagnostics[3]], only: undefined },
      DEFAULT_CONFIG,
    );
    assert.ok(actions.some((a) => a.title === 'Remove zz3'));
  });

  it('a megabyte key makes a short message', () => {
    const big = 'q'.repeat(1_000_000);
    const text = `{"family":"x","containerDefinitions":[{"name":"web","image":"b","memory":512,"${big}":1}]}`;
    const [p] = validate(analyzeDocument(text, { uri: 'file:///t.json' }), DEFAULT_CONFIG);
    assert.equal(p.ruleId, 'unknown-property');
    assert.equal(text.slice(p.offset, p.offset + p.length), `"${big}"`);
    assert.ok(p.message.length <= 1001 && p.message.endsWith('…'), String(p.message.length));
  });
});

describe('lists in messages are capped', () => {
  it('listText', () => {
    assert.equal(listText(['a', 'b']), 'a, b');
    const names = Array.from({ length: 200 }, (_, i) => `c${i}`);
    assert.equal(listText(names), 'c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, … and 190 more');
    assert.equal(listText(names.slice(0, 10)), names.slice(0, 10).join(', '));
  });

  it('a Fargate task with 15 awslogs containers and no execution role names 10 of them', () => {
    const containers = Array.from({ length: 15 }, (_, i) => ({
      name: `c${i}`,
      image: 'b',
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'r' } },
    }));
    const text = JSON.stringify(
      {
        family: 'x',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        containerDefinitions: containers,
      },
      null,
      2,
    );
    const p = validate(analyzeDocument(text, { uri: 'file:///t.json' }), DEFAULT_CONFIG).find(
      (x) => x.ruleId === 'fargate-awslogs-needs-execution-role',
    );
    assert.match(p!.message, /containers "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", … and 5 more log with awslogs/);
  });
});

describe('big YAML mappings', () => {
  it('20,000 keys in one container: every key read, and a key written twice is still a syntax error', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `    zz${i}: ${i}\n`).join('');
    const text = `family: x\ncontainerDefinitions:\n  - name: web\n    image: b\n    memory: 512\n${keys}    zz7: again\n`;
    const doc = analyzeDocument(text, { uri: 'file:///t.yaml' });
    const dup = text.lastIndexOf('zz7:');
    assert.deepEqual(doc.syntaxErrors, [{ offset: dup, length: 3, message: 'Map keys must be unique' }]);
    const problems = validate(doc, DEFAULT_CONFIG).filter((p) => p.ruleId === 'unknown-property');
    assert.equal(problems.length, 101);
  });
});

describe('many port mappings', () => {
  it('20,000 mappings in two containers: a clash between the first and the last is found, once', () => {
    const ports = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ containerPort: from + i, hostPort: from + i }));
    const a = ports(1000, 10_000);
    const b = [...ports(30_000, 9_999), { containerPort: 1000, hostPort: 1000 }];
    const text = JSON.stringify({
      family: 'x',
      networkMode: 'bridge',
      containerDefinitions: [
        { name: 'a', image: 'i', memory: 512, portMappings: a },
        { name: 'b', image: 'i', memory: 512, portMappings: b },
      ],
    });
    const doc = analyzeDocument(text, { uri: 'file:///t.json' });
    const conflicts = validate(doc, DEFAULT_CONFIG).filter((p) => p.ruleId === 'host-port-conflict');
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0].offset, text.lastIndexOf('"hostPort":1000') + '"hostPort":'.length);
    assert.equal(conflicts[0].related[0].offset, text.indexOf('"hostPort":1000') + '"hostPort":'.length);
    assert.match(conflicts[0].message, /^hostPort 1000 binds tcp host port 1000, already bound by container "a" \(hostPort 1000\)/);
  });
});
