// Drives a real VS Code workbench (code-server, with the extension installed from the .vsix) in
// Debian's Chromium through playwright-core, as a person would: open a task definition with Quick
// Open, see the error squiggle and the Problems count, read the Problems panel and the language
// status ("ECS task definition · awsvpc · Fargate"), hover hostPort,
// press Ctrl+. and choose "Remove hostPort" with the keyboard, save, and read the file back from disk.
// Screenshots go to SHOT_DIR.
//
// Env: CS_URL (http://127.0.0.1:PORT), WS_DIR (folder opened; a scratch copy of the fixtures),
//      FILE (task-definition.json), SHOT_DIR, CHROMIUM (/usr/bin/chromium), PROFILE_DIR,
//      STEP_TIMEOUT_MS (default 60000), EXT_DIR (the installed extension: checks which host ran
//      the server), WEB_EXTENSION=1 (the extension is expected to run as a web extension).
import { launchChromium } from './chromium.mjs';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execSync } from 'node:child_process';

const CS_URL = process.env.CS_URL || 'http://127.0.0.1:18080';
const WS_DIR = process.env.WS_DIR;
const FILE = process.env.FILE || 'task-definition.json';
const SHOT_DIR = process.env.SHOT_DIR || path.join(os.tmpdir(), 'ecs-taskdef-e2e-shots');
const PROFILE_DIR = process.env.PROFILE_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-e2e-chromium-'));
const T = Number(process.env.STEP_TIMEOUT_MS || 60000);
const MESSAGE = 'hostPort 80 differs from containerPort 8080 in awsvpc mode: omit hostPort or set it to 8080.';

if (!WS_DIR) {
  console.error('WS_DIR is not set');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
fs.mkdirSync(SHOT_DIR, { recursive: true });
const t0 = Date.now();
const timings = {};
const mark = (k) => {
  timings[k] = Date.now() - t0;
  console.log(`[${(timings[k] / 1000).toFixed(2)}s] ${k}`);
};
let failures = 0,
  passes = 0;
const check = (name, ok, detail = '') => {
  if (ok) passes++;
  else failures++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail && !ok ? ' -- ' + detail : ''}`);
  return ok;
};

const ctx = await launchChromium(PROFILE_DIR, { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
// WEB_EXTENSION=1: the extension must run as a web extension (the page fetches its browser client).
const webBundles = new Set();
ctx.on('request', (r) => {
  const m = /dist\/browser\/(client|server)\.js/.exec(decodeURIComponent(r.url()));
  if (m) webBundles.add(m[1]);
});
const page = ctx.pages()[0] || (await ctx.newPage());
page.setDefaultTimeout(T);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
mark('browser launched');

// Hovers and menus fade in: wait for every running animation on the page before a screenshot.
const settle = () => page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {})))).catch(() => {});
const shot = async (name) => {
  await settle();
  const p = path.join(SHOT_DIR, name);
  await page.screenshot({ path: p });
  console.log(`  screenshot ${p}`);
};
const editor = page.locator('.editor-group-container .monaco-editor').first();
// A token span in the editor whose whole text is `text` (Monaco renders one span per token).
const token = (re) => editor.locator('.view-line span span').filter({ hasText: re }).first();
// Click / point at a token by its coordinates. (locator.click() may scrollIntoView() inside Monaco's
// overflow-hidden scrollable element, which shifts the rendered lines and then never becomes "stable".)
const centre = async (loc) => {
  await loc.waitFor({ state: 'visible' });
  const b = await loc.boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};
const clickToken = async (re) => {
  const c = await centre(token(re));
  await page.mouse.click(c.x, c.y);
};
const pointAtToken = async (re) => {
  const c = await centre(token(re));
  await page.mouse.move(c.x, c.y);
};
// Close hovers and menus: move the mouse away, press Escape, wait until no hover is visible.
const dismiss = async () => {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await page
    .locator('.monaco-hover:visible')
    .first()
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => {}); // the language status hover ignores Escape; later steps match their own hover's text
};

// Each step runs even when an earlier one failed (after Escape), so one broken feature does not hide the others.
async function step(name, fn) {
  try {
    await fn();
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${((e && e.message) || String(e)).split('\n').slice(0, 6).join('\n')}`);
    const safe = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    await shot(`99-failure-${safe}.png`).catch(() => {});
    await dismiss().catch(() => {});
  }
}

let opened = false;
await step('open the task definition', async () => {
  await page.goto(`${CS_URL}/?folder=${encodeURIComponent(WS_DIR)}`);
  await page.locator('.monaco-workbench').waitFor();
  await page
    .locator(`.explorer-folders-view .monaco-list-row[aria-label*="${FILE}"], .explorer-folders-view .monaco-list-row:has-text("${FILE}")`)
    .first()
    .waitFor();
  mark('workbench ready (explorer lists the file)');
  await shot('01-workbench.png');
  // Quick Open (Ctrl+P), as a person would.
  await page
    .locator('.monaco-workbench')
    .click({ position: { x: 700, y: 400 } })
    .catch(() => {});
  await page.keyboard.press('ControlOrMeta+P');
  const qi = page.locator('.quick-input-widget input');
  await qi.waitFor();
  await qi.fill(FILE);
  await page.locator(`.quick-input-list .monaco-list-row:has-text("${FILE}")`).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab:has-text("${FILE}")`).waitFor();
  await editor.locator('.view-lines').waitFor();
  opened = true;
  mark('file opened in the editor');
});

if (opened) {
  await step('diagnostics', async () => {
    // The squiggle under the hostPort value, and the error count in the status bar.
    await editor.locator('.squiggly-error').first().waitFor();
    mark('error squiggle visible (diagnostics arrived)');
    check('error squiggle rendered', (await editor.locator('.squiggly-error').count()) >= 1);
    const problems = page.locator('#status\\.problems');
    const label = (await problems.getAttribute('aria-label').catch(() => null)) || (await problems.innerText());
    const errors = Number((/Errors?:\s*(\d+)/i.exec(label || '') || [])[1] ?? NaN);
    check('status bar counts the error', errors >= 1, JSON.stringify(label));
    // Problems panel (Ctrl+Shift+M): message, source and code.
    await page.keyboard.press('ControlOrMeta+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'differs from containerPort' }).first().waitFor();
    const panelText = await page.locator('.markers-panel').innerText();
    check(
      'Problems panel shows the message, source and rule id',
      panelText.includes(MESSAGE) && panelText.includes('ecs-taskdef') && panelText.includes('host-port-mismatch'),
      JSON.stringify(panelText.slice(0, 400)),
    );
    // The cursor on the problem: squiggle, Problems panel and status bar in one picture (for the docs).
    await clickToken(/^80$/);
    await page.mouse.move(5, 5);
    await shot('02-diagnostics.png');
    // Hovering the squiggle shows the problem with its rule explained.
    await pointAtToken(/^80$/);
    const problemHover = page.locator('.monaco-hover:visible').filter({ hasText: 'differs from containerPort' }).first();
    await problemHover.waitFor({ state: 'visible' });
    check('hovering the squiggle shows the problem and its rule', /host-port-mismatch/.test(await problemHover.innerText()));
    await shot('02b-problem-hover.png');
    mark('problems checked');
  });

  await step('language status', async () => {
    // The {} entry next to the language mode lists the language status items of the active editor.
    await dismiss();
    await page.locator('[id="status.languageStatus"]').click();
    const item = page.locator('.monaco-hover:visible, .context-view:visible').filter({ hasText: 'ECS task definition' }).first();
    await item.waitFor({ state: 'visible' });
    const text = await item.innerText();
    check(
      'language status: "ECS task definition · awsvpc · Fargate"',
      text.includes('ECS task definition · awsvpc · Fargate'),
      JSON.stringify(text.slice(0, 300)),
    );
    await shot('06-language-status.png');
    await dismiss();
  });

  await step('hover', async () => {
    await dismiss();
    await pointAtToken(/^"hostPort"$/);
    // Match the provider's text: the hover may render before the extension host answers.
    const hover = page
      .locator('.monaco-hover:visible')
      .filter({ hasText: /awsvpc/ })
      .first();
    await hover.waitFor({ state: 'visible' });
    const hoverText = await hover.innerText();
    check(
      'hover over hostPort explains it for awsvpc',
      /hostPort/.test(hoverText) && /awsvpc/.test(hoverText),
      JSON.stringify(hoverText.slice(0, 300)),
    );
    await shot('03-hover.png');
    mark('hover read');
  });

  await step('quick fix', async () => {
    // Cursor on the value, Ctrl+., choose "Remove hostPort" with the keyboard.
    await dismiss();
    await clickToken(/^80$/);
    await page.keyboard.press('ControlOrMeta+.');
    const action = page.locator('.action-widget .monaco-list-row').filter({ hasText: 'Remove hostPort' }).first();
    await action.waitFor();
    const menuText = await page.locator('.action-widget').innerText();
    check(
      'Ctrl+. offers both fixes',
      menuText.includes('Remove hostPort') && menuText.includes('Set hostPort to 8080 (the containerPort)'),
      JSON.stringify(menuText),
    );
    await shot('04-quick-fix-menu.png');
    // A mouse click is intercepted by the context view's pointer block: select with the keyboard.
    for (let i = 0; i < 8 && !(await action.evaluate((el) => el.classList.contains('focused'))); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await editor.locator('.squiggly-error').first().waitFor({ state: 'detached' });
    check('the squiggle is gone after the fix', (await editor.locator('.squiggly-error').count()) === 0);
    // files.refactoring.autoSave (on by default) saves a file a code action edited; save anyway.
    await page.keyboard.press('ControlOrMeta+S');
    await page.locator(`.tabs-container .tab.dirty:has-text("${FILE}")`).waitFor({ state: 'detached' });
    mark('quick fix applied and saved');
    // The file on disk: the save goes through the server, so give the write a moment (poll, 15 s at most).
    const file = path.join(WS_DIR, FILE);
    let disk = fs.readFileSync(file, 'utf8');
    for (const end = Date.now() + 15000; disk.includes('hostPort') && Date.now() < end;) {
      await new Promise((r) => setTimeout(r, 100));
      disk = fs.readFileSync(file, 'utf8');
    }
    check('the file on disk no longer has hostPort', !disk.includes('hostPort'), disk);
    check('the file on disk keeps the containerPort mapping', disk.includes('{ "containerPort": 8080 }'), disk);
    let json = null;
    try {
      json = JSON.parse(disk);
    } catch {}
    check('the file on disk is valid JSON', json !== null);
    await page.mouse.move(5, 5);
    await shot('05-after-fix.png');
    mark('disk verified');
  });
}
// The two commands from the Command Palette: restart the server, read its output, and the new server answers hover.
if (opened) {
  const runCommand = async (title) => {
    await dismiss();
    await page.keyboard.press('ControlOrMeta+Shift+P');
    const qi = page.locator('.quick-input-widget input');
    await qi.waitFor();
    await qi.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  };
  await step('commands', async () => {
    await runCommand('ECS Task Definition: Restart Server');
    await runCommand('ECS Task Definition: Show Output');
    const output = page
      .locator('.part.panel .monaco-editor')
      .filter({ hasText: 'Restarting the ECS task definition language server.' })
      .first();
    await output.waitFor({ state: 'visible' });
    check('Restart Server, then Show Output shows the restart in the ECS Task Definition output', true);
    if (!process.env.WEB_EXTENSION) {
      // Desktop: the old server process's normal exit reads as information, not as vscode-languageclient's
      // "[Error] … exited with code 0" (a web worker has no process to exit).
      await output.filter({ hasText: 'Server process stopped.' }).waitFor({ state: 'visible' });
      const outputText = await output.innerText();
      check(
        "the old server's clean exit is not logged as an error",
        !/exited with code 0/.test(outputText),
        JSON.stringify(outputText.slice(-400)),
      );
    }
    await shot('07-output.png');
    await editor.click({ position: { x: 300, y: 60 } });
    await pointAtToken(/^"containerPort"$/);
    const hover = page
      .locator('.monaco-hover:visible')
      .filter({ hasText: /containerPort/ })
      .filter({ hasText: /awsvpc/ })
      .first();
    await hover.waitFor({ state: 'visible' });
    check('the restarted server answers hover', /awsvpc/.test(await hover.innerText()));
    await dismiss();
  });

  await step('port map', async () => {
    await editor.click({ position: { x: 300, y: 60 } });
    await runCommand('ECS Task Definition: Show Port Map');
    // The markdown preview is a webview (nested iframes, not the workbench page): read those frames
    // until the rendered table is there.
    let text = '';
    for (const deadline = Date.now() + T; Date.now() < deadline && !/ENI :8080 → 8080/.test(text);) {
      await page.waitForTimeout(500);
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      const bodies = await Promise.all(frames.map((f) => f.evaluate(() => document.body?.innerText ?? '').catch(() => '')));
      text = bodies.find((b) => /Port map: web/.test(b)) ?? '';
    }
    check(
      'Show Port Map renders the port table in a markdown preview',
      /Port map: web/.test(text) && /ENI :8080 → 8080/.test(text),
      JSON.stringify(text.slice(0, 300)),
    );
    await settle();
    await page.waitForTimeout(500);
    await shot('08-port-map.png');
  });
}
// Which host ran the server: a Node process (dist/server.js of the installed extension) on the
// desktop path, none when the extension runs as a web extension (its server is a web worker).
if (process.env.EXT_DIR) {
  const nodeServers = execSync('ps -eo args', { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes(path.join(process.env.EXT_DIR, 'dist', 'server.js')));
  if (process.env.WEB_EXTENSION) {
    check('ran as a web extension: the page loaded dist/browser/client.js', webBundles.has('client'), JSON.stringify([...webBundles]));
    check('ran as a web extension: no Node server process', nodeServers.length === 0, JSON.stringify(nodeServers));
  } else {
    check('the desktop path runs dist/server.js in Node', nodeServers.length === 1, JSON.stringify(nodeServers));
  }
}
if (pageErrors.length) console.log('page errors:', pageErrors.slice(0, 5));
await ctx.close().catch(() => {});
mark('done');
console.log('TIMINGS_JSON ' + JSON.stringify(timings));
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures || !passes ? 1 : 0);
