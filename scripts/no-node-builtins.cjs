// An esbuild plugin for the browser bundles (vscode.dev, github.dev): the build fails when anything
// imports a Node built-in, which would only break at run time in the browser.
// (CommonJS so that esbuild.mjs and the compiled unit test can both load it.)
// One exception, by name: web-tree-sitter's `await import("fs/promises")` / `import("module")` run only
// under Node (guarded by `process.versions.node`); in the browser bundle they become empty modules.
const { builtinModules } = require('node:module');

const BUILTINS = new Set(builtinModules);
const NODE_ONLY_BRANCHES = [{ importer: /[\\/]node_modules[\\/]web-tree-sitter[\\/]/, paths: new Set(['fs/promises', 'module']) }];

exports.noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const base = args.path.replace(/^node:/, '').split('/')[0];
      if (!args.path.startsWith('node:') && !BUILTINS.has(base)) return undefined;
      if (NODE_ONLY_BRANCHES.some((b) => b.importer.test(args.importer) && b.paths.has(args.path))) {
        return { path: args.path, namespace: 'node-only-branch' };
      }
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer} in a browser bundle` }] };
    });
    build.onLoad({ filter: /.*/, namespace: 'node-only-branch' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
