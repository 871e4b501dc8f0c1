/** The Node reads next to a document: only small regular files, never a FIFO that would block. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_NEIGHBOUR_FILE, listFolder, readSmallTextFile } from '../../server/src/node/fs-host';

test('reads small regular files only: missing, folders, FIFOs and large files are undefined', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-fs-host-'));
  writeFileSync(join(dir, 'task.json'), '{"family":"x"}');
  writeFileSync(join(dir, 'big.json'), 'x'.repeat(MAX_NEIGHBOUR_FILE + 1));
  if (process.platform !== 'win32') execFileSync('mkfifo', [join(dir, 'pipe.json')]);
  assert.equal(readSmallTextFile(join(dir, 'task.json')), '{"family":"x"}');
  assert.equal(readSmallTextFile(join(dir, 'big.json')), undefined);
  assert.equal(readSmallTextFile(join(dir, 'missing.json')), undefined);
  assert.equal(readSmallTextFile(dir), undefined);
  if (process.platform !== 'win32') assert.equal(readSmallTextFile(join(dir, 'pipe.json')), undefined);
  assert.deepEqual(listFolder(join(dir, 'nowhere')), []);
  assert.ok(listFolder(dir).includes('task.json'));
});
