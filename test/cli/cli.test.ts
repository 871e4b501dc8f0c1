/** The CLI as CI runs it: `node bin/ecs-taskdef.js lint …` on real files in a temp directory. */
import { describe, it, before } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BAD, GOOD, cli, tempDir } from './helpers';

const lint = (...args: string[]) => cli(args);

describe('ecs-taskdef lint', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), BAD);
    writeFileSync(join(dir, 'good.json'), GOOD);
    mkdirSync(join(dir, 'tree', 'deep', 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'tree', 'deep', 'taskdef.json'), BAD);
    writeFileSync(join(dir, 'tree', 'package.json'), '{ "name": "x", "version": "1.0.0" }');
    writeFileSync(join(dir, 'tree', 'deep', 'node_modules', 'ignored.json'), BAD);
  });

  it('text: path:line:col  severity  message  [code], then a summary; exit 1 on errors', () => {
    const r = lint('lint', join(dir, 'bad.json'));
    assert.equal(r.code, 1);
    assert.ok(
      r.stdout.includes(`${join(dir, 'bad.json')}:10:46  error  hostPort 80 differs from containerPort 8080 in awsvpc mode`),
      r.stdout,
    );
    assert.match(r.stdout, /\[host-port-mismatch\]/);
    assert.match(r.stdout, /^1 problem \(1 error, 0 warnings, 0 infos, 0 hints\) in 1 task definition file$/m);
  });

  it('exit 0 on a clean file', () => {
    const r = lint('lint', join(dir, 'good.json'));
    assert.equal(r.code, 0, r.stdout);
  });

  it('json: exactly one array, one entry per file read, even when clean', () => {
    const r = lint('lint', '--format', 'json', join(dir, 'bad.json'), join(dir, 'good.json'));
    const out = JSON.parse(r.stdout);
    assert.equal(out.length, 2);
    assert.equal(out[0].file, join(dir, 'bad.json'));
    assert.deepEqual(out[1], { file: join(dir, 'good.json'), diagnostics: [] });
    const d = out[0].diagnostics.find((x: { code: string }) => x.code === 'host-port-mismatch');
    assert.deepEqual(d, {
      code: 'host-port-mismatch',
      severity: 'error',
      message: 'hostPort 80 differs from containerPort 8080 in awsvpc mode: omit hostPort or set it to 8080.',
      range: { start: { line: 9, character: 45 }, end: { line: 9, character: 47 } },
      fixes: [{ title: 'Remove hostPort' }, { title: 'Set hostPort to 8080 (the containerPort)' }],
    });
  });

  it('sarif: SARIF 2.1.0 with rules and 1-based regions', () => {
    const r = lint('lint', '--format=sarif', join(dir, 'bad.json'));
    const log = JSON.parse(r.stdout);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'ecs-taskdef');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'host-port-mismatch');
    assert.equal(result.level, 'error');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 10, startColumn: 46, endLine: 10, endColumn: 48 });
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'host-port-mismatch');
    assert.match(rule.helpUri, /docs\/rules\/host-port-mismatch\.md$/);
  });

  it('--fix repairs the file in place and reports what is left', () => {
    const file = join(dir, 'fixme.json');
    writeFileSync(file, BAD);
    const r = lint('lint', '--fix', file);
    assert.equal(readFileSync(file, 'utf8'), GOOD);
    assert.doesNotMatch(r.stdout, /host-port-mismatch/);
    assert.match(r.stdout, /fix(es)? applied/);
    assert.equal(r.code, 0, r.stdout);
  });

  it('walks directories, picks task definitions by content, skips node_modules', () => {
    const r = lint('lint', '--format', 'json', join(dir, 'tree'));
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.map((x: { file: string }) => x.file),
      [join(dir, 'tree', 'deep', 'taskdef.json')],
    );
    assert.equal(r.code, 1);
  });

  it('--rule ID=off silences a rule', () => {
    const r = lint('lint', '--rule', 'host-port-mismatch=off', join(dir, 'bad.json'));
    assert.doesNotMatch(r.stdout, /host-port-mismatch/);
  });

  it('a missing file: clear message, exit 2', () => {
    const r = lint('lint', join(dir, 'nope.json'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nope\.json: no such file or directory/);
  });

  it('bad usage says what is wrong on its first line', () => {
    const cases: [string[], string][] = [
      [[], 'no command given (expected "lint")'],
      [['lint'], 'no PATH given (use - to read standard input)'],
      [['check', 'x'], 'unknown command "check" (expected "lint")'],
      [['lint', '--bogus', 'x'], 'unknown option "--bogus"'],
      [['lint', '--format'], '--format needs a value'],
      [['lint', '-f', 'xml', 'x'], '--format must be text, json, sarif, github or junit (got "xml")'],
      [['lint', '--rule', 'x', 'y'], '--rule expects ID=error|warning|info|hint|off|default (got "x")'],
      [['lint', '--max-warnings=-1', 'x'], '--max-warnings expects a whole number of 0 or more (got "-1")'],
      [['lint', '--max-warnings', '-1', 'x'], 'a value of --max-warnings that starts with - must be written --max-warnings=VALUE'],
      [['lint', '--stdin-filename', 'a.json', 'x'], '--stdin-filename needs - among the paths'],
    ];
    for (const [args, message] of cases) {
      const r = lint(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.split('\n')[0], `ecs-taskdef: ${message}`, args.join(' '));
    }
  });

  it('--help (with or without lint): the usage text, exit 0', () => {
    for (const args of [['--help'], ['lint', '--help'], ['lint', '-h']]) {
      const r = lint(...args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /^Usage: ecs-taskdef lint \[options\] PATH\.\.\./);
      assert.match(r.stdout, /--format FORMAT +text, json, sarif, github or junit/);
    }
  });

  it('bad usage: exit 2 with the usage text', () => {
    for (const args of [
      [],
      ['lint'],
      ['frobnicate', 'x'],
      ['lint', '--format', 'xml', 'x'],
      ['lint', '--bogus', 'x'],
      ['lint', '--format'],
      ['lint', '--max-warnings', 'many', 'x'],
    ]) {
      const r = lint(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage: ecs-taskdef lint/);
    }
  });

  it('CloudFormation YAML (also as a .yaml.j2 template): PascalCase ranges, intrinsics left alone', () => {
    const yaml = `Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      NetworkMode: awsvpc
      Memory: "512"
      ContainerDefinitions:
        - Name: web
          Image: !Ref Image
          PortMappings:
            - ContainerPort: 8080
              HostPort: 80
            - ContainerPort: !Ref Port
              HostPort: 81
`;
    for (const name of ['stack.yaml', 'stack.yaml.j2']) {
      const file = join(dir, name);
      writeFileSync(file, yaml);
      const out = JSON.parse(lint('lint', '--format', 'json', file).stdout);
      const found = out[0].diagnostics.filter((d: { code: string }) => d.code === 'host-port-mismatch');
      assert.equal(found.length, 1, `${name}: ${JSON.stringify(out[0].diagnostics.map((d: { code: string }) => d.code))}`);
      assert.equal(found[0].message, 'HostPort 80 differs from ContainerPort 8080 in awsvpc mode: omit HostPort or set it to 8080.');
      assert.deepEqual(found[0].range.start, { line: 11, character: 24 });
    }
  });

  it('broken JSON: syntax errors reported, the rest still checked', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, BAD.replace('"image": "nginx",', '"image": "nginx"'));
    const r = lint('lint', '--format', 'json', file);
    const codes = JSON.parse(r.stdout)[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes.includes('syntax-error'));
    assert.ok(codes.includes('host-port-mismatch'));
    assert.equal(r.code, 1);
  });
});
