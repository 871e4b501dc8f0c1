import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, positionOf, restoreText, waitForDiagnostics, withTimeout } from './helpers';

function label(item: vscode.CompletionItem): string {
  const l = typeof item.label === 'string' ? item.label : item.label.label;
  return l.replace(/^"|"$/g, '');
}

suite('completion', () => {
  test('inside a port mapping, the missing keys are offered', async () => {
    const { doc, editor } = await openFixture('completion.json');
    const original = doc.getText();
    await waitForDiagnostics(doc, () => true, 'the document to be open');
    try {
      // Type as a person would: after `"containerPort": 8080` add a comma, a new line and a quote.
      const after = positionOf(doc, '"containerPort": 8080', '"containerPort": 8080'.length);
      assert.ok(await editor.edit((b) => b.insert(after, ',\n          "')));
      const pos = after.translate(1, 0).with({ character: 11 });
      assert.strictEqual(doc.getText(new vscode.Range(pos.translate(0, -1), pos)), '"');
      const list = await withTimeout(
        vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos),
        'vscode.executeCompletionItemProvider',
      );
      const labels = list.items.map(label);
      for (const key of ['protocol', 'hostPort']) {
        assert.ok(labels.includes(key), `${key} offered; got ${JSON.stringify(labels.slice(0, 40))}`);
      }
      assert.ok(
        !labels.includes('containerPort'),
        `containerPort (already present) is not offered again; got ${JSON.stringify(labels.slice(0, 40))}`,
      );
    } finally {
      await restoreText(doc, original);
    }
  });
});
