// Bundles what ships: the extension client, the language server and the CLI (type-checking is tsc's job),
// and the web extension (vscode.dev, github.dev): its client and the server as a web worker.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { ruleDocsPlugin } from './scripts/esbuild-rule-docs.mjs';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { noNodeBuiltins } from './scripts/no-node-builtins.cjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// The one source of the version: package.json, compiled into the bundles (server/src/node/version.ts).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // jsonc-parser ships an UMD build by default; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  define: { ECS_TASKDEF_PACKAGE_VERSION: JSON.stringify(version) },
};

// web-tree-sitter's CommonJS build for the Node bundles (its ES module build needs import.meta.url).
const nodeTreeSitter = { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' };

const browser = {
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  plugins: [noNodeBuiltins],
};

const builds = [
  { entryPoints: ['client/src/node/main.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', alias: nodeTreeSitter },
  {
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    alias: nodeTreeSitter,
    plugins: [ruleDocsPlugin(fileURLToPath(new URL('.', import.meta.url)))],
  },
  { ...browser, entryPoints: ['client/src/browser/main.ts'], outfile: 'dist/browser/client.js', external: ['vscode'] },
  {
    ...browser,
    entryPoints: ['server/src/browser/main.ts'],
    outfile: 'dist/browser/server.js',
    format: 'iife',
    alias: { 'web-tree-sitter': './scripts/browser-stubs/web-tree-sitter.mjs' },
  },
];

// The HCL parser's WebAssembly (Terraform support): the bundles load it from next to themselves.
mkdirSync('dist', { recursive: true });
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm');
copyFileSync('node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm', 'dist/tree-sitter-hcl.wasm');

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
