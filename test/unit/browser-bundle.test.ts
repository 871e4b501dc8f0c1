/** The web extension's bundles: built for the browser, and the build fails when a Node built-in sneaks in. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script without types, loaded by path
const { noNodeBuiltins } = require(join(ROOT, 'scripts', 'no-node-builtins.cjs')) as { noNodeBuiltins: esbuild.Plugin };

const browserBuild = (options: esbuild.BuildOptions) =>
  esbuild.build({
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    logLevel: 'silent',
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    plugins: [noNodeBuiltins],
    absWorkingDir: ROOT,
    ...options,
  });

test('a Node built-in in a browser bundle fails the build and names the import', async () => {
  for (const spec of ['node:fs', 'path', 'child_process', 'fs/promises']) {
    await assert.rejects(
      browserBuild({ stdin: { contents: `import * as x from '${spec}'; console.log(x);`, resolveDir: ROOT, loader: 'ts' } }),
      (err: Error) => err.message.includes(`Node built-in "${spec}"`),
      spec,
    );
  }
});

test('the web client and the worker server build for the browser without Node built-ins', async () => {
  for (const entry of ['client/src/browser/main.ts', 'server/src/browser/main.ts']) {
    const result = await browserBuild({ entryPoints: [entry] });
    assert.deepEqual(result.errors, [], entry);
    assert.ok((result.outputFiles?.[0]?.text.length ?? 0) > 10_000, entry);
  }
});
