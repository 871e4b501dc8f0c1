/** SARIF for GitHub code scanning: valid against the SARIF 2.1.0 schema, relative encoded URIs, stable fingerprints, rule help. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { BAD, ROOT, cli, tempDir } from './helpers';

// The SARIF 2.1.0 schema (draft-04) as Microsoft's SARIF SDK ships it.
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp: false: one language pattern in this schema is not valid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function assertValid(log: unknown): void {
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
}

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
}

function setUp(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'my tasks'));
  writeFileSync(join(dir, 'my tasks', 'web #1.json'), BAD);
  writeFileSync(join(dir, 'broken.json'), BAD.replace('"image": "nginx",', '"image": "nginx"'));
  return dir;
}

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with file names holding spaces and #', () => {
    const dir = setUp();
    const r = cli(['lint', '--format', 'sarif', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const log = JSON.parse(r.stdout);
    assertValid(log);
    const run = log.runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    const results: Result[] = run.results;
    const uris = [...new Set(results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri))].sort();
    assert.deepEqual(uris, ['broken.json', 'my%20tasks/web%20%231.json']);
    for (const x of results) {
      assert.equal(x.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.equal(run.tool.driver.rules[x.ruleIndex].id, x.ruleId);
    }
    const mismatch = results.find(
      (x) => x.ruleId === 'host-port-mismatch' && x.locations[0].physicalLocation.artifactLocation.uri.startsWith('my'),
    )!;
    assert.deepEqual(mismatch.locations[0].physicalLocation.region, { startLine: 10, startColumn: 46, endLine: 10, endColumn: 48 });
    assert.equal(mismatch.level, 'error');
  });

  it('rules carry helpUri and their page as help.markdown, syntax-error included', () => {
    const log = JSON.parse(cli(['lint', '--format', 'sarif', '.'], { cwd: setUp() }).stdout);
    const rules: { id: string; helpUri: string; help: { text: string; markdown: string } }[] = log.runs[0].tool.driver.rules;
    assert.deepEqual(
      rules.map((x) => x.id),
      ['host-port-mismatch', 'syntax-error'],
    );
    for (const rule of rules) {
      assert.equal(rule.helpUri, `https://github.com/ecs-taskdef/ecs-taskdef/blob/main/docs/rules/${rule.id}.md`);
      assert.equal(rule.help.markdown, readFileSync(join(ROOT, 'docs', 'rules', `${rule.id}.md`), 'utf8'));
      assert.ok(rule.help.text.length > 20);
    }
  });

  it('partialFingerprints stay the same when lines move, and differ between files and between equal lines', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), BAD);
    const fp = () =>
      (JSON.parse(cli(['lint', '--format', 'sarif', '.'], { cwd: dir }).stdout).runs[0].results as Result[]).map(
        (x) => x.partialFingerprints['ecsTaskdef/v1'],
      );
    const first = fp();
    assert.match(first[0], /^[0-9a-f]{32}:1$/);
    writeFileSync(join(dir, 'a.json'), `\n\n${BAD}`);
    assert.deepEqual(fp(), first, 'two lines inserted above: same fingerprint');
    writeFileSync(join(dir, 'b.json'), BAD);
    const both = fp();
    assert.equal(new Set(both).size, 2, 'another file: another fingerprint');
    // Two identical mappings on identical lines: the occurrence number tells them apart.
    writeFileSync(
      join(dir, 'b.json'),
      BAD.replace(
        '{ "containerPort": 8080, "hostPort": 80 }',
        '{ "containerPort": 8080, "hostPort": 80 },\n        { "containerPort": 8080, "hostPort": 80 },\n        { "containerPort": 9090 }',
      ),
    );
    const twice = (
      JSON.parse(
        cli(['lint', '--format', 'sarif', '--rule', 'overlapping-container-ports=off', '--rule', 'host-port-conflict=off', 'b.json'], {
          cwd: dir,
        }).stdout,
      ).runs[0].results as Result[]
    ).map((x) => x.partialFingerprints['ecsTaskdef/v1']);
    assert.equal(twice.length, 2);
    assert.equal(twice[0].slice(0, 32), twice[1].slice(0, 32));
    assert.deepEqual(
      twice.map((f) => f.slice(33)),
      ['1', '2'],
    );
  });

  it('files outside the current folder get absolute file URIs; unreadable files become tool notifications', () => {
    const dir = setUp();
    const sub = join(dir, 'elsewhere');
    mkdirSync(sub);
    const r = cli(['lint', '--format', 'sarif', join(dir, 'my tasks', 'web #1.json'), 'missing.json'], { cwd: sub });
    assert.equal(r.code, 2);
    const log = JSON.parse(r.stdout);
    assertValid(log);
    assert.equal(
      log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
      pathToFileURL(join(dir, 'my tasks', 'web #1.json')).href,
    );
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId, undefined);
    assert.deepEqual(log.runs[0].invocations, [
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'no such file or directory' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'missing.json', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
  });

  it('the bundled CLI carries the rule pages: it works outside the repository', () => {
    const dir = setUp();
    const pkg = join(tempDir(), 'pkg');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    copyFileSync(join(ROOT, 'dist', 'cli.js'), join(pkg, 'dist', 'cli.js'));
    const r = spawnSync(process.execPath, [join(pkg, 'dist', 'cli.js'), 'lint', '--format', 'sarif', '.'], { cwd: dir, encoding: 'utf8' });
    const log = JSON.parse(r.stdout);
    assertValid(log);
    const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'syntax-error');
    assert.equal(rule.help.markdown, readFileSync(join(ROOT, 'docs', 'rules', 'syntax-error.md'), 'utf8'));
  });

  it('the schema check can fail: an unencoded space in a URI is rejected', () => {
    const log = JSON.parse(cli(['lint', '--format', 'sarif', '.'], { cwd: setUp() }).stdout);
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'my tasks/web #1.json';
    assert.equal(validate(log), false);
  });
});
