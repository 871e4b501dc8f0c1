// Bundles what ships: the extension client, the language server and the CLI (type-checking is tsc's job),
// and the web extension (vscode.dev, github.dev): its client and the server as a web worker.
import * as esbuild from 'esbuild';
import { noNodeBuiltins } from './scripts/no-node-builtins.cjs';

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

const browser = {
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  plugins: [noNodeBuiltins],
};

const builds = [
  { entryPoints: ['client/src/node/main.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/node/ipc-worker.ts'], outfile: 'dist/server-ipc.js' },
  { ...browser, entryPoints: ['client/src/browser/main.ts'], outfile: 'dist/browser/client.js', external: ['vscode'] },
  { ...browser, entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/browser/server.js', format: 'iife' },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
