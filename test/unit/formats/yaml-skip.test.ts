/**
 * CloudFormation YAML: only the task definitions of a template are parsed (parse/yaml-skip.ts).
 * The plan blanks other resources and non-resource sections with every offset kept; it is not made
 * when the scan cannot be sure; problems (rule, range, message, fixes), tasks, hover and
 * completion are the same with and without it: inline templates, seeded random edits, and every
 * template of the corpus when it is present (read at test time, never copied).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isMap, isNode, isPair, isScalar, isSeq } from 'yaml';
import { analyzeDocument, doComplete, doHover, validate } from '../../../server/src/service';
import { maskYamlTemplates } from '../../../server/src/service/parse/placeholders';
import { matchesPlan, parseSkipping, parseYaml, parseYamlDocuments } from '../../../server/src/service/parse/yaml';
import { blankSkipped, planSkips } from '../../../server/src/service/parse/yaml-skip';

const URI = 'file:///stack.yaml';
const CORPUS = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'B-cloudformation');

const BASE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Web service
Parameters:
  Port:
    Type: Number
    Default: 8080
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
      Tags:
        - Key: team
          Value: web
  Web:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: web
          Image: nginx
          MemoryReservation: 128
          PortMappings:
            - ContainerPort: 80
              HostPort: 8080
  Role:
    Type: AWS::IAM::Role
    Properties:
      Path: /
Outputs:
  Arn:
    Value: !Ref Web
`;

/** Runs `fn` with skipping off (the whole template parsed), then on. */
const both = <T>(fn: (whole: boolean) => T): [full: T, skipped: T] => [fn(true), fn(false)];

function analyse(text: string, uri = URI, parseWholeYaml = false) {
  const doc = analyzeDocument(text, { uri, parseWholeYaml });
  const problems = validate(doc);
  return {
    doc,
    problems,
    shape: {
      tasks: doc.tasks.map((t) => [t.resourceName, t.task?.offset, t.task?.length, t.containers.length]),
      problems: problems.map((p) => ({
        rule: p.ruleId,
        offset: p.offset,
        length: p.length,
        message: p.message,
        severity: p.severity,
        fixes: p.fixes,
        related: p.related,
      })),
    },
  };
}

/** What a parse says: every node's kind, range and scalar value, and every error and warning. */
function parseShape(docs: Document.Parsed[]): unknown[] {
  const out: unknown[] = [];
  const walk = (node: unknown): void => {
    if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isNode(node)) {
      out.push([node.constructor.name, node.range, isScalar(node) ? node.value : undefined]);
      if (isMap(node) || isSeq(node)) for (const item of node.items) walk(item);
    } else {
      out.push(node);
    }
  };
  for (const doc of docs) {
    walk(doc.contents);
    for (const e of [...doc.errors, ...doc.warnings]) out.push([e.code, e.pos, e.message]);
  }
  return out;
}

/**
 * Same problems and tasks; the skipped parse reports no syntax error the full parse does not; and
 * parsing without the skipped lines says exactly what parsing the blanked text says.
 */
function assertEquivalent(text: string, uri = URI, label = '') {
  const masked = maskYamlTemplates(text).text;
  const plan = planSkips(masked);
  if (plan)
    assert.deepEqual(
      parseShape(parseSkipping(masked, plan)),
      parseShape(parseYamlDocuments(blankSkipped(masked, plan))),
      `${label}: the short parse differs\n${text}`,
    );
  const [full, skipped] = both((whole) => analyse(text, uri, whole));
  assert.deepEqual(skipped.shape, full.shape, `${label}\n${text}`);
  for (const e of skipped.doc.syntaxErrors) {
    assert.ok(
      full.doc.syntaxErrors.some((f) => f.offset === e.offset && f.message === e.message),
      `${label}: new syntax error ${JSON.stringify(e)}\n${text}`,
    );
  }
  return [full, skipped] as const;
}

const TOKENS = [
  '"',
  "'",
  '[',
  '{',
  ']',
  '}',
  ':',
  ': ',
  '- ',
  '#',
  ' #',
  '\n',
  '\n  ',
  '\n    ',
  '|',
  '>',
  '!Ref ',
  '&a ',
  '*a',
  '\t',
  '---\n',
  '? ',
  '  ',
  'x',
  ',',
  '\\',
  'Type: AWS::ECS::TaskDefinition',
  '  Other:\n    Type: AWS::SQS::Queue\n',
];

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s % n;
  };
}

/** One to three edits, at line starts, after indentation or anywhere: insert, delete or overwrite. */
function mutate(text: string, r: (n: number) => number): string {
  for (let e = 1 + r(3); e > 0; e--) {
    const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    let at = r(2) === 0 ? r(text.length + 1) : starts[r(starts.length)];
    while (r(2) === 0 && text[at] === ' ') at++;
    const op = r(3);
    const token = TOKENS[r(TOKENS.length)];
    if (op === 0) text = text.slice(0, at) + token + text.slice(at);
    else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + r(6));
    else text = text.slice(0, at) + token + text.slice(at + token.length);
  }
  return text;
}

const lines = (text: string) => [...text.matchAll(/^.*$/gm)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

/** Hover at the start of every line's content, inside its value and at its end; completion at the start and end of the lines `completeAt` picks. */
function assertSameFeatures(text: string, uri: string, completeAt: (line: { start: number }) => boolean) {
  const [full, skipped] = both((whole) => analyse(text, uri, whole));
  const answered = { hovers: 0, completions: 0 };
  for (const line of lines(text)) {
    const offsets = [line.start + line.text.search(/\S|$/), line.start + line.text.indexOf(': ') + 3, line.end - 1].filter(
      (o) => o >= line.start,
    );
    for (const o of offsets) {
      const hover = doHover(full.doc, o, full.problems);
      assert.deepEqual(doHover(skipped.doc, o, skipped.problems), hover, `hover at ${o}: ${line.text}`);
      if (hover) answered.hovers++;
    }
    if (completeAt(line)) {
      // Completion may re-analyse the text with the typed word patched (with the default, skipping).
      for (const o of [offsets[0], line.end]) {
        const a = doComplete(full.doc, o);
        const b = doComplete(skipped.doc, o);
        assert.deepEqual(b, a, `completion at ${o}: ${line.text}`);
        if (a.items.length) answered.completions++;
      }
    }
  }
  return answered;
}

describe('CloudFormation YAML: only task definitions are parsed', () => {
  it('blanks the other resources and the non-resource sections, keeping every offset and line break', () => {
    const plan = planSkips(BASE);
    assert.ok(plan);
    const blanked = blankSkipped(BASE, plan);
    assert.equal(blanked.length, BASE.length);
    assert.deepEqual(blanked.match(/\n/g)?.length, BASE.match(/\n/g)?.length);
    const kept = blanked
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l !== '');
    assert.deepEqual(kept.slice(0, 7), [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Description: Web service',
      'Parameters:',
      'Resources:',
      '  Bucket:',
      '  Web:',
      '    Type: AWS::ECS::TaskDefinition',
    ]);
    assert.deepEqual(kept.slice(-3), ['              HostPort: 8080', '  Role:', 'Outputs:']);
    const task = BASE.slice(BASE.indexOf('  Web:'), BASE.indexOf('  Role:'));
    assert.ok(blanked.includes(task), 'the task definition is untouched');
    assert.deepEqual(
      plan.resourceKeys.map((o) => BASE.slice(o, o + 6)),
      ['Bucket', 'Role:\n'],
    );
    assert.ok(matchesPlan(parseSkipping(BASE, plan), plan));
    const [full, skipped] = assertEquivalent(BASE);
    assert.deepEqual(
      skipped.shape.problems.map((p) => p.rule),
      ['host-port-mismatch'],
    );
    assert.deepEqual(full.doc.syntaxErrors, []);
  });

  it('reads the resource type however it is quoted', () => {
    for (const type of ["'AWS::S3::Bucket'", '"AWS::S3::Bucket"', 'AWS::S3::Bucket   # a bucket', 'AWS::ECS::TaskDefinitionX']) {
      const text = BASE.replace('Type: AWS::S3::Bucket', `Type: ${type}`);
      assert.deepEqual(planSkips(text)?.resourceKeys.length, 2, type);
      assertEquivalent(text);
    }
    for (const type of ["'AWS::ECS::TaskDefinition'", '"AWS::ECS::TaskDefinition"', 'AWS::ECS::TaskDefinition # ECS']) {
      const text = BASE.replace('Type: AWS::S3::Bucket', `Type: ${type}`);
      assert.deepEqual(planSkips(text)?.resourceKeys.length, 1, type);
      const [, skipped] = assertEquivalent(text);
      assert.deepEqual(
        skipped.doc.tasks.map((t) => t.resourceName),
        ['Bucket', 'Web'],
      );
    }
  });

  it('keeps a resource whose type it cannot read for sure', () => {
    const cases = {
      'an intrinsic': BASE.replace('Type: AWS::S3::Bucket', 'Type: !Ref BucketType'),
      'no type': BASE.replace('    Type: AWS::S3::Bucket\n', ''),
      'two types': BASE.replace('Type: AWS::S3::Bucket', 'Type: AWS::S3::Bucket\n    Type: AWS::ECS::TaskDefinition'),
      'the type on the next line': BASE.replace('Type: AWS::S3::Bucket', 'Type:\n      AWS::S3::Bucket'),
      'an escaped key': BASE.replace('Type: AWS::S3::Bucket', '"T\\x79pe": AWS::S3::Bucket'),
      'an escaped type': BASE.replace('Type: AWS::S3::Bucket', 'Type: "AWS::ECS::Task\\x44efinition"'),
      'a flow-style resource': BASE.replace(
        'Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: logs\n      Tags:\n        - Key: team\n          Value: web\n',
        'Bucket: { Type: AWS::S3::Bucket }\n',
      ),
      'an odd indentation': BASE.replace('          Value: web\n', '          Value: web\n   Odd: 1\n'),
    };
    for (const [name, text] of Object.entries(cases)) {
      const plan = planSkips(text);
      assert.ok(plan, name);
      assert.equal(plan.resourceKeys.length, 1, name);
      assert.equal(text.slice(plan.resourceKeys[0], plan.resourceKeys[0] + 4), 'Role', name);
      assertEquivalent(text, URI, name);
    }
    const [, skipped] = assertEquivalent(cases['an escaped type']);
    assert.deepEqual(
      skipped.doc.tasks.map((t) => t.resourceName),
      ['Bucket', 'Web'],
    );
  });

  it('parses the whole template when skipping is not safe', () => {
    assert.ok(planSkips(BASE), 'the base template is planned');
    const cases = {
      'an anchor': BASE.replace('BucketName: logs', 'BucketName: &image logs'),
      'an alias into a skipped part': BASE.replace('BucketName: logs', 'BucketName: &image nginx').replace('Image: nginx', 'Image: *image'),
      'a merge key': BASE.replace('      Path: /', '      <<: { Path: / }'),
      'flow-style Resources':
        'Parameters:\n  P:\n    Type: String\nResources: { Web: { Type: AWS::ECS::TaskDefinition, Properties: { ContainerDefinitions: [] } } }\n',
      'Resources on the next line in flow style': BASE.replace('Resources:\n', 'Resources:\n  {}\n'),
      'a second document': `${BASE}---\nResources:\n  Other:\n    Type: AWS::S3::Bucket\n`,
      'a document end marker': `${BASE}...\n`,
      'a tab in indentation': BASE.replace('      BucketName: logs', '\t  BucketName: logs'),
      'a directive': `%YAML 1.2\n---\n${BASE}`,
      'a complex key': BASE.replace('      BucketName: logs', '      ? BucketName\n      : logs'),
      'a quoted value running past a resource': BASE.replace('BucketName: logs', 'BucketName: "logs\n    more'),
      'a flow value running past a resource': BASE.replace('BucketName: logs', 'BucketName: [logs,\n  Web2: 1'),
      'an indented top level': BASE.replace(/^/gm, '  '),
      'old Mac line breaks': BASE.replace(/\n/g, '\r'),
      'nothing to skip': 'Resources:\n  Web:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      ContainerDefinitions: []\n',
      'not a template': 'containerDefinitions:\n  - name: web\n    image: nginx\n',
    };
    for (const [name, text] of Object.entries(cases)) {
      assert.equal(planSkips(text), undefined, name);
      assertEquivalent(text, URI, name);
    }
    assert.deepEqual(analyse(cases['an alias into a skipped part']).doc.syntaxErrors, [], 'the alias still resolves');
  });

  it('keeps a leading document marker, comments and CRLF line breaks', () => {
    for (const text of [
      `---\n${BASE}`,
      `# stack\n--- # web\n${BASE}`,
      BASE.replace(/\n/g, '\r\n'),
      BASE.replace('  Role:', '# role\n  # more\n  Role:'),
    ]) {
      const plan = planSkips(text);
      assert.equal(plan?.resourceKeys.length, 2, JSON.stringify(text.slice(0, 30)));
      assert.deepEqual(blankSkipped(text, plan).match(/\r?\n/g), text.match(/\r?\n/g));
      assertEquivalent(text);
    }
  });

  it('follows block scalars, multi-line plain and quoted values and flow collections inside resources', () => {
    const text = BASE.replace(
      '      BucketName: logs\n',
      `      BucketName: logs
      Script: |
        #!/bin/bash
        echo "Resources:" && ls *.txt  # not a comment, not an alias
      Note: a long
        plain value
      Quoted: 'it''s
        two lines'
      List: [a, "b,]",
        c]
      Folded: >-
        text
`,
    );
    assert.equal(planSkips(text)?.resourceKeys.length, 2);
    assertEquivalent(text);
    const inTask = BASE.replace(
      '          Image: nginx\n',
      `          Image: nginx
          Command:
            - |
              echo "  Web2:"
          EntryPoint: [sh, "-c",
            "x"]
`,
    );
    assert.equal(planSkips(inTask)?.resourceKeys.length, 2);
    assertEquivalent(inTask);
  });

  it('reads templated YAML after masking, like the parse does', () => {
    const text = BASE.replace('      BucketName: logs', '      BucketName: {{ bucket }}')
      .replace('  Role:\n', '{% if with_role %}\n  Role:\n')
      .replace('Outputs:', '{% endif %}\nOutputs:')
      .replace('Image: nginx', 'Image: "{{ image }}"');
    assert.equal(planSkips(maskYamlTemplates(text).text)?.resourceKeys.length, 2);
    assertEquivalent(text);
  });

  it('drops a syntax error inside a skipped part, and nothing else changes', () => {
    for (const error of ['      BucketName: twice', '      - item']) {
      const text = BASE.replace('      BucketName: logs', `      BucketName: logs\n${error}`);
      const [full, skipped] = assertEquivalent(text);
      assert.ok(full.doc.syntaxErrors.length > 0, error);
      assert.deepEqual(skipped.doc.syntaxErrors, [], error);
      assert.deepEqual(skipped.shape, full.shape);
    }
    // Where the scan cannot tell what a broken line means, the template is parsed whole: the error stays.
    const odd = BASE.replace('      BucketName: logs', '      BucketName: logs\n        Deeper: 1');
    assert.equal(planSkips(odd), undefined);
    const [full, skipped] = assertEquivalent(odd);
    assert.ok(full.doc.syntaxErrors.length > 0);
    assert.deepEqual(skipped.doc.syntaxErrors, full.doc.syntaxErrors);
  });

  it('keeps syntax errors in a task definition exactly, and parses everything after an error elsewhere it cannot place', () => {
    const inTask = BASE.replace('          Image: nginx', '          Image: nginx\n          Image: httpd\n          HostP');
    const [full, skipped] = assertEquivalent(inTask);
    assert.ok(full.doc.syntaxErrors.length > 0);
    assert.deepEqual(skipped.doc.syntaxErrors, full.doc.syntaxErrors);
    const plan = planSkips(inTask);
    assert.ok(plan && matchesPlan(parseSkipping(inTask, plan), plan), 'an error in the task definition keeps the plan');

    const twice = BASE.replace('  Role:', '  Bucket:');
    const plan2 = planSkips(twice);
    assert.ok(plan2);
    assert.equal(matchesPlan(parseSkipping(twice, plan2), plan2), false, 'a duplicate resource name is an error outside the task');
    const [a, b] = both((whole) => parseYaml(twice, { whole }).syntaxErrors);
    assert.ok(a.length > 0);
    assert.deepEqual(b, a);
  });

  it('answers hover and completion the same', () => {
    const answered = assertSameFeatures(BASE, URI, () => true);
    assert.ok(answered.hovers > 10 && answered.completions > 3, JSON.stringify(answered));
  });

  it('seeded random edits: same problems and tasks, no new syntax error', () => {
    const seed = BASE.replace(
      '      BucketName: logs\n',
      '      BucketName: logs\n      Script: |\n        echo "x" && ls *\n      List: [a, "b",\n        c]\n',
    );
    const r = rng(20261126);
    let planned = 0;
    for (let i = 0; i < 300; i++) {
      const text = mutate(seed, r);
      if (planSkips(text)) planned++;
      assertEquivalent(text, URI, `edit ${i}`);
    }
    assert.ok(planned > 60, `only ${planned} of 300 edited templates were planned`);
  });

  it('every template of the corpus: the same problems, tasks, hover and completion', (t) => {
    if (!existsSync(CORPUS)) return t.skip(`${CORPUS} not present`);
    let planned = 0;
    const answered = { hovers: 0, completions: 0 };
    for (const name of readdirSync(CORPUS).sort()) {
      if (!/\.(?:ya?ml|json)$/i.test(name)) continue;
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const uri = `file:///${name}`;
      const [full, skipped] = assertEquivalent(text, uri, name);
      assert.deepEqual(skipped.doc.syntaxErrors, full.doc.syntaxErrors, name);
      const plan = /\.ya?ml$/i.test(name) ? planSkips(text) : undefined;
      if (!plan) continue;
      planned++;
      assert.ok(matchesPlan(parseSkipping(text, plan), plan), `${name}: the parse disagrees with the plan`);
      const inTask = (l: { start: number }) => plan.taskBlocks.some((b) => l.start >= b.start && l.start < b.end);
      const got = assertSameFeatures(text, uri, inTask);
      answered.hovers += got.hovers;
      answered.completions += got.completions;
    }
    assert.ok(planned >= 10, `only ${planned} corpus templates were planned`);
    const templates = readdirSync(CORPUS)
      .filter((n) => /\.ya?ml$/i.test(n))
      .sort();
    const r = rng(20261127);
    for (let i = 0; i < 150; i++) {
      const name = templates[r(templates.length)];
      assertEquivalent(mutate(readFileSync(join(CORPUS, name), 'utf8'), r), `file:///${name}`, `${name}, edit ${i}`);
    }
    assert.ok(answered.hovers > 100 && answered.completions > 50, JSON.stringify(answered));
  });
});
