// The award register's past in a real browser (issue 11 #1): the secretariat
// (thuongtruc) opens the award history, imports earlier years' awards from a
// workbook (a file with a duplicate row is refused with the row named, the
// corrected file is written), finds them by authority and source, and sees
// them on the person's page; the history page is checked at phone width.
// One server (SQLite, demo loaded); screenshots in tests/e2e/artifacts/register-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { artifactsDir, atPhoneWidth, launchBrowser, newPage, screenshotOnFailure, startServer } from './harness.mjs';
import { xlsxBytes } from './xlsx.mjs';

const PASSWORD = 'ThiDua@2023';
const HEADINGS = ['Đối tượng', 'Mã người', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Hình thức khen thưởng',
  'Năm thành tích', 'Số quyết định', 'Ngày quyết định', 'Cấp khen', 'Cấp', 'Đợt thi đua'];
const AN = ['Cá nhân', '', 'Nguyễn Văn An', '15/04/1992', '', 'Lao động tiên tiến', '2021', '45/QĐ-STNMT',
  '20/12/2021', 'Giám đốc Sở Tài nguyên và Môi trường', 'Cơ sở', 'Hằng năm'];
const LUC_NAM = ['Tập thể', '', '', '', 'PTNMT-LN', 'Tập thể lao động tiên tiến', '2022', '52/QĐ-STNMT',
  '22/12/2022', 'Giám đốc Sở Tài nguyên và Môi trường', 'Cơ sở', 'Hằng năm'];

let server;
let browser;
let page;

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  server = await startServer({ demoArgs: ['--no-history'] });  // the register's past comes from this test's file
  browser = await launchBrowser();
  page = await newPage(browser);
});

after(async () => {
  await page?.context().close();
  await browser?.close();
  await server?.stop();
});

async function shot(name) {
  await page.screenshot({ path: path.join(artifactsDir, `register-${name}.png`), fullPage: true });
}

async function step(name, fn) {
  try {
    await fn();
  } catch (err) {
    await screenshotOnFailure(page, `register-${name}-that-bai`);
    throw err;
  }
}

async function tableRows(table) {
  return table.evaluate((t) => {
    const headings = [...t.querySelectorAll('thead th')].map((th) => th.innerText.trim());
    return [...t.querySelectorAll('tbody tr')].map((tr) =>
      Object.fromEntries([...tr.cells].map((td, i) => [headings[i], td.innerText.trim()])));
  });
}

async function upload(name, rows) {
  await page.setInputFiles('#file', {
    name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxBytes([HEADINGS, ...rows]),
  });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await page.getByRole('heading', { name: `Xem trước: ${name}`, exact: true }).waitFor();
}

test('1. thuongtruc nhập sổ khen thưởng các năm trước: dòng trùng bị chặn, tệp đúng được ghi', async () => {
  await step('01-nhap', async () => {
    await page.goto(`${server.baseUrl}/dang-nhap`);
    await page.fill('#username', 'thuongtruc');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${server.baseUrl}/`), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
    await page.goto(`${server.baseUrl}/khen-thuong`);
    await Promise.all([page.waitForURL(`${server.baseUrl}/khen-thuong/nhap`),
      page.getByRole('link', { name: 'Nhập sổ khen thưởng các năm trước' }).click()]);
    assert.equal((await page.locator('main h1').innerText()).trim(), 'Nhập sổ khen thưởng các năm trước');

    // The same award twice in one file: the second row is named, nothing can be confirmed.
    await upload('so-trung.xlsx', [AN, LUC_NAM, AN]);
    assert.deepEqual(await tableRows(page.locator('table.issues')), [
      { 'Dòng': '4', 'Cột': 'Hình thức khen thưởng',
        'Lỗi': 'Trùng với dòng 2 của tệp (cùng người hoặc tập thể, hình thức, năm và quyết định).' },
    ]);
    assert.equal(await page.getByRole('button', { name: /Xác nhận/ }).count(), 0);
    await shot('01a-dong-trung');

    await Promise.all([page.waitForURL(`${server.baseUrl}/khen-thuong/nhap`),
      page.getByRole('link', { name: 'Tải tệp khác' }).click()]);
    await upload('so-khen-thuong.xlsx', [AN, LUC_NAM]);
    const rows = await tableRows(page.locator('table.list'));
    assert.deepEqual(rows.map((r) => r['Người / tập thể']),
      ['Nguyễn Văn An', 'Phòng Tài nguyên và Môi trường huyện Lục Nam']);
    assert.deepEqual(rows.map((r) => r['Trạng thái']), ['Hợp lệ', 'Hợp lệ']);
    await shot('01b-xem-truoc');
    await Promise.all([page.waitForURL(/\/khen-thuong\/nhap\?da-nhap=2$/),
      page.getByRole('button', { name: 'Xác nhận nhập 2 khen thưởng' }).click()]);
    assert.match(await page.getByRole('status').innerText(), /Đã nhập 2 khen thưởng\./);
  });
});

test('2. tìm theo cấp khen và nguồn; lịch sử hiện trên trang của người; màn hình điện thoại', async () => {
  await step('02-tim', async () => {
    await page.goto(`${server.baseUrl}/khen-thuong`);
    await page.fill('#cap-khen', 'giam doc so');
    await page.selectOption('#nguon', 'nhap');
    await Promise.all([page.waitForURL(/cap-khen=/), page.getByRole('button', { name: 'Tìm' }).click()]);
    assert.match(await page.locator('main').innerText(), /2 kết quả\./);
    const rows = await tableRows(page.locator('table.list'));
    assert.deepEqual(rows.map((r) => r['Năm']), ['2022', '2021'], 'newest decision first');
    assert.match(rows[1]['Hình thức'], /Lao động tiên tiến\s+Hằng năm/);
    await shot('02a-tim-kiem');

    await Promise.all([page.waitForURL(/\/nhan-su\/\d+$/), page.getByRole('link', { name: 'Nguyễn Văn An' }).click()]);
    assert.match(await page.locator('main').innerText(), /Lao động tiên tiến/);
    assert.match(await page.locator('main').innerText(), /45\/QĐ-STNMT/);

    const overflow = await atPhoneWidth(page, async () => {
      await page.goto(`${server.baseUrl}/khen-thuong?nguon=nhap`);
      await shot('02b-dien-thoai');
    });
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at phone width`);
  });
});
