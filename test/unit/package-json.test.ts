/** The extension manifest: generated rule settings, commands, web entry and the lowest VS Code it claims. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../server/src/service';
import { withRulesSetting } from './helpers/settings-schema';

const ROOT = join(__dirname, '..', '..', '..');
const text = readFileSync(join(ROOT, 'package.json'), 'utf8');
const pkg = JSON.parse(text);
const version = (file: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', file, 'package.json'), 'utf8'));
const parts = (v: string) =>
  v
    .replace(/^[\^~]/, '')
    .split('.')
    .map(Number);
const compare = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

test('ecsTaskdef.rules in package.json is generated from the rule registry', () => {
  assert.equal(text, withRulesSetting(text), 'run: npm run gen:settings');
  const rules = pkg.contributes.configuration.properties['ecsTaskdef.rules'];
  assert.deepEqual(
    Object.keys(rules.properties),
    allRules.map((r) => r.id),
  );
  const mismatch = rules.properties['host-port-mismatch'];
  assert.match(
    mismatch.markdownDescription,
    /^In awsvpc and host mode, hostPort must be omitted or equal containerPort\. Default: `error`\. \[Rule page\]\(https:\/\/.+\/docs\/rules\/host-port-mismatch\.md\)$/,
  );
  assert.deepEqual(mismatch.enum, ['error', 'warning', 'info', 'hint', 'off', 'default']);
  assert.equal(rules.additionalProperties, false, 'an unknown rule id is flagged in settings.json');
});

test('every setting has a markdownDescription and no plain description', () => {
  for (const [key, setting] of Object.entries<Record<string, unknown>>(pkg.contributes.configuration.properties)) {
    assert.equal(typeof setting.markdownDescription, 'string', key);
    assert.equal(setting.description, undefined, key);
  }
});

test('Show Port Map, Restart Server and Show Output commands are contributed under one category', () => {
  assert.deepEqual(
    pkg.contributes.commands.map((c: { command: string; title: string; category: string }) => `${c.category}: ${c.title} (${c.command})`),
    [
      'ECS Task Definition: Show Port Map (ecsTaskdef.showPortMap)',
      'ECS Task Definition: Restart Server (ecsTaskdef.restartServer)',
      'ECS Task Definition: Show Output (ecsTaskdef.showOutput)',
    ],
  );
  const client = readFileSync(join(ROOT, 'client', 'src', 'common', 'client.ts'), 'utf8');
  for (const c of pkg.contributes.commands) assert.ok(client.includes(`registerCommand('${c.command}'`), `${c.command} is not registered`);
});

test('desktop and web entries, virtual workspaces, bugs and homepage', () => {
  assert.equal(pkg.main, './dist/client.js');
  assert.equal(pkg.browser, './dist/browser/client.js');
  assert.equal(pkg.capabilities.virtualWorkspaces, true);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.match(pkg.bugs.url, /^https:\/\/github\.com\/.+\/issues$/);
  assert.match(pkg.homepage, /^https:\/\/github\.com\//);
});

test('engines.vscode is the VS Code whose API types the client compiles against', () => {
  // `npm test` type-checks client/src against node_modules/@types/vscode, so the declared minimum is tested.
  const types = version('@types/vscode').version as string;
  assert.equal(pkg.engines.vscode, `^${types}`);
  assert.equal(pkg.devDependencies['@types/vscode'], types, '@types/vscode is pinned to the minimum');
  assert.ok(compare(types, '1.100.0') <= 0, '@types/vscode no newer than 1.100');
  // vscode-languageclient declares the lowest VS Code it runs on; ours may not be lower.
  const lc = version('vscode-languageclient').engines.vscode as string;
  assert.ok(compare(types, lc) >= 0, `vscode-languageclient needs ${lc}`);
  // createLanguageStatusItem (1.65) is the newest API the client uses beyond the language client's own needs.
  assert.ok(compare(types, '1.65.0') >= 0);
});
