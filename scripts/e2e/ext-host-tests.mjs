// Runs the extension's mocha suite (test/e2e/suite, the @vscode/test-electron layout: a module that
// exports run()) inside the real Node extension host of a VS Code server, by opening the web
// workbench with the `payload` query parameter (as VS Code's own browser integration tests do):
//   extensionDevelopmentPath / extensionTestsPath as vscode-remote URIs.
// The workbench calls window.codeAutomationExit(code) when run() settles and forwards the extension
// host's console (mocha's reporter) to window.codeAutomationLog.
// The web workbench ignores the payload's extensionEnvironment; the extension host inherits the
// server's environment instead, so E2E_RESULTS / E2E_PACKAGED are exported before the server starts.
//
// Env: VSS_URL (http://127.0.0.1:PORT), WS_DIR (folder to open), EXT_DIR (extension root),
//      TESTS (absolute path of the run() module, without .js), E2E_RESULTS (JSON the suite writes),
//      CHROMIUM, PROFILE_DIR, TEST_TIMEOUT_MS (default 600000), VERBOSE=1 (all host log lines).
import { launchChromium } from './chromium.mjs';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import util from 'node:util';

const URL_BASE = process.env.VSS_URL || 'http://127.0.0.1:18081';
const WS_DIR = required('WS_DIR');
const EXT_DIR = required('EXT_DIR');
const TESTS = required('TESTS');
const RESULTS = process.env.E2E_RESULTS;
const PROFILE_DIR = process.env.PROFILE_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-e2e-chromium-'));
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 600000);

function required(name) {
  const v = process.env[name];
  if (!v) {
    console.error(`${name} is not set`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  return v;
}

const authority = new URL(URL_BASE).host; // the server uses the page's host:port as remote authority
const remote = (p) => `vscode-remote://${authority}${p}`;
const payload = [
  ['extensionDevelopmentPath', remote(EXT_DIR)],
  ['extensionTestsPath', remote(TESTS)],
];
const url = `${URL_BASE}/?folder=${encodeURIComponent(WS_DIR)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

const t0 = Date.now();
if (RESULTS) fs.rmSync(RESULTS, { force: true });
const ctx = await launchChromium(PROFILE_DIR);
let code;
let logPassing = 0,
  logFailing = 0; // fallback counts from mocha's reporter
try {
  const page = ctx.pages()[0] || (await ctx.newPage());
  let done;
  const exited = new Promise((r) => {
    done = r;
  });
  await page.exposeFunction('codeAutomationExit', (c) => {
    done(c);
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util
      .format(...(args || []))
      .replace(/%c/g, '')
      .replace(/color: #[0-9a-f]+ ?/gi, '');
    let m;
    if ((m = /^\s*(\d+) passing\b/.exec(line))) logPassing = Number(m[1]);
    if ((m = /^\s*(\d+) failing\b/.exec(line))) logFailing = Number(m[1]);
    // Mocha's spec reporter lines are indented; keep those and errors, drop the workbench chatter
    // (offline noise: the gallery at open-vsx.org, code-server's service worker).
    if (process.env.VERBOSE) {
      console.log(`[ext-host ${type}] ${line}`);
      return;
    }
    if (/open-vsx\.org|ServiceWorker|\/workbench\.js:\d+/.test(line)) return;
    if (/passing|failing|pending|✔|✓|^\s+\d+\) |Error|\bat |ecs-taskdef/.test(line) || /^\s{2,}\S/.test(line)) {
      console.log(`[ext-host ${type}] ${line}`);
    }
  });
  await page.goto(url);
  let timer;
  code = await Promise.race([
    exited,
    new Promise((r) => {
      timer = setTimeout(() => r('timeout'), TIMEOUT);
    }),
  ]);
  clearTimeout(timer);
  if (code === 'timeout') await page.screenshot({ path: path.join(PROFILE_DIR, 'ext-tests-timeout.png') }).catch(() => {});
} catch (err) {
  console.log(`FAIL runner: ${(err && err.stack) || err}`);
  code = 'error';
} finally {
  await ctx.close().catch(() => {});
}

let results = null;
if (RESULTS)
  try {
    results = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  } catch {}
if (results) {
  for (const p of results.passes) console.log(`PASS ${p}`);
  for (const f of results.failures) console.log(`FAIL ${f.title}\n${f.error}`);
}
console.log(`extension tests finished in ${((Date.now() - t0) / 1000).toFixed(1)}s, exit code ${code}`);
const passed = results ? results.passes.length : logPassing;
let failed = results ? results.failures.length : logFailing;
if (code !== 0 && failed === 0) failed = 1; // runner crashed, timed out, or the suite did not load
console.log(`${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
