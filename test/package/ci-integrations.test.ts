/**
 * The CI integrations as GitHub and pre-commit run them: action.yml's steps (its shell scripts, with
 * `npx` standing in for the built CLI, and GitHub's `${{ inputs.* }}` / `${{ steps.* }}` filled in) and
 * .pre-commit-hooks.yaml's entry with the file names its `files` pattern selects.
 */
import { before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { BAD_TASK } from '../unit/helpers/task-json';
import { CANDIDATE_EXTENSIONS } from '../../server/src/service/formats/names';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'ecs-taskdef.js');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const CLEAN_TASK = BAD_TASK.replace(', "hostPort": 80', '');
// Only a warning: a host port the ECS agent reserves (bridge mode).
const WARN_TASK =
  '{ "family": "w", "containerDefinitions": [{ "name": "w", "image": "nginx", "memory": 128, "portMappings": [{ "containerPort": 22, "hostPort": 22 }] }] }\n';

interface Step {
  id?: string;
  name: string;
  shell?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
  id: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
}[];
const usage = spawnSync(process.execPath, [CLI, 'lint', '--help'], { encoding: 'utf8' }).stdout;

/** GitHub's expression substitution, for the only forms action.yml uses. */
function expand(text: string, inputs: Record<string, string>, outputs: Record<string, string> = {}): string {
  return text.replace(/\$\{\{\s*(inputs|steps\.lint\.outputs)\.([\w-]+)\s*\}\}/g, (_, scope: string, name: string) => {
    const v = scope === 'inputs' ? inputs[name] : outputs[name];
    assert.ok(v !== undefined, `no value for ${scope}.${name}`);
    return v;
  });
}

/** Runs the action's shell steps in `cwd` with these inputs, as a runner would (bash -eo pipefail). */
function runAction(cwd: string, given: Record<string, string>, npxDir: string) {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  const outputFile = join(cwd, `github-output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const env = {
    ...process.env,
    PATH: `${npxDir}${delimiter}${process.env.PATH}`,
    GITHUB_OUTPUT: outputFile,
    NPX_LOG: join(cwd, 'npx.log'),
    GITHUB_ACTIONS: 'true',
  };
  const [lint, upload, result] = action.runs.steps;
  const stepEnv = Object.fromEntries(Object.entries(lint.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]));
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lint.run!], {
    cwd,
    encoding: 'utf8',
    env: { ...env, ...stepEnv },
  });
  assert.equal(r.status, 0, `the lint step itself must not fail (so the upload runs): ${r.stderr}`);
  const outputs = Object.fromEntries(
    readFileSync(outputFile, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('=') as [string, string]),
  );
  const final = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(result.run!, inputs, outputs)], {
    encoding: 'utf8',
  });
  const npxArgs = readFileSync(join(cwd, 'npx.log'), 'utf8').trim().split('\n').pop()!;
  return { stdout: r.stdout, stderr: r.stderr, exitCode: outputs['exit-code'], stepStatus: final.status, npxArgs, upload, inputs };
}

describe('GitHub Action (action.yml)', () => {
  let dir: string;
  let npxDir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-action-'));
    mkdirSync(join(dir, 'deploy'));
    writeFileSync(join(dir, 'deploy', 'bad.json'), BAD_TASK);
    writeFileSync(join(dir, 'deploy', 'clean.json'), CLEAN_TASK);
    writeFileSync(join(dir, 'warn.json'), WARN_TASK);
    // `npx` replaced by the built CLI: npx's own options and the package spec are logged and dropped.
    npxDir = join(dir, 'bin');
    mkdirSync(npxDir);
    writeFileSync(
      join(npxDir, 'npx'),
      `#!/bin/sh
echo "$*" >> "$NPX_LOG"
while [ $# -gt 0 ]; do
  case "$1" in --yes|--no-install) shift ;; ecs-taskdef|ecs-taskdef@*) shift; break ;; *) echo "npx stand-in: unexpected $1" >&2; exit 99 ;; esac
done
exec "${process.execPath}" "${CLI}" "$@"
`,
    );
    chmodSync(join(npxDir, 'npx'), 0o755);
  });

  it("is a composite action whose only outside step is GitHub's SARIF upload, pinned to this package version", () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs).sort(), ['fail-on-warnings', 'format', 'paths', 'sarif-file', 'version']);
    assert.equal(action.inputs.version.default, VERSION, 'action.yml runs the released version of this package');
    assert.equal(action.inputs.format.default, 'github');
    const used = action.runs.steps.filter((s) => s.uses).map((s) => s.uses);
    assert.deepEqual(used, ['github/codeql-action/upload-sarif@v3']);
    const upload = action.runs.steps[1];
    assert.equal(upload.if, "${{ inputs.format == 'sarif' && steps.lint.outputs.exit-code != '2' }}");
    assert.equal(upload.with?.sarif_file, '${{ inputs.sarif-file }}');
  });

  it('format sarif: runs `npx --yes ecs-taskdef@<version> lint`, writes SARIF for the upload, fails on errors', () => {
    const r = runAction(dir, { format: 'sarif', paths: 'deploy/bad.json\ndeploy/clean.json' }, npxDir);
    assert.equal(r.npxArgs, `--yes ecs-taskdef@${VERSION} lint --format sarif deploy/bad.json deploy/clean.json`);
    assert.equal(r.exitCode, '1');
    assert.equal(r.stepStatus, 1);
    const sarif = JSON.parse(readFileSync(join(dir, r.inputs['sarif-file']), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(
      sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId),
      ['host-port-mismatch'],
    );
  });

  it('format sarif on clean files: exit 0; `version: local` uses the installed package', () => {
    const r = runAction(dir, { format: 'sarif', paths: 'deploy/clean.json', version: 'local', 'sarif-file': 'out.sarif' }, npxDir);
    assert.equal(r.npxArgs, '--no-install ecs-taskdef lint --format sarif deploy/clean.json');
    assert.equal(r.exitCode, '0');
    assert.equal(r.stepStatus, 0);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results, []);
  });

  it('format github (default): annotations for each problem; fail-on-warnings fails on a warning', () => {
    const r = runAction(dir, { paths: 'deploy' }, npxDir);
    assert.equal(r.npxArgs, `--yes ecs-taskdef@${VERSION} lint --format github deploy`);
    const warn = runAction(dir, { paths: 'warn.json', 'fail-on-warnings': 'true' }, npxDir);
    assert.equal(warn.npxArgs, `--yes ecs-taskdef@${VERSION} lint --format github --max-warnings 0 warn.json`);
    const warnAllowed = runAction(dir, { paths: 'warn.json' }, npxDir);
    if (!/\bgithub\b/.test(usage) || !usage.includes('--max-warnings')) {
      // A CLI without these options must make the action fail loudly, never pass silently.
      assert.equal(r.exitCode, '2', r.stderr);
      assert.equal(r.stepStatus, 2);
      assert.equal(warn.exitCode, '2');
      return;
    }
    assert.equal(r.exitCode, '1');
    assert.equal(r.stepStatus, 1);
    assert.match(
      r.stdout,
      /^::error file=deploy\/bad\.json,line=6,.*::hostPort 80 differs from containerPort 8080.*\[host-port-mismatch\]$/m,
    );
    assert.doesNotMatch(r.stdout, /clean\.json/);
    assert.equal(warnAllowed.exitCode, '0');
    assert.match(warnAllowed.stdout, /^::warning file=warn\.json,.*\[reserved-host-port\]$/m);
    assert.equal(warn.exitCode, '1');
    assert.equal(warn.stepStatus, 1);
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hook = hooks.find((h) => h.id === 'ecs-taskdef')!;

  it('is a node hook running `ecs-taskdef lint` on JSON, YAML, template and Terraform files', () => {
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'ecs-taskdef lint');
    const files = new RegExp(hook.files);
    for (const f of [
      'task-definition.json',
      'infra/stack.yaml',
      'a.yml',
      'c.jsonc',
      'tf/containers.json.tpl',
      'x.tftpl',
      'k.yaml.j2',
      'svc/task.json.tmpl',
      'web.gotmpl',
      'a.json.jinja',
      'b.jinja2',
      'c.template',
    ])
      assert.ok(files.test(f), f);
    for (const f of ['README.md', 'main.tf.bak', 'vars.tfvars', 'Dockerfile', 'json']) assert.ok(!files.test(f), f);
  });

  it('selects every extension the CLI searches in a folder', () => {
    const files = new RegExp(hook.files);
    const missing = CANDIDATE_EXTENSIONS.filter((ext) => !files.test(`deploy/task.${ext}`));
    assert.deepEqual(missing, []);
  });

  it('runs its entry with the staged file names pre-commit selects: exit 1 and the rule on a mistake, 0 when clean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-precommit-'));
    const staged: Record<string, string> = {
      'task-definition.json': BAD_TASK,
      'package.json': '{ "name": "app", "version": "1.0.0" }\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'README.md': '# app\n',
      'infra/storage.tf': 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n',
    };
    for (const [f, text] of Object.entries(staged)) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    const files = new RegExp(hook.files);
    const selected = Object.keys(staged).filter((f) => files.test(f));
    assert.deepEqual(selected, ['task-definition.json', 'package.json', '.github/workflows/ci.yml', 'infra/storage.tf']);
    const [command, ...args] = hook.entry.split(' ');
    assert.equal(command, 'ecs-taskdef');
    const run = (names: string[]) =>
      spawnSync(process.execPath, [CLI, ...args, ...names], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    const r = run(selected);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^task-definition\.json:6:\d+\s+error\s+.*\[host-port-mismatch\]$/m);
    assert.doesNotMatch(r.stdout, /package\.json:\d|ci\.yml:\d|storage\.tf:\d/);
    writeFileSync(join(dir, 'task-definition.json'), CLEAN_TASK);
    assert.equal(run(selected).status, 0);
  });
});
