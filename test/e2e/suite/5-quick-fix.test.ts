import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openFixture, restoreText, waitForDiagnostics, withTimeout } from './helpers';

const ORIGINAL_MAPPING = '{ "containerPort": 8080, "hostPort": 80, "protocol": "tcp" }';

async function quickFixes(doc: vscode.TextDocument): Promise<{ diag: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const diags = await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch');
  const diag = diags.find((x) => codeOf(x) === 'host-port-mismatch')!;
  const actions = await withTimeout(
    vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    ),
    'vscode.executeCodeActionProvider',
  );
  return { diag, actions: actions ?? [] };
}

suite('quick fix', () => {
  let doc: vscode.TextDocument;
  let original: string;
  suiteSetup(async () => {
    ({ doc } = await openFixture('quick-fix.json'));
    original = doc.getText();
    assert.ok(original.includes(ORIGINAL_MAPPING), 'fixture has the mapping');
  });
  teardown(async () => {
    await restoreText(doc, original);
  });

  test('host-port-mismatch offers "Remove hostPort" (preferred) and "Set hostPort to 8080 (the containerPort)"', async () => {
    const { actions } = await quickFixes(doc);
    const titles = actions.map((a) => a.title);
    const remove = actions.find((a) => a.title === 'Remove hostPort');
    const set = actions.find((a) => a.title === 'Set hostPort to 8080 (the containerPort)');
    assert.ok(remove, `Remove hostPort offered: ${JSON.stringify(titles)}`);
    assert.ok(set, `Set hostPort offered: ${JSON.stringify(titles)}`);
    assert.strictEqual(remove.isPreferred, true, 'Remove hostPort is preferred');
    assert.ok(remove.kind && vscode.CodeActionKind.QuickFix.contains(remove.kind), 'kind quickfix');
  });

  test('applying "Remove hostPort" through workspace.applyEdit leaves the expected text', async () => {
    const { actions } = await quickFixes(doc);
    const remove = actions.find((a) => a.title === 'Remove hostPort');
    assert.ok(remove?.edit, 'Remove hostPort has an edit');
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    assert.strictEqual(doc.getText(), original.replace(ORIGINAL_MAPPING, '{ "containerPort": 8080, "protocol": "tcp" }'));
    await waitForDiagnostics(doc, (d) => !d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch to clear');
  });

  test('applying "Set hostPort to 8080" leaves the expected text', async () => {
    const { actions } = await quickFixes(doc);
    const set = actions.find((a) => a.title === 'Set hostPort to 8080 (the containerPort)');
    assert.ok(set?.edit, 'Set hostPort has an edit');
    assert.ok(await vscode.workspace.applyEdit(set.edit));
    assert.strictEqual(doc.getText(), original.replace(ORIGINAL_MAPPING, '{ "containerPort": 8080, "hostPort": 8080, "protocol": "tcp" }'));
    await waitForDiagnostics(doc, (d) => !d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch to clear');
  });
});
