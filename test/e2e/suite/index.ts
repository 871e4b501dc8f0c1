/**
 * The extension-host entry point of the end-to-end suite, in the @vscode/test-electron layout: the
 * editor loads this module (extensionTestsPath) inside its real extension host and awaits run().
 *
 * The same compiled module runs under both launchers:
 *  - test/e2e/run-test-electron.ts (desktop VS Code downloaded by @vscode/test-electron), and
 *  - scripts/e2e/run-e2e.sh (the VS Code server bundled in code-server, through the web
 *    workbench's `payload` URL parameter; see scripts/e2e/ext-host-tests.mjs).
 *
 * When E2E_RESULTS is set (the extension host inherits the server's environment), a JSON summary
 * of passes and failures is written there so the launcher can count them without parsing logs.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    timeout: Number(process.env.E2E_TEST_TIMEOUT_MS || 60000),
    grep: process.env.E2E_GREP || undefined,
  });
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));

  return new Promise((resolve, reject) => {
    const results: { passes: string[]; failures: { title: string; error: string }[] } = { passes: [], failures: [] };
    let runner: Mocha.Runner;
    try {
      runner = mocha.run((failures) => {
        if (process.env.E2E_RESULTS) {
          try {
            fs.writeFileSync(process.env.E2E_RESULTS, JSON.stringify(results, null, 2));
          } catch (err) {
            console.error(`could not write ${process.env.E2E_RESULTS}: ${String(err)}`);
          }
        }
        if (failures > 0) reject(new Error(`${failures} tests failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
      return;
    }
    runner.on('pass', (t) => results.passes.push(t.fullTitle()));
    runner.on('fail', (t, err: unknown) => results.failures.push({ title: t.fullTitle(), error: String((err as Error)?.stack ?? err) }));
  });
}
