/** The server's reading of the files next to a service file: candidates, open documents first, a cache per disk change. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { cachingHost, folderOf, readFolderFiles, readRelatedFiles } from '../../../server/src/host/related-files';

function fakeHost(files: Record<string, string>) {
  const reads: string[] = [];
  return {
    reads,
    host: {
      listFiles: (dir: string) =>
        Object.keys(files)
          .filter((p) => p.startsWith(`${dir}/`))
          .map((p) => p.slice(dir.length + 1)),
      readFile: (path: string) => {
        reads.push(path);
        return files[path];
      },
    },
  };
}

describe('related files', () => {
  const files = {
    '/app/svc.json': '{}',
    '/app/task.json': '{"family":"web"}',
    '/app/notes.txt': 'x',
    '/app/bin.json': 'a\u0000b',
    '/other/x.json': '{}',
  };

  it('reads the JSON/YAML files of the folder, not itself, not binaries', () => {
    const { host } = fakeHost(files);
    const got = readRelatedFiles('file:///app/svc.json', host, () => undefined);
    assert.deepEqual(
      got.map((f) => f.uri),
      ['file:///app/task.json'],
    );
  });

  it('prefers the text of an open document', () => {
    const { host } = fakeHost(files);
    const got = readRelatedFiles('file:///app/svc.json', host, (u) => (u === 'file:///app/task.json' ? 'open text' : undefined));
    assert.equal(got[0].text, 'open text');
  });

  it('only file URIs', () => {
    const { host } = fakeHost(files);
    assert.deepEqual(
      readRelatedFiles('untitled:Untitled-1', host, () => undefined),
      [],
    );
    assert.equal(folderOf('untitled:Untitled-1'), undefined);
    assert.equal(folderOf('file:///app/svc.json'), 'file:///app');
  });

  it('the caching host reads each file once per stamp', () => {
    const { host, reads } = fakeHost(files);
    let stamp = 0;
    const cached = cachingHost(host, () => stamp);
    readRelatedFiles('file:///app/svc.json', cached, () => undefined);
    readRelatedFiles('file:///app/svc.json', cached, () => undefined);
    assert.equal(reads.filter((r) => r === '/app/task.json').length, 1);
    stamp++;
    readRelatedFiles('file:///app/svc.json', cached, () => undefined);
    assert.equal(reads.filter((r) => r === '/app/task.json').length, 2);
  });

  it('one reader for the CLI too (paths): JSON/YAML only, by name, at most 200, binaries skipped, the file itself left out', () => {
    const many: Record<string, string> = { '/d/a.txt': 'x', '/d/bin.yaml': 'a\u0000b', '/d/a-svc.json': '{}' };
    for (let i = 0; i < 250; i++) many[`/d/f${String(i).padStart(3, '0')}.${i % 2 ? 'yml' : 'jsonc'}`] = `{"n":${i}}`;
    const { host } = fakeHost(many);
    const got = readFolderFiles('/d', host, (name) => ({ uri: `/d/${name}`, path: `/d/${name}` }), { except: '/d/a-svc.json' });
    // 252 candidates sorted by name: a-svc.json (the file itself), bin.yaml (binary) and f000 … f197 fill the 200.
    assert.equal(got.length, 198);
    assert.equal(got[0].uri, '/d/f000.jsonc');
    assert.equal(got[197].uri, '/d/f197.yml');
    assert.equal(got[5].text, '{"n":5}');
  });
});
