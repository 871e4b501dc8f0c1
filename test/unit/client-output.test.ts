/** The client's output channel: vscode-languageclient's "exited with code 0" after a stop reads as information. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { clientLogLine, clientOutputChannel } from '../../client/src/common/output';

test('a clean exit (code 0) is written as information, other exits stay errors', () => {
  assert.equal(clientLogLine('[Error - 10:31:02 AM] Server process exited with code 0.'), '[Info  - 10:31:02 AM] Server process stopped.');
  assert.equal(
    clientLogLine('[Error - 10:31:02] Server process exited with code 1.'),
    '[Error - 10:31:02] Server process exited with code 1.',
  );
  assert.equal(
    clientLogLine('[Error - 10:31:02] Server process exited with signal SIGKILL.'),
    '[Error - 10:31:02] Server process exited with signal SIGKILL.',
  );
  assert.equal(clientLogLine('Restarting the ECS task definition language server.'), 'Restarting the ECS task definition language server.');
});

test('the wrapped channel rewrites appendLine and passes every other member through', () => {
  const lines: string[] = [];
  let shown = 0;
  const channel = {
    name: 'ECS Task Definition',
    appendLine: (l: string) => lines.push(l),
    append: (t: string) => lines.push(`append:${t}`),
    show() {
      shown++;
    },
  } as unknown as vscode.OutputChannel;
  const wrapped = clientOutputChannel(channel);
  wrapped.appendLine('[Error - 9:00:00] Server process exited with code 0.');
  wrapped.append('x');
  wrapped.show(true);
  assert.deepEqual(lines, ['[Info  - 9:00:00] Server process stopped.', 'append:x']);
  assert.equal(shown, 1);
  assert.equal(wrapped.name, 'ECS Task Definition');
});
