// ESLint (flat config): typescript-eslint's recommended rules over the TypeScript and the scripts,
// and the purity of the core (architecture point 1): server/src/service runs in Node, in a browser
// worker and in tests, so it imports no editor, LSP connection or Node module and uses no Node global.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** The globals of the Node running ESLint: what the scripts (.mjs, .cjs) may use. */
const nodeGlobals = Object.fromEntries(
  [...Object.getOwnPropertyNames(globalThis), 'require', 'module', 'exports', '__dirname', '__filename'].map((name) => [name, 'readonly']),
);

/** Node built-ins by bare name (`fs`, `fs/promises`); `node:*` is a pattern below. */
const NODE_BUILTINS = builtinModules.filter((m) => !m.startsWith('node:'));

/** What the core may not import; test/unit/core-lint.test.ts checks that it fires. */
const coreRestrictedImports = [
  'error',
  {
    paths: [
      ...NODE_BUILTINS.map((name) => ({
        name,
        message: 'The core runs in the browser too: no Node built-ins; a host passes what the core needs.',
      })),
      { name: 'vscode', message: 'The core does not know the editor: hosts adapt it (client/, server/src/node).' },
      { name: 'vscode-languageserver', message: 'The core does not own the LSP connection; use vscode-languageserver-types.' },
      { name: 'vscode-languageclient', message: 'The core does not know the client.' },
    ],
    patterns: [
      { group: ['node:*'], message: 'The core runs in the browser too: no Node built-ins; a host passes what the core needs.' },
      {
        group: ['vscode/*', 'vscode-languageserver/*', 'vscode-languageclient/*'],
        message: 'The core does not know the editor or the LSP connection.',
      },
      {
        regex: '^(\\.\\./)+(.*/)?(host|cli|node|browser|client|server)(/|$)',
        message: 'The core imports no host (server/src/host, cli, node, browser, server.ts) and no client code: they import the core.',
      },
    ],
  },
];

/** Globals that only some hosts have: the core gets time, files, network and environment from its host. */
const coreRestrictedGlobals = [
  'error',
  ...['process', 'require', 'module', 'exports', 'Buffer', 'global', '__dirname', '__filename'].map((name) => ({
    name,
    message: 'Node only: the core runs in the browser too.',
  })),
  ...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'].map((name) => ({
    name,
    message: 'The core is synchronous and timer-free: debouncing and scheduling belong to the host.',
  })),
  ...['fetch', 'XMLHttpRequest', 'WebSocket', 'window', 'document', 'self', 'navigator', 'localStorage'].map((name) => ({
    name,
    message: 'The core is offline and host-neutral: the host reads files and talks to the editor.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.vscode-test/',
      'out/',
      'dist/',
      '.e2e/',
      'test-results/',
      'test/fixtures/',
      'test/corpus/',
      'test/terraform-corpus/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // `catch {}` is this code's way to say "try the next place"; tests match our output's two-space columns literally.
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-regex-spaces': 'off',
      // Scanners of text match control characters on purpose.
      'no-control-regex': 'off',
      'no-var': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // Code these scripts send to a browser page (Playwright's page.evaluate, the worker test page).
    files: ['scripts/e2e/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', Worker: 'readonly' } },
  },
  {
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': coreRestrictedImports,
      'no-restricted-globals': coreRestrictedGlobals,
    },
  },
  prettier,
);
