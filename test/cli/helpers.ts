/** Shared by the CLI tests: run the built CLI as CI does, or `run()` in-process with our own I/O. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunIO, run } from '../../server/src/cli/main';
import { container, fields, portMappingsBlock, taskJson, WEB } from '../unit/helpers/task-json';

export const ROOT = join(__dirname, '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'ecs-taskdef.js');

/** awsvpc task with one hostPort ≠ containerPort (host-port-mismatch at 10:46, fixable by removing hostPort). */
export const BAD = `${taskJson({
  top: fields('"networkMode": "awsvpc"', '"memory": "512"'),
  containers: [container(...WEB, portMappingsBlock('{ "containerPort": 8080, "hostPort": 80 }'))],
})}\n`;
export const GOOD = BAD.replace(', "hostPort": 80', '');
export const MISMATCH = 'hostPort 80 differs from containerPort 8080 in awsvpc mode: omit hostPort or set it to 8080.';

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real CLI in a child process (`node bin/ecs-taskdef.js …`), environment without GitHub/colour hints. */
export function cli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; timeout?: number } = {},
): Result {
  const env = { ...process.env, ...options.env };
  if (!options.env?.GITHUB_ACTIONS) delete env.GITHUB_ACTIONS;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    env,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** `run()` in this process. */
export function runIn(args: string[], io: RunIO = {}): Result {
  let stdout = '';
  let stderr = '';
  const code = run(
    args,
    (s) => (stdout += s),
    (s) => (stderr += s),
    { env: {}, ...io },
  );
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ecs-taskdef-cli-'));
}
