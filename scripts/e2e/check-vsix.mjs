// Checks a packaged .vsix: it must hold the bundles and the listing files only (no sources, tests,
// source maps or node_modules) and stay small. Reads the zip's central directory; no dependencies.
//   node scripts/e2e/check-vsix.mjs path/to/extension.vsix [--max-kb 720]
// Prints the file list, PASS/FAIL lines and 'N passed, M failed'; exits non-zero on failure.
import fs from 'node:fs';
import zlib from 'node:zlib';

const file = process.argv[2];
const maxKb = Number(process.argv[process.argv.indexOf('--max-kb') + 1] || 720) || 720;
let passed = 0,
  failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${!ok && detail ? ' -- ' + detail : ''}`);
};

function entries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const list = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const compressed = buf.readUInt32LE(p + 20),
      size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28),
      extraLen = buf.readUInt16LE(p + 30),
      commentLen = buf.readUInt16LE(p + 32);
    const method = buf.readUInt16LE(p + 10),
      local = buf.readUInt32LE(p + 42);
    list.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size, compressed, method, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return list;
}

try {
  const buf = fs.readFileSync(file);
  const list = entries(buf);
  const kb = buf.length / 1024;
  console.log(`${file}: ${kb.toFixed(1)} KB, ${list.length} files`);
  for (const e of list) console.log(`  ${String(e.size).padStart(8)}  ${e.name}`);
  const names = list.map((e) => e.name);
  const allowed = [
    /^extension\.vsixmanifest$/,
    /^\[Content_Types\]\.xml$/,
    /^extension\/package\.json$/,
    /^extension\/readme\.md$/i,
    /^extension\/changelog\.md$/i,
    /^extension\/license(\.txt|\.md)?$/i,
    /^extension\/images\/icon\.png$/,
    /^extension\/dist\/(browser\/)?[^/]+\.(js|wasm)$/,
    /^extension\/schemas\/.+\.json$/,
  ];
  const unexpected = names.filter((n) => !allowed.some((re) => re.test(n)));
  check('only bundles and the listing files are packaged', unexpected.length === 0, JSON.stringify(unexpected));
  const forbidden = names.filter((n) => /\.map$|\.ts$|(^|\/)node_modules\/|(^|\/)(src|test|out)\//.test(n));
  check('no sources, tests, source maps or node_modules', forbidden.length === 0, JSON.stringify(forbidden));
  // Desktop: client.js + server.js (Node); web: browser/client.js + browser/server.js (a web worker); Terraform: the wasm files.
  for (const need of [
    'extension/package.json',
    'extension/dist/client.js',
    'extension/dist/server.js',
    'extension/dist/web-tree-sitter.wasm',
    'extension/dist/tree-sitter-hcl.wasm',
    'extension/dist/browser/client.js',
    'extension/dist/browser/server.js',
    'extension/images/icon.png',
  ]) {
    check(`contains ${need.replace(/^extension\//, '')}`, names.includes(need));
  }
  check(
    'contains README, CHANGELOG and LICENSE',
    ['readme.md', 'changelog.md'].every((f) => names.some((n) => n.toLowerCase() === `extension/${f}`)) &&
      names.some((n) => /^extension\/license/i.test(n)),
    JSON.stringify(names),
  );
  // The schema is bundled into the server; the file itself is for other tools (repository, npm package).
  check('the JSON schema is not shipped next to the bundle that holds it', !names.some((n) => /^extension\/schemas\//.test(n)));
  const pkg = JSON.parse(readEntry(buf, list, 'extension/package.json'));
  check('package.json main is in the package', names.includes(`extension/${pkg.main.replace(/^\.\//, '')}`), pkg.main);
  check(
    'package.json browser is in the package',
    !!pkg.browser && names.includes(`extension/${pkg.browser.replace(/^\.\//, '')}`),
    pkg.browser,
  );
  // The desktop runs the Node server (config file, service folders, Terraform); the web worker bundle has no HCL parser.
  const browserServer = names.includes('extension/dist/browser/server.js') ? readEntry(buf, list, 'extension/dist/browser/server.js') : '';
  check(
    'the web worker server does not carry the HCL parser (web-tree-sitter)',
    browserServer !== '' && !browserServer.includes('tree-sitter.wasm'),
  );
  const browserJs = ['extension/dist/browser/client.js', 'extension/dist/browser/server.js']
    .filter((n) => names.includes(n))
    .map((n) => readEntry(buf, list, n));
  const nodeRequire = browserJs
    .map((t) => /\brequire\(["'](node:)?(fs|path|child_process|os|net|crypto|util|stream|events|url|worker_threads)["']\)/.exec(t)?.[0])
    .filter(Boolean);
  check('the browser bundles require no Node built-ins', browserJs.length === 2 && nodeRequire.length === 0, JSON.stringify(nodeRequire));
  check(`size ${kb.toFixed(1)} KB < ${maxKb} KB`, kb < maxKb);
} catch (err) {
  check('read the .vsix', false, String((err && err.stack) || err));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);

function readEntry(buf, list, name) {
  const e = list.find((x) => x.name === name);
  if (!e) throw new Error(`${name} is not in the package`);
  if (buf.readUInt32LE(e.local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
  const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
  const data = buf.subarray(start, start + e.compressed);
  return (e.method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
}
