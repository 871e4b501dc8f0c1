/**
 * Launcher for machines that can download VS Code: runs the suite in test/e2e/suite inside a
 * desktop VS Code fetched by @vscode/test-electron, with this repository as the development
 * extension (build it first: `npm run build && npm run compile-tests`).
 *
 *   node out/test/e2e/run-test-electron.js          (VSCODE_VERSION=stable|insiders|1.100.3, default stable)
 *
 * Where VS Code cannot be downloaded (only npm and Debian reachable), `npm run test:e2e` runs the
 * very same suite in the VS Code server that code-server bundles; see scripts/e2e/run-e2e.sh.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '../../..'); // out/test/e2e -> repository root
  const fixtures = path.join(repo, 'test', 'fixtures', 'e2e-workspace');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-taskdef-e2e-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(fixtures, workspace, { recursive: true }); // the tests edit and save files: work on a copy
  const userData = path.join(scratch, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'scripts', 'e2e', 'vscode-settings.json'), path.join(userData, 'User', 'settings.json'));
  const results = path.join(scratch, 'results.json');

  let exitCode = 0;
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      // The download is cached next to code-server's, outside the repository.
      cachePath: path.join(
        process.env.ECS_E2E_CACHE || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'ecs-taskdef-e2e'),
        'vscode-test',
      ),
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      extensionTestsEnv: { E2E_RESULTS: results },
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions; built-ins (JSON) stay on, as for users
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        userData,
      ],
    });
  } catch (err) {
    console.error(`e2e tests failed: ${err instanceof Error ? err.message : String(err)}`);
    exitCode = 1;
  }
  let passed = 0;
  let failed = exitCode ? 1 : 0;
  try {
    const r = JSON.parse(fs.readFileSync(results, 'utf8')) as { passes: string[]; failures: unknown[] };
    passed = r.passes.length;
    failed = Math.max(r.failures.length, failed);
  } catch {
    /* the suite never got to write its results */
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (!process.env.E2E_KEEP) fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(exitCode || failed ? 1 : 0);
}

void main();
