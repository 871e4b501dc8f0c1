/**
 * One version, package.json's: both bins print it, the server names it in serverInfo, SARIF carries it, and the
 * bundles have it compiled in (esbuild `define`), so a bundle copied away from package.json still knows it.
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERSION as CORE_VERSION } from '../../server/src/node/version';
import { runIn } from '../cli/helpers';
import { spawnServer } from '../protocol/lsp-client';

const ROOT = join(__dirname, '..', '..', '..');
const PACKAGE_VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

function node(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('version', () => {
  it('compiled by tsc (out/), the version module reads package.json', () => {
    assert.match(PACKAGE_VERSION, /^\d+\.\d+\.\d+/);
    assert.equal(CORE_VERSION, PACKAGE_VERSION);
    assert.equal(runIn(['--version']).stdout, `${PACKAGE_VERSION}\n`);
  });

  it("ecs-taskdef-language-server --version and ecs-taskdef --version print package.json's version", () => {
    for (const args of [
      [join(ROOT, 'bin', 'ecs-taskdef-language-server.js'), '--version'],
      [join(ROOT, 'bin', 'ecs-taskdef.js'), '--version'],
      [join(ROOT, 'bin', 'ecs-taskdef.js'), 'lint', '--version'],
    ]) {
      const r = node(args);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, `${PACKAGE_VERSION}\n`, args.join(' '));
    }
  });

  it('the bundles carry the version themselves: copied where no package.json is above them, they still print it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-version-'));
    for (const f of ['server.js', 'cli.js', 'web-tree-sitter.wasm', 'tree-sitter-hcl.wasm'])
      copyFileSync(join(ROOT, 'dist', f), join(dir, f));
    writeFileSync(join(dir, 'run-cli.js'), 'void require("./cli.js").main();\n');
    const server = node([join(dir, 'server.js'), '--version'], dir);
    assert.equal(server.stdout, `${PACKAGE_VERSION}\n`, server.stderr);
    const cli = node([join(dir, 'run-cli.js'), '--version'], dir);
    assert.equal(cli.stdout, `${PACKAGE_VERSION}\n`, cli.stderr);
  });

  it('the language server names its version in serverInfo', async () => {
    const client = spawnServer();
    try {
      const result = await client.request<{ serverInfo?: { name: string; version?: string } }>('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: {},
      });
      assert.deepEqual(result.serverInfo, { name: 'ecs-taskdef-language-server', version: PACKAGE_VERSION });
    } finally {
      await client.stop();
    }
  });

  it('SARIF names the tool version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-taskdef-version-'));
    writeFileSync(join(dir, 't.json'), '{ "family": "x", "containerDefinitions": [] }');
    const r = runIn(['lint', '--format', 'sarif', 't.json'], { cwd: dir });
    assert.equal(JSON.parse(r.stdout).runs[0].tool.driver.version, PACKAGE_VERSION);
  });
});
