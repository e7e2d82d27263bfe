// What a newcomer meets first at the shell (issue 13): `thidua <lệnh> --help`
// prints the usage and runs nothing; a command pointed at no database says
// how to make one and leaves nothing behind (no empty data/thidua.db).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { thiduaBin } from './harness.mjs';

const run = promisify(execFile);

async function thidua(args, cwd) {
  const env = { ...process.env };
  delete env.THIDUA_DB;
  try {
    const { stdout, stderr } = await run(thiduaBin(), args, { timeout: 60_000, cwd, env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

test('every command answers --help with the usage and no error', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-help-'));
  try {
    for (const cmd of ['demo', 'serve', 'import', 'export', 'backup', 'migrate']) {
      const r = await thidua([cmd, '--help'], dir);
      assert.equal(r.code, 0, `${cmd}: ${r.stderr}`);
      assert.match(r.stdout, /Cách dùng: thidua <lệnh>/);
      assert.equal(r.stderr, '', `${cmd} --help prints no error`);
      // The usage names every kind the README lists.
      assert.match(r.stdout, /import\s+people\|units\|awards\|evaluations\|initiatives\|discipline\|absences/);
      assert.match(r.stdout, /export\s+people\|units\|users\|audit/);
    }
    assert.deepEqual(readdirSync(dir), [], '--help creates nothing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a command without a database says how to make one and creates nothing', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-nodb-'));
  try {
    for (const args of [['export', 'people', '--out', 'x.xlsx'], ['audit', 'verify'], ['backup', '--out', 'b.db'],
                        ['serve', '--listen', '127.0.0.1:0']]) {
      const r = await thidua(args, dir);
      assert.notEqual(r.code, 0, args.join(' '));
      assert.match(r.stderr, /Không có cơ sở dữ liệu tại data\/thidua\.db/, args.join(' '));
      assert.match(r.stderr, /thidua migrate --db sqlite:data\/thidua\.db/);
    }
    assert.deepEqual(readdirSync(dir), [], 'no empty data/thidua.db left behind');
    // migrate makes it.
    assert.equal((await thidua(['migrate'], dir)).code, 0);
    assert.deepEqual(readdirSync(dir), ['data']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
