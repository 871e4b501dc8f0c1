import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, languageServerProcesses, waitForDiagnostics, waitForEvent, withTimeout } from './helpers';

const TASK = (hostPort: number) => `{
  "family": "web",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    { "name": "web", "image": "nginx", "memory": 512, "portMappings": [{ "containerPort": 8080, "hostPort": ${hostPort} }] }
  ]
}
`;

suite('commands: Restart Server and Show Output', () => {
  test('both commands are contributed and registered', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('ecsTaskdef.restartServer'), 'ecsTaskdef.restartServer');
    assert.ok(all.includes('ecsTaskdef.showOutput'), 'ecsTaskdef.showOutput');
  });

  test('Restart Server replaces the server process and diagnostics keep coming', async () => {
    // An untitled document: nothing on disk changes.
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: TASK(80) });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(
      doc,
      (d) => d.some((x) => codeOf(x) === 'host-port-mismatch' && x.message.includes('hostPort 80')),
      'host-port-mismatch (80) before the restart',
    );
    const before = languageServerProcesses();

    await withTimeout(vscode.commands.executeCommand('ecsTaskdef.restartServer'), 'Restart Server');
    const after = languageServerProcesses();
    if (before && after) {
      assert.strictEqual(after.length, 1, `one server after the restart: ${JSON.stringify(after)}`);
      assert.notDeepStrictEqual(after, before, 'a new server process');
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), TASK(81));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(
      doc,
      (d) => d.some((x) => codeOf(x) === 'host-port-mismatch' && x.message.includes('hostPort 81')),
      'host-port-mismatch (81) from the restarted server',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Show Output opens the "ECS Task Definition" output channel', async () => {
    const isOurs = (d: vscode.TextDocument) =>
      d.uri.scheme === 'output' && /ECS.{1,3}Task.{1,3}Definition/i.test(decodeURIComponent(d.uri.toString()));
    const shown = vscode.workspace.textDocuments.some(isOurs)
      ? Promise.resolve()
      : waitForEvent(vscode.workspace.onDidOpenTextDocument, isOurs, 'the ECS Task Definition output document');
    await vscode.commands.executeCommand('ecsTaskdef.showOutput');
    await shown;
  });
});
