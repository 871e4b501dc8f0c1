// esbuild plugin: replaces server/src/cli/rule-docs.ts with the text of docs/rules/*.md, so the CLI bundle
// carries its rule pages (SARIF help) and works without the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function ruleDocsPlugin(root) {
  return {
    name: 'rule-docs',
    setup(build) {
      build.onLoad({ filter: /[\\/]server[\\/]src[\\/]cli[\\/]rule-docs\.ts$/ }, () => {
        const dir = join(root, 'docs', 'rules');
        const pages = {};
        for (const f of readdirSync(dir).sort()) if (f.endsWith('.md')) pages[f.slice(0, -3)] = readFileSync(join(dir, f), 'utf8');
        return {
          loader: 'ts',
          watchDirs: [dir],
          contents:
            `const PAGES: Record<string, string> = ${JSON.stringify(pages)};\n` +
            'export function ruleDoc(id: string): string | undefined { return Object.prototype.hasOwnProperty.call(PAGES, id) ? PAGES[id] : undefined; }\n',
        };
      });
    },
  };
}
