// `thidua import awards` as an operator runs it on a bulk file: the real
// binary on a real SQLite database. The shell's one pass checks and writes
// together: a good file is written whole; a file with one bad row lists the
// problem and writes nothing (its good rows can be imported afterwards); a
// dry run writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { thiduaBin } from './harness.mjs';
import { xlsxBytes } from './xlsx.mjs';

const run = promisify(execFile);

async function thidua(args) {
  try {
    const { stdout, stderr } = await run(thiduaBin(), args, { timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    return { code: err.code, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

const HEAD = ['subject', 'unit_code', 'award_name', 'year', 'decision_number_symbol', 'decision_date', 'granted_by', 'level', 'occasion'];
const row = (unit, year) => ['Tập thể', unit, 'Tập thể lao động tiên tiến', String(year), `${year % 100}/QĐ-STNMT`,
  `20/12/${year}`, 'Giám đốc Sở Tài nguyên và Môi trường', 'Cơ sở', 'Hằng năm'];

test('import awards: written whole, or nothing with the problems listed; a dry run writes nothing', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-import-'));
  try {
    const db = `sqlite:${path.join(dir, 'thidua.db')}`;
    const demo = await thidua(['demo', '--db', db, '--people', '30', '--no-history']);
    assert.equal(demo.code, 0, demo.stderr);
    const file = (name, rows) => {
      const p = path.join(dir, name);
      writeFileSync(p, xlsxBytes([HEAD, ...rows]));
      return p;
    };
    const imp = (p, ...extra) => thidua(['import', 'awards', '--db', db, '--data-dir', path.join(dir, 'data'), '--file', p, ...extra]);

    const good = await imp(file('good.xlsx', [row('PTNMT-LN', 2019), row('PTNMT-LN', 2020), row('PTNMT-LN', 2021)]));
    assert.equal(good.code, 0, good.stderr + good.stdout);
    assert.match(good.stdout, /3 dòng, 0 lỗi\./);

    // One bad row: the problem named, nothing written (the good row is not there after).
    const bad = await imp(file('bad.xlsx', [row('PTNMT-LN', 2018), row('KHONG-CO', 2018)]));
    assert.equal(bad.code, 1);
    assert.match(bad.stdout, /2 dòng, 1 lỗi\./);
    assert.match(bad.stdout, /Dòng 3, cột "unit_code": .*KHONG-CO/);
    assert.match(bad.stderr, /chưa ghi dòng nào vì tệp còn lỗi/);

    // A dry run of that good row: checked, nothing written.
    const only = file('only.xlsx', [row('PTNMT-LN', 2018)]);
    const dry = await imp(only, '--dry-run');
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /Chạy thử: chưa ghi gì/);
    const real = await imp(only);
    assert.equal(real.code, 0, real.stderr + real.stdout);
    assert.match(real.stdout, /1 dòng, 0 lỗi\./);

    // The same file twice: its rows are duplicates now, nothing added.
    const twice = await imp(only);
    assert.equal(twice.code, 1);
    assert.match(twice.stdout, /1 dòng, 1 lỗi\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
