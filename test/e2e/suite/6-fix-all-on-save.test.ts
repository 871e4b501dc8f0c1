import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openFixture, positionOf, restoreText, setSetting, waitForDiagnostics, withTimeout } from './helpers';

const FIX_ALL = 'source.fixAll.ecs-taskdef';

suite('fix all on save', () => {
  let doc: vscode.TextDocument;
  let original: string;
  let restoreSetting: (() => Promise<void>) | undefined;
  suiteSetup(async () => {
    ({ doc } = await openFixture('fix-on-save.json'));
    original = doc.getText();
  });
  suiteTeardown(async () => {
    if (restoreSetting) await restoreSetting();
    await restoreText(doc, original);
  });

  test(`the ${FIX_ALL} code action is offered for the whole file`, async () => {
    const diags = await waitForDiagnostics(
      doc,
      (d) => d.filter((x) => codeOf(x) === 'host-port-mismatch').length === 2,
      'two host-port-mismatch',
    );
    assert.strictEqual(diags.length, 2);
    const actions = await withTimeout(
      vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        new vscode.Range(doc.positionAt(0), doc.positionAt(0)),
        FIX_ALL,
      ),
      'vscode.executeCodeActionProvider (fix all)',
    );
    const fixAll = (actions ?? []).filter((a) => a.kind?.value === FIX_ALL);
    assert.strictEqual(fixAll.length, 1, `one fix-all action: ${JSON.stringify((actions ?? []).map((a) => [a.title, a.kind?.value]))}`);
  });

  test('editor.codeActionsOnSave {"source.fixAll.ecs-taskdef": "explicit"} fixes every problem when saving', async () => {
    restoreSetting = await setSetting('editor', 'codeActionsOnSave', { [FIX_ALL]: 'explicit' });
    assert.deepStrictEqual(vscode.workspace.getConfiguration('editor', doc).get('codeActionsOnSave'), { [FIX_ALL]: 'explicit' });
    // A person edits a port and saves.
    const at = positionOf(doc, '9000', 0);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(at, at.translate(0, 4)), '9001');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(doc.isDirty);
    await vscode.window.showTextDocument(doc);
    assert.ok(await withTimeout(doc.save(), 'save'), 'saved');
    const expected = original
      .replace('{ "containerPort": 8080, "hostPort": 80 }', '{ "containerPort": 8080 }')
      .replace('{ "containerPort": 9000, "hostPort": 9090 }', '{ "containerPort": 9001 }');
    assert.strictEqual(doc.getText(), expected);
    assert.ok(!doc.isDirty, 'saved after the fixes');
    const disk = Buffer.from(await vscode.workspace.fs.readFile(doc.uri)).toString('utf8');
    assert.strictEqual(disk, expected, 'the fixed text is on disk');
    await waitForDiagnostics(doc, (d) => d.length === 0, 'no problems left');
  });
});
