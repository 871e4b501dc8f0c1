/**
 * The `ecsTaskdef.files` setting: patterns anchored at the workspace folder, matched by minimatch,
 * and answered at once for patterns that make backtracking matchers run for seconds (their speed is
 * in `npm run bench`; here only the answers).
 */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { matchesAnyGlob, matchesFilesSetting, relativePath } from '../../server/src/host/glob';

const ROOT = '/home/me/infra';

describe('files globs, anchored at the workspace folder', () => {
  it('a relative pattern is matched from the folder root', () => {
    assert.equal(matchesFilesSetting(`${ROOT}/deploy/prod/web.json`, [ROOT], ['deploy/**/*.json']), true);
    assert.equal(matchesFilesSetting(`${ROOT}/deploy/web.json`, [ROOT], ['deploy/**/*.json']), true);
    // Not anchored at the end of the path any more: `deploy/` must be the folder's own.
    assert.equal(matchesFilesSetting(`${ROOT}/old/deploy/web.json`, [ROOT], ['deploy/**/*.json']), false);
    assert.equal(matchesFilesSetting(`${ROOT}/deploy/web.yaml`, [ROOT], ['deploy/**/*.json']), false);
  });

  it('`**/` matches at any depth, dot folders included; braces, classes and ? work', () => {
    assert.equal(matchesFilesSetting(`${ROOT}/a/.aws/task.json`, [ROOT], ['**/task.json']), true);
    assert.equal(matchesFilesSetting(`${ROOT}/task.json`, [ROOT], ['**/task.json']), true);
    assert.equal(matchesFilesSetting(`${ROOT}/ecs/web.yml`, [ROOT], ['ecs/*.{yaml,yml}']), true);
    assert.equal(matchesFilesSetting(`${ROOT}/ecs/web-1.json`, [ROOT], ['ecs/web-[0-9].json']), true);
    assert.equal(matchesFilesSetting(`${ROOT}/ecs/web-x.json`, [ROOT], ['ecs/web-[0-9].json']), false);
    assert.equal(matchesFilesSetting(`${ROOT}/ecs/a.json`, [ROOT], ['ecs/?.json']), true);
    assert.equal(matchesFilesSetting(`${ROOT}/ecs/sub/a.json`, [ROOT], ['ecs/*.json']), false, '* stays within one folder');
  });

  it('the innermost workspace folder holding the document anchors the pattern', () => {
    assert.deepEqual(relativePath(`${ROOT}/svc/deploy/x.json`, [ROOT, `${ROOT}/svc`]), { path: 'deploy/x.json', anchored: true });
    assert.equal(matchesFilesSetting(`${ROOT}/svc/deploy/x.json`, [ROOT, `${ROOT}/svc`], ['deploy/*.json']), true);
    assert.deepEqual(relativePath('/elsewhere/x.json', [ROOT]), { path: 'elsewhere/x.json', anchored: false });
    // `/home/me/infra2` is not inside `/home/me/infra`.
    assert.deepEqual(relativePath('/home/me/infra2/x.json', [ROOT]), { path: 'home/me/infra2/x.json', anchored: false });
  });

  it('Windows drive letters match whatever their case', () => {
    assert.equal(matchesFilesSetting('/c:/work/deploy/a.json', ['/C:/work'], ['deploy/*.json']), true);
  });

  it('outside any folder a relative pattern matches the end of the path', () => {
    assert.equal(matchesFilesSetting('/tmp/x/deploy/web.json', [], ['deploy/*.json']), true);
    assert.equal(matchesFilesSetting('/tmp/x/deploy/web.json', [], ['other/*.json']), false);
  });

  it('an absolute pattern is matched against the whole path', () => {
    assert.equal(matchesFilesSetting(`${ROOT}/deploy/a.json`, [ROOT], [`${ROOT}/deploy/*.json`]), true);
    assert.equal(matchesFilesSetting('/other/deploy/a.json', [ROOT], [`${ROOT}/deploy/*.json`]), false);
  });

  it('comments, negation and invalid patterns match nothing and never throw', () => {
    assert.equal(matchesFilesSetting(`${ROOT}/a.json`, [ROOT], ['#a.json']), false);
    assert.equal(matchesFilesSetting(`${ROOT}/a.json`, [ROOT], ['!b.json']), false);
    assert.equal(matchesFilesSetting(`${ROOT}/a.json`, [ROOT], ['x'.repeat(70_000)]), false);
    assert.equal(matchesFilesSetting(`${ROOT}/a.json`, [ROOT], ['[', '{', '**/a.json']), true);
    assert.equal(matchesFilesSetting(`${ROOT}/a.json`, [ROOT], []), false);
  });
});

describe('files globs: patterns that make backtracking matchers hang get their answer', () => {
  const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('/');
  it('`**/**/**/**/**/**/**/**/x.json` on a deep path', () => {
    const p = '**/**/**/**/**/**/**/**/x.json';
    assert.equal(matchesAnyGlob(`${deep}/x.jso`, [p]), false);
    assert.equal(matchesAnyGlob(`${deep}/x.json`, [p]), true);
  });

  it('`*a*a*a*a*a*a*a*a*c` on a long name', () => {
    const p = '*a*a*a*a*a*a*a*a*c';
    assert.equal(matchesAnyGlob('a'.repeat(5000), [p]), false);
    assert.equal(matchesAnyGlob(`${'a'.repeat(5000)}c`, [p]), true);
    assert.equal(matchesAnyGlob(`${'a'.repeat(7)}c`, [p]), false, 'eight a are needed');
  });

  it('a brace flood (`{a,b}` sixteen times, 65,536 alternatives) is cut at 100 alternatives', () => {
    const p = '{a,b}'.repeat(16);
    assert.equal(matchesAnyGlob('a'.repeat(16), [p]), true, 'the first alternatives still match');
    assert.equal(matchesAnyGlob('b'.repeat(16), [p]), false, 'alternatives past the 100th are ignored');
    assert.equal(matchesAnyGlob('web-3.yml', ['web-{1..5}.{json,yaml,yml}']), true);
  });

  it('globstars with starred folders between them on a deep path', () => {
    const path = `${Array.from({ length: 400 }, () => 'b').join('/')}/x.jso`;
    assert.equal(matchesAnyGlob(path, ['**/b*/**/b*/**/b*/**/x.json']), false);
    assert.equal(matchesAnyGlob(path.replace(/jso$/, 'json'), ['**/b*/**/b*/**/b*/**/x.json']), true);
  });
});

describe('files globs bundle for a browser host', () => {
  it('server/src/host/glob.ts (with minimatch) builds for platform browser without Node built-ins', async () => {
    const root = join(__dirname, '..', '..', '..');
    const result = await esbuild.build({
      entryPoints: [join(root, 'server', 'src', 'host', 'glob.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    const code = result.outputFiles[0].text;
    assert.doesNotMatch(code, /require\(["'](?:node:)?(?:path|fs|os|process)["']\)/);
    assert.ok(
      readFileSync(join(root, 'server', 'src', 'server.ts'), 'utf8').match(
        /from '(?:node:)?(?:fs|path|os|child_process|vscode-languageserver\/node)'/,
      ) === null,
      'server.ts has no Node-only import',
    );
  });
});

describe('files globs: seeded random patterns', () => {
  it('2,000 random patterns against random paths: a boolean every time, never a throw', () => {
    let seed = 8;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['*', '**', '?', 'a', 'b', '/', '{', '}', ',', '[', ']', '!', '.', '\\', '(', ')', '+', '@', '#', 'json', '**/', '*a'];
    const pathPieces = ['a', 'b', 'aa', '.x', 'json', '/', '/', '-', '{', '*'];
    let matched = 0;
    for (let i = 0; i < 2000; i++) {
      const pattern = Array.from({ length: 1 + rand(24) }, () => pieces[rand(pieces.length)]).join('');
      const path = Array.from({ length: 1 + rand(60) }, () => pathPieces[rand(pathPieces.length)]).join('');
      const r = matchesFilesSetting(`/ws/${path}`, ['/ws'], [pattern]);
      assert.equal(typeof r, 'boolean', pattern);
      if (r) matched++;
    }
    assert.ok(matched > 0, 'some random patterns match');
  });
});
