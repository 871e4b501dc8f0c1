/**
 * The npm package as a user gets it: `npm pack` (which runs the production build through `prepack`),
 * the tarball installed OFFLINE into an empty folder with an empty npm cache (it works only because the
 * package has no runtime dependencies), then `ecs-taskdef lint` and an LSP round trip with
 * `ecs-taskdef-language-server --stdio` run from that folder.
 *
 * What goes in is .npmignore's allow-list. The pack runs in a staging copy of the repository (node_modules linked) so the production build does
 * not rewrite the dist/ bundles other tests are using.
 */
import { after, before, describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { exitOf, withTimeout } from '../protocol/lsp-client';
import { BAD_TASK } from '../unit/helpers/task-json';

const ROOT = join(__dirname, '..', '..', '..');
const NOT_STAGED = new Set(['node_modules', 'out', 'dist', '.git', '.e2e', 'test-results']);

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

/** npm with its output captured; the nested npm must not inherit the outer `npm test`'s lifecycle variables. */
function npm(args: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^npm_(lifecycle|package|config_(cache|offline|prefix|global))/i.test(k)) env[k] = v;
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...env, ...extraEnv, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });
  assert.equal(r.status, 0, `npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('npm package', () => {
  let tmp: string;
  let pack: PackResult;
  let tgz: string;
  let app: string;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ecs-taskdef-pack-'));
    const stage = join(tmp, 'stage');
    cpSync(ROOT, stage, {
      recursive: true,
      filter: (src) => {
        const rel = relative(ROOT, src);
        return !NOT_STAGED.has(rel.split(/[\\/]/)[0]) && !rel.endsWith('.vsix') && !rel.endsWith('.tgz');
      },
    });
    symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
    const out = npm(['pack', '--json', '--pack-destination', tmp], stage);
    // The prepack build may print before the JSON report; the report is the last top-level array.
    const json = out.slice(out.lastIndexOf('\n[') + 1 || out.indexOf('['));
    pack = (JSON.parse(json) as PackResult[])[0];
    tgz = join(tmp, basename(pack.filename));
    console.log(
      `# tarball ${basename(tgz)}: ${(statSync(tgz).size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${pack.files.length} files`,
    );

    app = join(tmp, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
    // An empty cache and --offline: any runtime dependency would make this fail.
    npm(['install', '--offline', '--no-audit', '--no-fund', tgz], app, { npm_config_cache: join(tmp, 'npm-cache') });
    writeFileSync(join(app, 'task-definition.json'), BAD_TASK);
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('ships the bins, the bundles, schemas, rule docs, README, LICENSE and CHANGELOG, and no sources or tests', () => {
    const files = pack.files.map((f) => f.path).sort();
    for (const f of [
      'bin/ecs-taskdef.js',
      'bin/ecs-taskdef-language-server.js',
      'dist/cli.js',
      'dist/server.js',
      'dist/web-tree-sitter.wasm',
      'dist/tree-sitter-hcl.wasm',
      'schemas/ecs-task-definition.schema.json',
      'schemas/ecs-task-definition.strict.schema.json',
      'schemas/ecs-task-definition-describe.schema.json',
      'schemas/ecs-taskdef-config.schema.json',
      'docs/rules/host-port-mismatch.md',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
    ]) {
      assert.ok(files.includes(f), `${f} missing from the tarball: ${files.join(', ')}`);
    }
    const unwanted = files.filter((f) => /^(server|client|test|scripts|node_modules|out)\/|\.ts$|\.map$|\.vsix$/.test(f));
    assert.deepEqual(unwanted, []);
    assert.ok(statSync(tgz).size < 1024 * 1024, `tarball is ${statSync(tgz).size} bytes`);
  });

  it('has no runtime dependencies (everything is bundled) and is not private', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'ecs-taskdef', 'package.json'), 'utf8'));
    assert.equal(manifest.private, undefined);
    // vsce refuses a "files" list next to .vscodeignore: npm's allow-list is .npmignore.
    assert.equal(manifest.files, undefined, 'use .npmignore, not "files" (vsce package fails with both)');
    for (const k of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) {
      assert.deepEqual(Object.keys(manifest[k] ?? {}), [], k);
    }
    assert.ok(!existsSync(join(app, 'node_modules', 'ecs-taskdef', 'node_modules')));
    // Only the package itself was installed.
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', '.package-lock.json'), 'utf8')).packages;
    assert.deepEqual(Object.keys(installed), ['node_modules/ecs-taskdef']);
  });

  it('`ecs-taskdef lint` from the installed package reports the rule id and exits 1', () => {
    const bin = join(app, 'node_modules', '.bin', 'ecs-taskdef');
    const r = spawnSync(bin, ['lint', 'task-definition.json'], { cwd: app, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^task-definition\.json:6:\d+\s+error\s+hostPort 80 differs from containerPort 8080.*\[host-port-mismatch\]/m);
    const clean = join(app, 'clean.json');
    writeFileSync(clean, BAD_TASK.replace(', "hostPort": 80', ''));
    assert.equal(spawnSync(bin, ['lint', clean], { cwd: app, encoding: 'utf8' }).status, 0);
  });

  it('`ecs-taskdef lint` from the installed package reads Terraform (the HCL parser ships with it)', () => {
    const bin = join(app, 'node_modules', '.bin', 'ecs-taskdef');
    writeFileSync(
      join(app, 'main.tf'),
      [
        'resource "aws_ecs_task_definition" "web" {',
        '  family       = "web"',
        '  network_mode = "awsvpc"',
        '  container_definitions = jsonencode([{',
        '    name = "web", image = "nginx", memory = 512, essential = true',
        '    portMappings = [{ containerPort = 8080, hostPort = 80 }]',
        '  }])',
        '}',
        '',
      ].join('\n'),
    );
    const r = spawnSync(bin, ['lint', 'main.tf'], { cwd: app, encoding: 'utf8' });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^main\.tf:6:\d+\s+error\s+hostPort 80 differs from containerPort 8080.*\[host-port-mismatch\]/m);
  });

  it('`ecs-taskdef-language-server --stdio` from the installed package: initialize → didOpen → diagnostics', async () => {
    const child = spawn(join(app, 'node_modules', '.bin', 'ecs-taskdef-language-server'), ['--stdio'], {
      cwd: app,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin!.on('error', () => undefined);
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const uri = pathToFileURL(join(app, 'task-definition.json')).href;
    const diagnostics = new Promise<{ code?: string | number; message: string; range: { start: { line: number } } }[]>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: [] }) => {
        if (p.uri === uri && p.diagnostics.length > 0) resolve(p.diagnostics);
      });
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    try {
      const init = await withTimeout(
        connection.sendRequest<{ serverInfo?: { name: string }; capabilities: object }>('initialize', {
          processId: process.pid,
          rootUri: pathToFileURL(app).href,
          capabilities: {},
        }),
        'the answer to initialize',
      );
      assert.equal(init.serverInfo?.name, 'ecs-taskdef-language-server');
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text: BAD_TASK } });
      const got = await withTimeout(diagnostics, `textDocument/publishDiagnostics for ${uri}`);
      const mismatch = got.find((d) => d.code === 'host-port-mismatch');
      assert.ok(mismatch, JSON.stringify(got));
      assert.equal(mismatch.range.start.line, 5);
      await withTimeout(connection.sendRequest('shutdown'), 'the answer to shutdown');
      await connection.sendNotification('exit');
    } finally {
      await exitOf(child);
      connection.dispose();
    }
  });
});
