/** --fix never loses data: atomic replace, mode/owner kept, no write over a concurrent edit, bytes kept. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { chmodSync, chownSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BAD, BIN, GOOD, MISMATCH, cli, runIn, tempDir } from './helpers';

describe('--fix writes safely', () => {
  it('replaces the file atomically (a new inode, no temp file left), keeping its mode', () => {
    const dir = tempDir();
    const file = join(dir, 'task.json');
    writeFileSync(file, BAD);
    chmodSync(file, 0o640);
    const before = statSync(file);
    const r = cli(['lint', '--fix', 'task.json'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '0 problems (0 errors, 0 warnings, 0 infos, 0 hints) in 1 task definition file; 1 fix applied\n');
    assert.equal(readFileSync(file, 'utf8'), GOOD);
    const after = statSync(file);
    assert.notEqual(after.ino, before.ino, 'renamed into place, not rewritten in place');
    assert.equal(after.mode & 0o7777, 0o640);
    assert.deepEqual(readdirSync(dir), ['task.json']);
  });

  it('keeps the owner when running as root', (t) => {
    if (process.getuid?.() !== 0) return t.diagnostic('not root: chown is not possible here');
    const dir = tempDir();
    const file = join(dir, 'task.json');
    writeFileSync(file, BAD);
    chownSync(file, 12345, 23456);
    assert.equal(cli(['lint', '--fix', file]).code, 0);
    const st = statSync(file);
    assert.equal(readFileSync(file, 'utf8'), GOOD);
    assert.deepEqual([st.uid, st.gid], [12345, 23456]);
  });

  it('as another user: a file owned by someone else is written in place, keeping its owner', (t) => {
    if (process.getuid?.() !== 0) return t.diagnostic('needs root to run the CLI as another user');
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const file = join(dir, 'task.json');
    writeFileSync(file, BAD);
    chownSync(file, 23456, 23456);
    chmodSync(file, 0o666);
    const r = spawnSync(process.execPath, [BIN, 'lint', '--fix', file], { uid: 12345, gid: 12345, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(file, 'utf8'), GOOD);
    assert.equal(statSync(file).uid, 23456);
    assert.deepEqual(readdirSync(dir), ['task.json']);
    // A read-only file is left alone, even though renaming over it would be allowed in this folder.
    writeFileSync(file, BAD);
    chmodSync(file, 0o444);
    chownSync(file, 12345, 12345);
    const readOnly = spawnSync(process.execPath, [BIN, 'lint', '--fix', file], { uid: 12345, gid: 12345, encoding: 'utf8' });
    assert.equal(readOnly.status, 2);
    assert.equal(readOnly.stderr, `ecs-taskdef: ${file}: fixes not written: permission denied\n`);
    assert.equal(readFileSync(file, 'utf8'), BAD);
  });

  it('in a folder where it may not create files, a writable file is still fixed (in place)', (t) => {
    if (process.getuid?.() !== 0) return t.diagnostic('needs root to run the CLI as another user');
    const dir = tempDir();
    chmodSync(dir, 0o755);
    const file = join(dir, 'task.json');
    writeFileSync(file, BAD);
    chownSync(file, 12345, 12345);
    const r = spawnSync(process.execPath, [BIN, 'lint', '--fix', file], { uid: 12345, gid: 12345, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(readFileSync(file, 'utf8'), GOOD);
    chmodSync(file, 0o444);
    writeFileSync(file, BAD);
    const denied = spawnSync(process.execPath, [BIN, 'lint', '--fix', file], { uid: 12345, gid: 12345, encoding: 'utf8' });
    assert.equal(denied.status, 2);
    assert.equal(denied.stderr, `ecs-taskdef: ${file}: fixes not written: permission denied\n`);
    assert.match(denied.stdout, /\[host-port-mismatch\]/);
    assert.doesNotMatch(denied.stdout, /fix applied/);
  });

  it('through a symbolic link: the target is fixed, the link stays a link', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.json'), BAD);
    symlinkSync('real.json', join(dir, 'link.json'));
    assert.equal(cli(['lint', '--fix', 'link.json'], { cwd: dir }).code, 0);
    assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink());
    assert.equal(readFileSync(join(dir, 'real.json'), 'utf8'), GOOD);
  });

  it('refuses to write when the file changed after it was read, and says so', () => {
    const dir = tempDir();
    const file = join(dir, 'task.json');
    writeFileSync(file, BAD);
    const edited = BAD.replace('"web"', '"web2"');
    // The user saves the file in an editor while the CLI is checking it.
    const r = runIn(['lint', '--fix', 'task.json'], { cwd: dir, beforeCheck: () => writeFileSync(file, edited) });
    assert.equal(readFileSync(file, 'utf8'), edited, 'the concurrent edit survives');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ecs-taskdef: task.json: changed on disk while it was being checked; fixes not written (run again)\n');
    assert.ok(r.stdout.includes(`task.json:10:46  error  ${MISMATCH}  [host-port-mismatch]`), 'the problem is still reported');
    assert.doesNotMatch(r.stdout, /fix applied/);
    assert.match(r.stdout, /^1 problem \(1 error, .*; 1 file could not be checked or fixed$/m);
    const json = JSON.parse(
      runIn(['lint', '--fix', '--format', 'json', 'task.json'], { cwd: dir, beforeCheck: () => writeFileSync(file, `${edited} `) }).stdout,
    );
    assert.equal(json[0].diagnostics[0].code, 'host-port-mismatch', 'JSON keeps the diagnostics');
    assert.equal(json[0].error, 'changed on disk while it was being checked; fixes not written (run again)');
  });
});

describe('--fix keeps every byte outside its edits', () => {
  it('invalid UTF-8 before and after the edit is kept byte for byte', () => {
    const dir = tempDir();
    const file = join(dir, 'task.json');
    const bytes = (s: string) => Buffer.from(s, 'latin1');
    // \xff and \xfe are never valid UTF-8; "caf\xe9" is Latin-1 text.
    const original = bytes(
      BAD.replace('"nginx"', '"ngi\xffnx"').replace('"family": "web"', '"family": "web", "tags": [{"key": "caf\xe9", "value": "\xfe"}]'),
    );
    writeFileSync(file, original);
    const r = cli(['lint', '--fix', 'task.json'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const expected = Buffer.from(original.toString('latin1').replace(', "hostPort": 80', ''), 'latin1');
    assert.deepEqual(readFileSync(file), expected);
  });

  it('refuses, with a clear message, a fix that would remove invalid bytes', () => {
    const dir = tempDir();
    const file = join(dir, 'task.json');
    // Unwrapping describe output and dropping its read-only "status" would delete the \xff.
    const original = Buffer.from(
      '{"taskDefinition": {"family": "web", "status": "ACT\xffIVE", "containerDefinitions": [{"name": "a", "image": "b", "memory": 512}]}}',
      'latin1',
    );
    writeFileSync(file, original);
    const r = cli(['lint', '--fix', 'task.json'], { cwd: dir });
    assert.deepEqual(readFileSync(file), original);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      'ecs-taskdef: task.json: not valid UTF-8 where the fix would edit it; fixes not written (fix the encoding, then run again)\n',
    );
    assert.match(r.stdout, /\[read-only-property\]/);
    assert.doesNotMatch(r.stdout, /fix applied/);
  });

  it('a UTF-8 byte order mark and CRLF line ends are kept', () => {
    const dir = tempDir();
    const file = join(dir, 'task.json');
    const crlf = BAD.replace(/\n/g, '\r\n');
    writeFileSync(file, `\ufeff${crlf}`);
    const r = cli(['lint', '--fix', 'task.json'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(readFileSync(file), Buffer.from(`\ufeff${GOOD.replace(/\n/g, '\r\n')}`, 'utf8'));
  });

  it('standard input: the fixed text goes to stdout, the report to stderr', () => {
    const r = cli(['lint', '--fix', '--stdin-filename', 'task.json', '-'], { input: BAD });
    assert.equal(r.stdout, GOOD);
    assert.equal(r.stderr, '0 problems (0 errors, 0 warnings, 0 infos, 0 hints) in 1 task definition file; 1 fix applied\n');
    assert.equal(r.code, 0);
    const clean = cli(['lint', '--fix', '-'], { input: '{"name": "not a task"}' });
    assert.equal(clean.stdout, '{"name": "not a task"}', 'nothing to fix: the input comes back unchanged');
  });

  it('standard input: when the check fails, the input still comes back unchanged (exit 2)', () => {
    const chunks: Buffer[] = [];
    const r = runIn(['lint', '--fix', '-'], {
      readStdin: () => ({ ok: true, bytes: Buffer.from(BAD), stat: undefined }),
      outBytes: (b) => chunks.push(b),
      beforeCheck: () => {
        throw new Error('boom');
      },
    });
    assert.equal(Buffer.concat(chunks).toString('utf8'), BAD);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /<stdin>: could not be checked: internal error \(Error: boom\)/);
    const plain = runIn(['lint', '-'], {
      readStdin: () => ({ ok: true, bytes: Buffer.from(BAD), stat: undefined }),
      outBytes: (b) => chunks.push(b),
      beforeCheck: () => {
        throw new Error('boom');
      },
    });
    assert.equal(plain.code, 2);
    assert.equal(chunks.length, 1, 'without --fix the input is not echoed');
  });
});
