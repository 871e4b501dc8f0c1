import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openFixture, positionOf, waitForDiagnostics } from './helpers';

suite('diagnostics', () => {
  test('host-port-mismatch: code, severity, message and the range of the hostPort value', async () => {
    const { doc } = await openFixture('task-definition.json');
    const diags = await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch');
    const mismatch = diags.filter((d) => codeOf(d) === 'host-port-mismatch');
    assert.strictEqual(mismatch.length, 1, describeDiagnostics(doc, diags));
    const d = mismatch[0];
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d.message, 'hostPort 80 differs from containerPort 8080 in awsvpc mode: omit hostPort or set it to 8080.');
    assert.strictEqual(doc.getText(d.range), '80', 'the range is the hostPort value');
    const valueStart = positionOf(doc, '"hostPort": 80', '"hostPort": '.length);
    assert.ok(
      d.range.start.isEqual(valueStart),
      `range starts at ${valueStart.line + 1}:${valueStart.character + 1}, got ${d.range.start.line + 1}:${d.range.start.character + 1}`,
    );
    assert.strictEqual(d.range.start.line, 12, 'on line 13 of the fixture');
    // No other problem in this (otherwise valid) task definition.
    assert.deepStrictEqual(diags.map(codeOf), ['host-port-mismatch'], describeDiagnostics(doc, diags));
  });

  test('fargate-requires-awsvpc on the networkMode value of a Fargate bridge task', async () => {
    const { doc } = await openFixture('fargate-bridge.json');
    const diags = await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'fargate-requires-awsvpc'), 'fargate-requires-awsvpc');
    const d = diags.find((x) => codeOf(x) === 'fargate-requires-awsvpc')!;
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(doc.getText(d.range), '"bridge"');
    assert.strictEqual(d.range.start.line, 2);
  });

  test('diagnostics follow edits', async () => {
    const { doc } = await openFixture('task-definition.json');
    await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch');
    const original = doc.getText();
    const at = positionOf(doc, '"hostPort": 80', '"hostPort": '.length);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(at, at.translate(0, 2)), '8080');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(
      doc,
      (d) => !d.some((x) => codeOf(x) === 'host-port-mismatch'),
      'host-port-mismatch to go away after hostPort := 8080',
    );
    const back = new vscode.WorkspaceEdit();
    back.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
    assert.ok(await vscode.workspace.applyEdit(back));
    await waitForDiagnostics(doc, (d) => d.some((x) => codeOf(x) === 'host-port-mismatch'), 'host-port-mismatch to come back');
    await doc.save();
  });
});
