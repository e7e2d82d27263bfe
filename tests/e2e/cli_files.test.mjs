// `thidua files prune` as an operator runs it: the real binary on a real
// SQLite database and data folder. An old content no row names is removed
// (after a dry run that only counts); a young one stays; bad options are
// refused with exit code 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, utimesSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { thiduaBin } from './harness.mjs';

const run = promisify(execFile);

async function thidua(args) {
  try {
    const { stdout, stderr } = await run(thiduaBin(), args, { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

function stored(dataDir, bytes, ageHours) {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const dir = path.join(dataDir, 'files', sha.slice(0, 2));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, sha.slice(2));
  writeFileSync(file, bytes);
  const when = new Date(Date.now() - ageHours * 3600_000);
  utimesSync(file, when, when);
  return file;
}

test('files prune removes old orphans only, after a dry run that removes nothing', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-prune-'));
  try {
    const db = `sqlite:${path.join(dir, 'thidua.db')}`;
    const dataDir = path.join(dir, 'data');
    assert.equal((await thidua(['migrate', '--db', db])).code, 0);
    const old = stored(dataDir, '%PDF-1.7\n% bỏ dở\n%%EOF\n', 48);
    const young = stored(dataDir, '%PDF-1.7\n% đang lưu\n%%EOF\n', 1);

    const dry = await thidua(['files', 'prune', '--db', db, '--data-dir', dataDir, '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /Đã xem 2 tệp; 1 tệp mồ côi/);
    assert.match(dry.stdout, /chạy thử, chưa xoá tệp nào/);
    assert.ok(existsSync(old) && existsSync(young));

    const real = await thidua(['files', 'prune', '--db', db, '--data-dir', dataDir]);
    assert.equal(real.code, 0, real.stderr);
    assert.match(real.stdout, /đã xoá 1 tệp/);
    assert.ok(!existsSync(old), 'the old orphan is gone');
    assert.ok(existsSync(young), 'a young file may belong to a save in flight');

    const bad = await thidua(['files', 'prune', '--db', db, '--data-dir', dataDir, '--older-than-hours', '0']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--older-than-hours phải là số nguyên/);
    const usage = await thidua(['files', 'dọn']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /thidua files prune/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
