import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openFixture, restoreText, waitForDiagnostics, withTimeout } from './helpers';

const MAPPING = '{ containerPort = 8080, hostPort = 80 }';

suite('terraform', () => {
  let doc: vscode.TextDocument;
  let original: string;
  suiteSetup(async () => {
    ({ doc } = await openFixture('main.tf'));
    original = doc.getText();
    assert.ok(original.includes(MAPPING), 'fixture has the mapping');
  });
  teardown(async () => {
    await restoreText(doc, original);
  });

  test('a .tf file gets host-port-mismatch on the jsonencode hostPort and the "Remove hostPort" quick fix', async () => {
    const diags = await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch in main.tf');
    const diag = diags.find((x) => codeOf(x) === 'host-port-mismatch')!;
    assert.strictEqual(doc.getText(diag.range), '80');
    assert.strictEqual(diag.range.start.line, 10);
    const actions = await withTimeout(
      vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        diag.range,
        vscode.CodeActionKind.QuickFix.value,
      ),
      'vscode.executeCodeActionProvider',
    );
    const remove = (actions ?? []).find((a) => a.title === 'Remove hostPort');
    assert.ok(remove?.edit, `Remove hostPort offered: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    assert.strictEqual(remove.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    assert.strictEqual(doc.getText(), original.replace(MAPPING, '{ containerPort = 8080 }'));
    await waitForDiagnostics(doc, (d) => !d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch to clear');
  });
});
