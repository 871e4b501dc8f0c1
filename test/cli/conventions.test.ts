/** Conventions CI users know from eslint, cfn-lint and actionlint. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sax from 'sax';
import { escapeData, escapeProperty } from '../../server/src/cli/format-github';
import { BAD, MISMATCH, ROOT, cli, runIn, tempDir } from './helpers';

const WARN = ['--rule', 'host-port-mismatch=warning'];

function tree(): string {
  const dir = tempDir();
  const files: Record<string, string> = {
    'deploy/a.json': BAD,
    'deploy/nested/b.json': BAD,
    'deploy/nested/c.yaml': 'name: not a task\n',
    'deploy/node_modules/d.json': BAD,
    'deploy/generated/e.json': BAD,
    'deploy/old/f.json': BAD,
    'notes.txt': BAD,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.gitignore'), 'generated/\n');
  return dir;
}

const files = (stdout: string) => (JSON.parse(stdout) as { file: string }[]).map((x) => x.file);

describe('paths: globs, .gitignore, --ignore-pattern, standard input', () => {
  it('a quoted glob is expanded in-process; node_modules and .gitignore entries are left out', () => {
    const dir = tree();
    const r = cli(['lint', '--format', 'json', 'deploy/**/*.json'], { cwd: dir });
    assert.deepEqual(files(r.stdout), ['deploy/a.json', 'deploy/nested/b.json', 'deploy/old/f.json']);
    assert.equal(r.code, 1);
  });

  it('a directory walk honours .gitignore (also from folders above) and --ignore-pattern', () => {
    const dir = tree();
    assert.deepEqual(files(cli(['lint', '--format', 'json', '.'], { cwd: dir }).stdout), [
      'deploy/a.json',
      'deploy/nested/b.json',
      'deploy/old/f.json',
    ]);
    // Walking deploy/ alone still honours the repository's .gitignore one folder up.
    const sub = cli(['lint', '--format', 'json', '--ignore-pattern', 'old/', '--ignore-pattern', '**/b.json', '.'], {
      cwd: join(dir, 'deploy'),
    });
    assert.deepEqual(files(sub.stdout), ['a.json']);
  });

  it('a file named explicitly is checked even when .gitignore lists it, but not when --ignore-pattern does', () => {
    const dir = tree();
    assert.deepEqual(files(cli(['lint', '--format', 'json', 'deploy/generated/e.json'], { cwd: dir }).stdout), ['deploy/generated/e.json']);
    const r = cli(['lint', '--ignore-pattern', 'deploy/generated', 'deploy/generated/e.json', 'deploy/a.json'], { cwd: dir });
    assert.doesNotMatch(r.stdout, /e\.json/);
    assert.match(r.stdout, /deploy\/a\.json:10:46/);
  });

  it('globs that make backtracking matchers run for minutes are answered (brace lists, many stars)', () => {
    const dir = tempDir();
    const name = `${'a'.repeat(60)}.json`;
    writeFileSync(join(dir, name), BAD);
    const stars = cli(['lint', '--format', 'json', '*a*a*a*a*a*a*a*a*a*a*c'], { cwd: dir });
    assert.equal(stars.code, 2);
    assert.match(stars.stderr, /no files match this pattern/);
    const braces = cli(['lint', '--format', 'json', `${'{a,b}'.repeat(16)}*.json`], { cwd: dir });
    assert.deepEqual(files(braces.stdout), [name]);
  });

  it('a glob that matches nothing is an error (exit 2)', () => {
    const r = cli(['lint', 'nowhere/**/*.json'], { cwd: tree() });
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ecs-taskdef: nowhere/**/*.json: no files match this pattern\n');
  });

  it('a directory without task definitions says so and exits 0', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    const r = cli(['lint', dir]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `no task definitions found in ${dir}\n`);
    const json = cli(['lint', '--format', 'json', dir]);
    assert.equal(json.stdout, '[]\n');
    assert.equal(json.stderr, `ecs-taskdef: note: no task definitions found in ${dir}\n`);
  });

  it('- reads standard input; --stdin-filename names it and picks the format', () => {
    const yaml =
      'Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      NetworkMode: awsvpc\n      Memory: "512"\n      ContainerDefinitions:\n        - Name: web\n          Image: nginx\n          PortMappings:\n            - ContainerPort: 8080\n              HostPort: 80\n';
    const r = cli(['lint', '--stdin-filename', 'infra/stack.yaml', '-'], { input: yaml });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^infra\/stack\.yaml:12:25  error  HostPort 80 differs from ContainerPort 8080/m);
    const plain = cli(['lint', '-'], { input: BAD });
    assert.match(plain.stdout, /^<stdin>:10:46  error/m);
  });
});

describe('exit status and filtering', () => {
  it('--max-warnings N: exit 1 only when more than N warnings', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.json'), BAD);
    assert.equal(cli(['lint', ...WARN, 't.json'], { cwd: dir }).code, 0);
    assert.equal(cli(['lint', ...WARN, '--max-warnings', '1', 't.json'], { cwd: dir }).code, 0);
    const over = cli(['lint', ...WARN, '--max-warnings', '0', 't.json'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'ecs-taskdef: 1 warning found, more than --max-warnings 0\n');
  });

  it('--quiet reports errors only', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.json'), BAD);
    const r = cli(['lint', '--quiet', ...WARN, 't.json'], { cwd: dir });
    assert.equal(r.stdout, '0 problems (0 errors, 0 warnings, 0 infos, 0 hints) in 1 task definition file\n');
    assert.equal(r.code, 0);
    assert.match(cli(['lint', '--quiet', 't.json'], { cwd: dir }).stdout, /\[host-port-mismatch\]/);
  });

  it('the summary counts errors, warnings, infos and hints separately', () => {
    const dir = tempDir();
    const text = BAD.replace(
      '"image": "nginx",',
      '"image": "nginx", "environment": [{"name": "A", "value": "1"}, {"name": "A", "value": "2"}],',
    );
    writeFileSync(join(dir, 't.json'), text);
    const r = cli(['lint', '--rule', 'host-port-mismatch=info', '--rule', 'duplicate-environment-variable=hint', 't.json'], { cwd: dir });
    assert.match(r.stdout, /^t\.json:10:46  info  /m);
    assert.match(r.stdout, /^2 problems \(0 errors, 0 warnings, 1 info, 1 hint\) in 1 task definition file$/m);
    assert.equal(r.code, 0);
  });

  it('an unknown rule id in --rule is a warning with a suggestion', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.json'), BAD);
    const r = cli(['lint', '--rule', 'host-port-missmatch=off', '--rule', 'zzz=off', 't.json'], { cwd: dir });
    assert.equal(
      r.stderr,
      'ecs-taskdef: warning: unknown rule "host-port-missmatch" in --rule (did you mean "host-port-mismatch"?); it is ignored\n' +
        'ecs-taskdef: warning: unknown rule "zzz" in --rule; it is ignored\n',
    );
    assert.equal(r.code, 1, 'the mistyped rule is not turned off');
  });

  it('lint --version and --version print the package version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const args of [['lint', '--version'], ['--version'], ['lint', '-v']]) assert.equal(cli(args).stdout, `${version}\n`);
  });
});

describe('colour', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 't.json'), BAD);
  const RED = '\u001b[31merror\u001b[0m';

  it('on a terminal unless NO_COLOR or --no-color; --color forces it', () => {
    assert.ok(runIn(['lint', 't.json'], { cwd: dir, stdoutIsTTY: true }).stdout.includes(RED));
    assert.ok(!runIn(['lint', 't.json'], { cwd: dir, stdoutIsTTY: false }).stdout.includes('\u001b['));
    assert.ok(!runIn(['lint', 't.json'], { cwd: dir, stdoutIsTTY: true, env: { NO_COLOR: '1' } }).stdout.includes('\u001b['));
    assert.ok(!runIn(['lint', '--no-color', 't.json'], { cwd: dir, stdoutIsTTY: true }).stdout.includes('\u001b['));
    assert.ok(cli(['lint', '--color', 't.json'], { cwd: dir }).stdout.includes(RED));
    assert.ok(runIn(['lint', '--no-color', '--color', 't.json'], { cwd: dir }).stdout.includes(RED), 'the last flag wins');
  });
});

describe('--format github', () => {
  it('workflow commands with escaped properties and message; chosen by GITHUB_ACTIONS=true', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a,b:c.json'), BAD.replace('"image": "nginx",', '"image": "nginx", "x%y": 1,'));
    const expectedLines = [
      '::warning file=a%2Cb%3Ac.json,line=8,col=25,endLine=8,endColumn=30,title=ecs-taskdef unknown-property::',
      `::error file=a%2Cb%3Ac.json,line=10,col=46,endLine=10,endColumn=48,title=ecs-taskdef host-port-mismatch::${MISMATCH} [host-port-mismatch]`,
    ];
    for (const r of [
      cli(['lint', '--format', 'github', 'a,b:c.json'], { cwd: dir }),
      cli(['lint', 'a,b:c.json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } }),
    ]) {
      const lines = r.stdout.split('\n');
      assert.ok(lines[0].startsWith(expectedLines[0]), lines[0]);
      assert.match(lines[0], /"x%25y"/, 'a % in the message is escaped');
      assert.equal(lines[1], expectedLines[1]);
      assert.equal(lines[2], '2 problems (1 error, 1 warning, 0 infos, 0 hints) in 1 task definition file');
      assert.equal(r.code, 1);
    }
    assert.equal(
      cli(['lint', '--format', 'text', 'a,b:c.json'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } }).stdout.startsWith('a,b:c.json:'),
      true,
      '--format wins',
    );
  });

  it("escaping follows GitHub's toolkit", () => {
    assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('a file that cannot be read becomes an error annotation', () => {
    const r = cli(['lint', '--format', 'github', 'missing.json'], { cwd: tempDir() });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^::error file=missing\.json,title=ecs-taskdef::no such file or directory$/m);
  });
});

describe('--format junit', () => {
  function parse(xml: string) {
    const parser = sax.parser(true, {});
    const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
    const open: { text: string }[] = [];
    parser.onopentag = (n) => {
      elements.push({ name: n.name, attributes: n.attributes as Record<string, string>, text: '' });
      open.push(elements[elements.length - 1]);
    };
    parser.onclosetag = () => {
      open.pop();
    };
    parser.ontext = (t) => {
      if (open.length) open[open.length - 1].text += t;
    };
    parser.write(xml).close(); // throws on XML that is not well-formed
    return elements;
  }

  it('well-formed, escaped XML: a testsuite per file, a testcase per rule, a passing case for a clean file', () => {
    const dir = tempDir();
    const bad = 'a&b <"c">.json';
    writeFileSync(join(dir, bad), BAD);
    writeFileSync(join(dir, 'good.json'), BAD.replace(', "hostPort": 80', ''));
    const r = cli(['lint', '--format', 'junit', bad, 'good.json', 'missing.json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.ok(
      r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ecs-taskdef" tests="3" failures="1" errors="1">'),
      r.stdout,
    );
    const el = parse(r.stdout);
    const suites = el.filter((e) => e.name === 'testsuite');
    assert.deepEqual(
      suites.map((s) => s.attributes.name),
      [bad, 'good.json', 'ecs-taskdef'],
    );
    const cases = el.filter((e) => e.name === 'testcase');
    assert.deepEqual(
      cases.map((c) => [c.attributes.classname, c.attributes.name]),
      [
        [bad, 'host-port-mismatch'],
        ['good.json', 'ecs-taskdef'],
        ['missing.json', 'ecs-taskdef'],
      ],
    );
    const failure = el.find((e) => e.name === 'failure')!;
    assert.equal(failure.attributes.type, 'error');
    assert.equal(failure.attributes.message, `1 problem: ${MISMATCH}`);
    assert.equal(failure.text, `${bad}:10:46  error  ${MISMATCH}`);
    assert.equal(el.find((e) => e.name === 'error')!.attributes.message, 'no such file or directory');
  });
});
