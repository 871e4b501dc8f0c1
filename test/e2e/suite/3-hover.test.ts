import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, hoverText, openFixture, positionOf, waitForDiagnostics, withTimeout } from './helpers';

async function hoverAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await withTimeout(
    vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos),
    'vscode.executeHoverProvider',
  );
  return hoverText(hovers);
}

suite('hover', () => {
  test("hostPort is explained for the file's network mode (awsvpc)", async () => {
    const { doc } = await openFixture('task-definition.json');
    await waitForDiagnostics(doc, (d) => d.length > 0, 'diagnostics (server ready)');
    const text = await hoverAt(doc, positionOf(doc, '"hostPort"', 3));
    assert.match(text, /hostPort/, text);
    assert.match(text, /awsvpc/, `hover names the network mode: ${text}`);
  });

  test('the hover over a problem explains its rule', async () => {
    const { doc } = await openFixture('task-definition.json');
    const diags = await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch');
    const d = diags.find((x) => codeOf(x) === 'host-port-mismatch')!;
    const text = await hoverAt(doc, d.range.start.translate(0, 1));
    assert.match(text, /host-port-mismatch|hostPort must be omitted or equal containerPort/i, text);
  });
});
