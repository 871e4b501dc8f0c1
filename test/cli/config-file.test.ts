/** `ecs-taskdef lint` reads the nearest .ecs-taskdef.json (or package.json "ecs-taskdef") above each file. */
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BAD_TASK_LINE } from '../unit/helpers/task-json';
import { cli } from './helpers';

// host-port-mismatch (error) and reserved-host-port (warning, port 22 on the host in bridge mode).
const AWSVPC = BAD_TASK_LINE;
// Not recognisable as a task definition by content (no containerDefinitions), but the task is Fargate on bridge.
const FRAGMENT = '{ "family": "web", "networkMode": "bridge", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512" }\n';

function lint(cwd: string, ...args: string[]) {
  const r = cli(['lint', '--format', 'json', ...args], { cwd });
  let files: { file: string; diagnostics: { code: string; severity: string }[] }[] = [];
  try {
    files = JSON.parse(r.stdout);
  } catch {
    // asserted by the caller through code/stderr
  }
  return { code: r.code, files, stderr: r.stderr };
}

describe('ecs-taskdef lint with a config file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-config-'));
    writeFileSync(
      join(dir, '.ecs-taskdef.json'),
      JSON.stringify({
        rules: { 'host-port-mismatch': 'warning' },
        files: ['fragments/*.json'],
        ignores: ['legacy', '**/*.draft.json'],
      }),
    );
    mkdirSync(join(dir, 'svc', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'legacy'));
    mkdirSync(join(dir, 'fragments'));
    mkdirSync(join(dir, 'pkg'));
    writeFileSync(join(dir, 'task.json'), AWSVPC);
    writeFileSync(join(dir, 'svc', 'deep', 'task.json'), AWSVPC);
    writeFileSync(join(dir, 'legacy', 'task.json'), AWSVPC);
    writeFileSync(join(dir, 'svc', 'task.draft.json'), AWSVPC);
    writeFileSync(join(dir, 'fragments', 'web.json'), FRAGMENT);
    writeFileSync(
      join(dir, 'pkg', 'package.json'),
      JSON.stringify({ name: 'pkg', 'ecs-taskdef': { rules: { 'host-port-mismatch': 'off' } } }),
    );
    writeFileSync(join(dir, 'pkg', 'task.json'), AWSVPC);
  });

  it('rules from the file apply to files below it, found from the cwd and from deeper folders', () => {
    for (const [cwd, path] of [
      [dir, 'task.json'],
      [join(dir, 'svc'), join('deep', 'task.json')],
      [tmpdir(), join(dir, 'svc', 'deep', 'task.json')],
    ]) {
      const r = lint(cwd, path);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(
        r.files[0].diagnostics.map((d) => `${d.code}:${d.severity}`),
        ['host-port-mismatch:warning'],
        `${cwd} ${path}`,
      );
    }
  });

  it('--rule overrides the file', () => {
    const r = lint(dir, '--rule', 'host-port-mismatch=error', 'task.json');
    assert.equal(r.code, 1);
    assert.deepEqual(
      r.files[0].diagnostics.map((d) => d.severity),
      ['error'],
    );
  });

  it('ignores skip files in folders and files named on the command line; files force a check', () => {
    const r = lint(dir, '.');
    assert.deepEqual(r.files.map((f) => f.file).sort(), [
      join('fragments', 'web.json'),
      join('pkg', 'task.json'),
      join('svc', 'deep', 'task.json'),
      'task.json',
    ]);
    const fragment = r.files.find((f) => f.file === join('fragments', 'web.json'))!;
    assert.ok(
      fragment.diagnostics.some((d) => d.code === 'fargate-requires-awsvpc'),
      JSON.stringify(fragment),
    );
    assert.equal(r.code, 1);
    const explicit = lint(dir, join('legacy', 'task.json'), join('svc', 'task.draft.json'));
    assert.deepEqual(explicit.files, []);
    assert.equal(explicit.code, 0);
  });

  it('the "ecs-taskdef" key of a nearer package.json wins over the .ecs-taskdef.json above it', () => {
    const r = lint(dir, join('pkg', 'task.json'));
    assert.equal(r.code, 0);
    assert.deepEqual(r.files[0].diagnostics, []);
  });

  it('unknown keys and rule ids warn on stderr with the nearest name, once; the exit status is unchanged', () => {
    const d = mkdtempSync(join(tmpdir(), 'ecs-taskdef-config-bad-'));
    writeFileSync(join(d, '.ecs-taskdef.json'), '{ "rule": {}, "rules": { "reserved-host-prot": "off" } }');
    writeFileSync(join(d, 'a.json'), AWSVPC);
    writeFileSync(join(d, 'b.json'), AWSVPC);
    const r = lint(d, '--rule', 'host-port-mismach=off', 'a.json', 'b.json');
    assert.equal(r.code, 1);
    const cfg = join(d, '.ecs-taskdef.json');
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      'ecs-taskdef: warning: unknown rule "host-port-mismach" in --rule (did you mean "host-port-mismatch"?); it is ignored',
      `ecs-taskdef: warning: ${cfg}: unknown key "rule" (did you mean "rules"?); it is ignored (known keys: rules, files, ignores).`,
      `ecs-taskdef: warning: ${cfg}: "rules": unknown rule "reserved-host-prot" (did you mean "reserved-host-port"?); it is ignored.`,
    ]);
  });
});
