/** Bad input gets a clear per-file answer, never a crash, a hang or a lost result for the other files. */
import { describe, it } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_MESSAGE, MAX_PER_RULE, cap, type CliDiagnostic } from '../../server/src/cli/report';
import { BAD, MISMATCH, cli, runIn, tempDir } from './helpers';

/** A task definition whose dockerLabels value nests `depth` objects. */
const deepTask = (depth: number) =>
  `{"family":"x","containerDefinitions":[{"name":"a","image":"b","memory":512,"dockerLabels":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}]}`;

describe('one bad file never hides the others', () => {
  it('a 3,000-deep nested task definition next to a bad one: the bad one is still reported', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-deep.json'), deepTask(3000));
    writeFileSync(join(dir, 'b-bad.json'), BAD);
    for (const format of ['text', 'json']) {
      const r = cli(['lint', '--format', format, dir]);
      assert.ok(r.stdout.includes(MISMATCH), `${format}: ${r.stdout}\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, /internal error: RangeError|at .*\.js:\d+/, 'no stack trace');
      if (/a-deep\.json/.test(r.stderr)) {
        // The core could not handle the depth: a clear per-file error, exit 2.
        assert.match(
          r.stderr,
          /a-deep\.json: could not be checked: internal error \(RangeError: Maximum call stack size exceeded\); the other files were checked/,
        );
        assert.equal(r.code, 2);
      } else {
        assert.equal(r.code, 1);
      }
    }
  });

  it("an exception inside one file becomes that file's error (exit 2); every other file is printed", () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), BAD);
    writeFileSync(join(dir, 'b.json'), BAD);
    const boom = (name: string) => {
      if (name.endsWith('a.json')) throw new TypeError('boom');
    };
    const text = runIn(['lint', 'a.json', 'b.json'], { cwd: dir, beforeCheck: boom });
    assert.equal(text.code, 2);
    assert.equal(
      text.stdout,
      `b.json:10:46  error  ${MISMATCH}  [host-port-mismatch]\n1 problem (1 error, 0 warnings, 0 infos, 0 hints) in 1 task definition file; 1 file could not be checked or fixed\n`,
    );
    assert.equal(
      text.stderr,
      'ecs-taskdef: a.json: could not be checked: internal error (TypeError: boom); the other files were checked\n',
    );
    const json = JSON.parse(runIn(['lint', '--format', 'json', 'a.json', 'b.json'], { cwd: dir, beforeCheck: boom }).stdout);
    assert.deepEqual(json[0], {
      file: 'a.json',
      diagnostics: [],
      error: 'could not be checked: internal error (TypeError: boom); the other files were checked',
    });
    assert.equal(json[1].diagnostics[0].code, 'host-port-mismatch');
  });
});

describe('size limits (4 MiB, as the language server)', () => {
  it('an explicit file over 4 MiB: error, exit 2, other files still checked', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.json'), `[${' '.repeat(14 * 1024 * 1024)}]`);
    writeFileSync(join(dir, 'bad.json'), BAD);
    const r = cli(['lint', 'huge.json', 'bad.json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^ecs-taskdef: huge\.json: larger than 4 MiB \(14\.0 MiB\); skipped$/m);
    assert.ok(r.stdout.includes(`bad.json:10:46  error  ${MISMATCH}`));
  });

  it('found by a directory walk: a note, not an error (a 20 MB one-line file is never read)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.json'), `{"family":"${'x'.repeat(20 * 1024 * 1024)}"}`);
    writeFileSync(join(dir, 'bad.json'), BAD);
    const r = cli(['lint', '.'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^ecs-taskdef: note: big\.json: larger than 4 MiB \(20\.0 MiB\); skipped$/m);
    assert.ok(r.stdout.includes(`bad.json:10:46  error  ${MISMATCH}`));
  });

  it('standard input over 4 MiB: error, exit 2', () => {
    const r = cli(['lint', '-'], { input: ' '.repeat(5 * 1024 * 1024) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /<stdin>: larger than 4 MiB/);
  });
});

describe('files that are not regular files', () => {
  it('a FIFO or a device given by name: skipped with a message, no hang; in a walk: ignored', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.json')]);
    writeFileSync(join(dir, 'bad.json'), BAD);
    const r = cli(['lint', 'pipe.json', '/dev/zero', 'bad.json'], { cwd: dir, timeout: 30_000 });
    assert.equal(r.code, 2, `exit ${r.code} (null: it hung)`);
    assert.match(r.stderr, /^ecs-taskdef: pipe\.json: not a regular file \(a named pipe\); skipped$/m);
    assert.match(r.stderr, /^ecs-taskdef: \/dev\/zero: not a regular file \(a device\); skipped$/m);
    assert.ok(r.stdout.includes(`bad.json:10:46`));
    const walk = cli(['lint', '.'], { cwd: dir, timeout: 30_000 });
    assert.equal(walk.code, 1);
    assert.doesNotMatch(walk.stderr, /pipe/);
  });

  it('a binary file given by name is "not a text file"', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.json'), Buffer.from([0x7b, 0, 0, 0x7d]));
    const r = cli(['lint', 'x.json'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /x\.json: not a text file/);
  });
});

describe('output stays bounded', () => {
  const diag = (code: string, line: number): CliDiagnostic => ({
    code,
    severity: 'error',
    message: `m${line}`,
    range: { start: { line, character: 0 }, end: { line, character: 1 } },
    fixes: [],
  });

  it('at most 100 problems per rule and file, then one line with the count left out', () => {
    const many = [...Array.from({ length: 250 }, (_, i) => diag('unknown-property', i)), diag('invalid-type', 300)];
    const kept = cap(many);
    assert.equal(kept.filter((d) => d.code === 'unknown-property').length, MAX_PER_RULE + 1);
    const summary = kept.find((d) => d.message.includes('more'))!;
    assert.equal(summary.message, '150 more unknown-property problems in this file not listed (the first is here).');
    assert.deepEqual(summary.range.start, { line: 100, character: 0 });
    assert.ok(kept.some((d) => d.code === 'invalid-type'));
  });

  it('a message quoting a huge key is shortened', () => {
    const d = diag('unknown-property', 1);
    d.message = `Unknown property "${'k'.repeat(100_000)}"`;
    const [kept] = cap([d]);
    assert.equal(kept.message.length, MAX_MESSAGE + '… (shortened)'.length);
    assert.ok(kept.message.endsWith('kkk… (shortened)'));
  });

  it('the CLI caps a file with 2,000 unknown keys', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'd'));
    const keys = Array.from({ length: 2000 }, (_, i) => `"unknownKey${i}": 1`).join(', ');
    writeFileSync(join(dir, 'd', 'many.json'), `{"family":"x","containerDefinitions":[{"name":"a","image":"b","memory":512, ${keys}}]}`);
    const r = cli(['lint', '--format', 'json', join(dir, 'd', 'many.json')]);
    const diags = JSON.parse(r.stdout)[0].diagnostics.filter((d: { code: string }) => d.code === 'unknown-property');
    assert.ok(diags.length > 1 && diags.length <= MAX_PER_RULE + 1, String(diags.length));
    assert.match(diags.at(-1).message, /\d+ more/);
  });
});
