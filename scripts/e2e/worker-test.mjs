// The web extension's language server (dist/browser/server.js, as vscode.dev and github.dev run it)
// in a real web worker in Debian's Chromium: a page served from localhost speaks LSP to the worker
// through vscode-jsonrpc's browser reader/writer: initialize → didOpen → diagnostics (pull, and push
// for a client without pull) → code action → hover → ecsTaskdef/status. No network beyond localhost.
//
// Env: CHROMIUM (/usr/bin/chromium), PROFILE_DIR (a scratch Chromium profile).
// Prints PASS/FAIL lines and 'N passed, M failed'; exits non-zero on failure.
import { launchChromium } from './chromium.mjs';
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROFILE_DIR = process.env.PROFILE_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'ecs-e2e-worker-'));
const SERVER_JS = path.join(REPO, 'dist', 'browser', 'server.js');

let passed = 0,
  failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? ' -- ' + detail : ''}`);
  return ok;
};

const URI = 'file:///workspace/task-definition.json';
const TEXT = fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'e2e-workspace', 'task-definition.json'), 'utf8');
const MESSAGE = 'hostPort 80 differs from containerPort 8080 in awsvpc mode: omit hostPort or set it to 8080.';

const page = (
  await esbuild.build({
    entryPoints: [path.join(REPO, 'scripts', 'e2e', 'worker-page.mjs')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    mainFields: ['browser', 'module', 'main'],
    logLevel: 'warning',
  })
).outputFiles[0].text;

const server = http.createServer((req, res) => {
  const send = (type, body) => {
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  };
  if (req.url === '/') return send('text/html', '<!doctype html><title>loading</title><script src="/page.js"></script>');
  if (req.url === '/page.js') return send('text/javascript', page);
  if (req.url === '/dist/browser/server.js') return send('text/javascript', fs.readFileSync(SERVER_JS));
  if (req.url === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
  res.writeHead(404);
  res.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const ctx = await launchChromium(PROFILE_DIR);
const offsite = [];
ctx.on('request', (r) => {
  if (!r.url().startsWith(base) && !r.url().startsWith('data:')) offsite.push(r.url());
});

try {
  const tab = ctx.pages()[0] || (await ctx.newPage());
  tab.setDefaultTimeout(30000);
  const pageErrors = [];
  tab.on('pageerror', (e) => pageErrors.push(String(e)));
  tab.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await tab.goto(base);
  await tab.waitForFunction(() => document.title === 'ready');

  const run = (fn, arg) => tab.evaluate(fn, arg);
  const init = await run(async () => {
    const r = await window.lsp.request('initialize', {
      processId: null,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: {}, hover: { contentFormat: ['markdown'] } }, workspace: { configuration: true } },
    });
    window.lsp.notify('initialized', {});
    return r;
  });
  check(
    'initialize: the worker answers with its capabilities',
    init?.serverInfo?.name === 'ecs-taskdef-language-server' && !!init.capabilities.diagnosticProvider,
    JSON.stringify(init),
  );

  const items = await run(
    async ({ uri, text }) => {
      window.lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
      return (await window.lsp.request('textDocument/diagnostic', { textDocument: { uri } })).items;
    },
    { uri: URI, text: TEXT },
  );
  const d = items.find((x) => x.code === 'host-port-mismatch');
  check(
    'diagnostics: host-port-mismatch with its message, source and range',
    d &&
      d.message === MESSAGE &&
      d.source === 'ecs-taskdef' &&
      d.severity === 1 &&
      TEXT.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character) === '80',
    JSON.stringify(items),
  );

  const actions = d
    ? await run(
        ({ uri, d }) =>
          window.lsp.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }),
        { uri: URI, d },
      )
    : [];
  const remove = actions.find((a) => a.title === 'Remove hostPort');
  const edits = remove?.edit?.changes?.[URI] ?? [];
  const fixed = applyEdits(TEXT, edits);
  check(
    'code action: "Remove hostPort" removes the hostPort and keeps the rest',
    !!remove && !/"hostPort"/.test(fixed) && JSON.parse(fixed).containerDefinitions[0].portMappings[0].containerPort === 8080,
    JSON.stringify(actions.map((a) => a.title)),
  );

  const line = TEXT.split('\n').findIndex((l) => l.includes('"hostPort"'));
  const hover = await run(({ uri, position }) => window.lsp.request('textDocument/hover', { textDocument: { uri }, position }), {
    uri: URI,
    position: { line, character: TEXT.split('\n')[line].indexOf('hostPort') + 2 },
  });
  const hoverText = hover?.contents?.value ?? '';
  check('hover: hostPort explained for awsvpc', /hostPort/.test(hoverText) && /\*\*awsvpc\*\*/.test(hoverText), hoverText.slice(0, 300));

  const after = await run(
    async ({ uri, text }) => {
      window.lsp.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
      return (await window.lsp.request('textDocument/diagnostic', { textDocument: { uri } })).items.map((x) => x.code);
    },
    { uri: URI, text: fixed },
  );
  check('after the fix: host-port-mismatch is gone', !after.includes('host-port-mismatch'), JSON.stringify(after));

  const status = await run(({ uri }) => window.lsp.request('ecsTaskdef/status', { textDocument: { uri } }), { uri: URI });
  check(
    'ecsTaskdef/status: a task definition in awsvpc mode',
    status?.isTaskDefinition === true && status.networkMode === 'awsvpc',
    JSON.stringify(status),
  );

  const plain = await run(async () => {
    const uri = 'file:///workspace/package.json';
    window.lsp.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'json', version: 1, text: '{ "name": "x", "hostPort": 80 }' },
    });
    return [
      (await window.lsp.request('textDocument/diagnostic', { textDocument: { uri } })).items,
      await window.lsp.request('ecsTaskdef/status', { textDocument: { uri } }),
    ];
  });
  check('other JSON gets nothing', plain[0].length === 0 && plain[1].isTaskDefinition === false, JSON.stringify(plain));

  await run(() => window.lsp.request('shutdown'));
  check(
    'no errors in the page or the worker',
    pageErrors.length === 0 && (await run(() => window.lsp.errors)).length === 0,
    JSON.stringify(pageErrors),
  );

  // A second worker for a client without pull diagnostics (push, as Neovim 0.7 uses over stdio).
  await tab.reload();
  await tab.waitForFunction(() => document.title === 'ready');
  const pushed = await run(
    async ({ uri, text }) => {
      await window.lsp.request('initialize', { processId: null, rootUri: null, capabilities: {} });
      window.lsp.notify('initialized', {});
      window.lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
      return window.lsp.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri);
    },
    { uri: URI, text: TEXT },
  );
  check(
    'push diagnostics from the worker',
    pushed.diagnostics.some((x) => x.code === 'host-port-mismatch' && x.message === MESSAGE),
    JSON.stringify(pushed),
  );
  check('no request left localhost', offsite.length === 0, JSON.stringify(offsite));
} catch (err) {
  check('worker round trip', false, String(err?.stack ?? err));
} finally {
  await ctx.close();
  server.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);

function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
