// Bundles what ships: the extension client, the language server and the CLI (type-checking is tsc's job).
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import { ruleDocsPlugin } from './scripts/esbuild-rule-docs.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [ruleDocsPlugin(fileURLToPath(new URL('.', import.meta.url)))] },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
