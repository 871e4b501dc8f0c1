/** Helpers shared by the end-to-end tests: fixtures, and waiting on editor events with timeouts (never sleeps). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'ecs-taskdef.ecs-taskdef';
export const SOURCE = 'ecs-taskdef';
/** Generous: the CI machine has 2 cores and the server starts cold. */
export const WAIT_MS = Number(process.env.E2E_WAIT_MS || 30000);

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace (test/fixtures/e2e-workspace copy) is open');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

export async function openFixture(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor };
}

/** The diagnostic's code as a string, whether it is plain or `{ value, target }` (with a rule doc link). */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function describeDiagnostics(doc: vscode.TextDocument | vscode.Uri, diags: readonly vscode.Diagnostic[]): string {
  const text = 'getText' in doc ? (r: vscode.Range) => JSON.stringify(doc.getText(r)) : () => '';
  return (
    '[' +
    diags
      .map(
        (d) =>
          `${codeOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1} ${text(d.range)} ${vscode.DiagnosticSeverity[d.severity]} "${d.message}"`,
      )
      .join('; ') +
    ']'
  );
}

/**
 * Resolves with our diagnostics for `uri` once `predicate` holds: checked now, then on every
 * onDidChangeDiagnostics event for that uri. Rejects after `ms` with the last state in the message.
 */
export function waitForDiagnostics(
  doc: vscode.TextDocument,
  predicate: (diags: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  const uri = doc.uri;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      sub.dispose();
      clearTimeout(timer);
      fn();
    };
    const check = () => {
      const d = ours(uri);
      let ok: boolean;
      try {
        ok = predicate(d);
      } catch {
        ok = false;
      }
      if (ok) finish(() => resolve(d));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`timed out after ${ms} ms waiting for ${what}; ${uri.path} has ${describeDiagnostics(doc, ours(uri))}`)),
        ),
      ms,
    );
    check();
  });
}

/** Resolves with the first event of `event` that satisfies `predicate`, or rejects after `ms`. */
export function waitForEvent<T>(event: vscode.Event<T>, predicate: (e: T) => boolean, what: string, ms = WAIT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = event((e) => {
      if (!predicate(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/** Rejects if `promise` does not settle within `ms`. */
export function withTimeout<T>(promise: Thenable<T>, what: string, ms = WAIT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    Promise.resolve(promise).then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export function positionOf(doc: vscode.TextDocument, needle: string, delta = 0, occurrence = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${JSON.stringify(needle)} (occurrence ${occurrence}) found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + delta);
}

export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : String(c)))).join('\n');
}

/** Updates a setting (globally, i.e. in the test profile's user settings) and returns a restore function. */
export async function setSetting(section: string, key: string, value: unknown, languageId?: string): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section, languageId ? { languageId } : undefined);
  const before = config.inspect(key);
  const previous = languageId ? before?.globalLanguageValue : before?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
  return async () => {
    await vscode.workspace
      .getConfiguration(section, languageId ? { languageId } : undefined)
      .update(key, previous, vscode.ConfigurationTarget.Global, languageId ? true : undefined);
  };
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Puts the document back to `text` and saves it, so a test leaves its fixture as it found it. */
export async function restoreText(doc: vscode.TextDocument, text: string): Promise<void> {
  if (doc.getText() !== text) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
    await vscode.workspace.applyEdit(edit);
  }
  if (doc.isDirty) await doc.save();
}

/**
 * Command lines of this extension host's child processes that run our language server
 * (dist/server.js, the Node server). Linux only (reads /proc); undefined elsewhere, where callers skip the check.
 */
export function languageServerProcesses(): string[] | undefined {
  if (process.platform !== 'linux' || !fs.existsSync('/proc/self/stat')) return undefined;
  const found: string[] = [];
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      if (/dist[\\/]server\.js/.test(cmd)) found.push(`${pid} ${cmd}`);
    } catch {
      /* the process went away */
    }
  }
  return found;
}
