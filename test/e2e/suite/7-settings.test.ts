import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, openFixture, setSetting, waitForDiagnostics } from './helpers';

const has = (code: string, severity?: vscode.DiagnosticSeverity) => (d: vscode.Diagnostic[]) =>
  d.some((x) => codeOf(x) === code && (severity === undefined || x.severity === severity));

suite('settings apply without a restart', () => {
  let doc: vscode.TextDocument;
  const restores: (() => Promise<void>)[] = [];
  suiteSetup(async () => {
    ({ doc } = await openFixture('settings-change.json'));
    await waitForDiagnostics(doc, has('host-port-mismatch', vscode.DiagnosticSeverity.Error), 'host-port-mismatch (error)');
  });
  teardown(async () => {
    while (restores.length) await restores.pop()!();
  });

  test('ecsTaskdef.rules: "off" silences the rule, "warning" changes its severity, removing it restores it', async () => {
    restores.push(await setSetting('ecsTaskdef', 'rules', { 'host-port-mismatch': 'off' }));
    await waitForDiagnostics(doc, (d) => !has('host-port-mismatch')(d), 'host-port-mismatch to disappear ("off")');

    await vscode.workspace
      .getConfiguration('ecsTaskdef')
      .update('rules', { 'host-port-mismatch': 'warning' }, vscode.ConfigurationTarget.Global);
    await waitForDiagnostics(doc, has('host-port-mismatch', vscode.DiagnosticSeverity.Warning), 'host-port-mismatch as a warning');

    await restores.pop()!();
    await waitForDiagnostics(doc, has('host-port-mismatch', vscode.DiagnosticSeverity.Error), 'host-port-mismatch back as an error');
  });

  test('ecsTaskdef.enable: false clears our diagnostics, true brings them back', async () => {
    restores.push(await setSetting('ecsTaskdef', 'enable', false));
    await waitForDiagnostics(doc, (d) => d.length === 0, 'no ecs-taskdef diagnostics (disabled)');
    await restores.pop()!();
    const d = await waitForDiagnostics(doc, has('host-port-mismatch', vscode.DiagnosticSeverity.Error), 'diagnostics back (enabled)');
    assert.ok(d.length >= 1);
  });
});
