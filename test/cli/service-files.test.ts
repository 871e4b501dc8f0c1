/** `ecs-taskdef lint` on a service definition: checked against the task definition file next to it. */
import { describe, it, before } from 'node:test';
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVICE_FILE, fargateTaskFile } from '../unit/helpers/service-file';
import { cli } from './helpers';

/** The CLI with these arguments (its wait times out: see cli()). */
const lint = (...args: string[]) => cli(args);

describe('ecs-taskdef lint: service files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-svc-'));
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app', 'ecs-task-def.json'), fargateTaskFile(3000));
    writeFileSync(join(dir, 'app', 'ecs-service-def.json'), SERVICE_FILE);
    mkdirSync(join(dir, 'alone'));
    writeFileSync(join(dir, 'alone', 'ecs-service-def.json'), SERVICE_FILE);
  });

  it('reports the unmapped container port in the service file', () => {
    const r = lint('lint', join(dir, 'app', 'ecs-service-def.json'));
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stdout,
      /ecs-service-def\.json:4:64\s+error\s+The load balancer of the service sends traffic to containerPort 80 of container "app".*\[service-container-port-not-mapped\]/,
    );
  });

  it('finds service files in a directory walk, and the task file stays clean', () => {
    const r = lint('lint', '--format', 'json', dir);
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string }[] }[];
    const byName = Object.fromEntries(reports.map((x) => [x.file.replace(dir, ''), x.diagnostics.map((d) => d.code)]));
    assert.deepEqual(byName, { '/app/ecs-service-def.json': ['service-container-port-not-mapped'], '/app/ecs-task-def.json': [] });
    assert.equal(r.code, 1);
  });

  it('a service file alone gets nothing', () => {
    const r = lint('lint', join(dir, 'alone', 'ecs-service-def.json'));
    assert.equal(r.code, 0, r.stdout);
  });

  it('--fix sets the mapped port', () => {
    const file = join(dir, 'app', 'ecs-service-def.json');
    const r = lint('lint', '--fix', file);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(readFileSync(file, 'utf8'), SERVICE_FILE.replace('"containerPort": 80', '"containerPort": 3000'));
    writeFileSync(file, SERVICE_FILE);
  });
});
