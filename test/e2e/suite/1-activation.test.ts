import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  codeOf,
  hoverText,
  languageServerProcesses,
  openFixture,
  ours,
  positionOf,
  waitForDiagnostics,
  withTimeout,
} from './helpers';

suite('activation', () => {
  test('runs in a real editor with the extension under test loaded', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    const host = process.versions?.node ? `node ${process.versions.node}` : 'web worker';
    console.log(`    vscode ${vscode.version} (${vscode.env.appName}, ui ${vscode.UIKind[vscode.env.uiKind]}), extension host ${host}`);
    console.log(`    extension ${ext.packageJSON.version} at ${ext.extensionPath}`);
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'client.js')), 'dist/client.js is there');
    for (const bundle of ['server.js', 'browser/client.js', 'browser/server.js']) {
      assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', bundle)), `dist/${bundle} is there`);
    }
    if (process.env.E2E_PACKAGED) {
      // The launcher points the editor at the unpacked .vsix: prove it holds bundles only.
      for (const absent of ['client/src', 'server/src', 'test', 'node_modules', 'tsconfig.json']) {
        assert.ok(!fs.existsSync(path.join(ext.extensionPath, absent)), `${absent} is not in the package`);
      }
    }
  });

  test('unrelated JSON gets nothing; a task definition activates the extension and gets diagnostics', async () => {
    // Open the unrelated files first, while nothing else is open: whatever the extension does for
    // them happens now, before the task definition's diagnostics (our barrier) arrive.
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.deepStrictEqual(languageServerProcesses() ?? [], [], 'no language server before any JSON is open');
    const { doc: pkg } = await openFixture('package.json');
    const { doc: other } = await openFixture('settings-unrelated.json');
    // Opening JSON activates the extension (onLanguage:json); activation does not start the server
    // for files that cannot be task definitions.
    await withTimeout(ext.activate(), 'extension activation');
    assert.strictEqual(ext.isActive, true, 'extension is active');
    const before = languageServerProcesses();
    if (before) assert.deepStrictEqual(before, [], 'no language server process for unrelated JSON');
    assert.deepStrictEqual(ours(pkg.uri), [], 'no ecs-taskdef diagnostics on package.json');

    const { doc: td } = await openFixture('task-definition.json');
    await waitForDiagnostics(td, (d) => d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch on task-definition.json');
    const after = languageServerProcesses();
    if (after) assert.strictEqual(after.length, 1, `one language server once a task definition is open: ${JSON.stringify(after)}`);

    for (const doc of [pkg, other]) {
      const name = path.basename(doc.uri.path);
      assert.deepStrictEqual(ours(doc.uri), [], `no ecs-taskdef diagnostics on ${name}`);
      const at = positionOf(doc, '"hostPort"', 2);
      const hovers = await withTimeout(
        vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at),
        `hover on ${name}`,
      );
      assert.doesNotMatch(hoverText(hovers), /awsvpc|network mode|ecs-taskdef/i, `no ECS hover on ${name}`);
      const actions = await withTimeout(
        vscode.commands.executeCommand<vscode.CodeAction[]>(
          'vscode.executeCodeActionProvider',
          doc.uri,
          new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)),
        ),
        `code actions on ${name}`,
      );
      const mine = (actions ?? []).filter((a) => /hostPort|ecs-taskdef/.test(a.title) || a.kind?.value.includes('ecs-taskdef'));
      assert.deepStrictEqual(
        mine.map((a) => a.title),
        [],
        `no ECS code actions on ${name}`,
      );
    }
    // Still nothing after the barrier: the diagnostics collection for the unrelated files stayed empty.
    assert.deepStrictEqual(ours(pkg.uri), []);
    assert.deepStrictEqual(ours(other.uri), []);
  });
});
