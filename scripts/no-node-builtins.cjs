// An esbuild plugin for the browser bundles (vscode.dev, github.dev): the build fails when anything
// imports a Node built-in, which would only break at run time in the browser.
// (CommonJS so that esbuild.mjs and the compiled unit test can both load it.)
const { builtinModules } = require('node:module');

const BUILTINS = new Set(builtinModules);

exports.noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const base = args.path.replace(/^node:/, '').split('/')[0];
      if (!args.path.startsWith('node:') && !BUILTINS.has(base)) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer} in a browser bundle` }] };
    });
  },
};
