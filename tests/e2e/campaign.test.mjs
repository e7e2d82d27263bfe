// The seed campaign in a real browser, each step as the role that does it.
// Part 1, the plan: the leader finds the running seed campaign and its plan;
// the secretariat copies it as a new draft and edits it in the form; the
// leader approves; the secretariat publishes it, which takes the next number
// of the agency's register; anyone reads it, and downloads its PDF, on the
// public pages without logging in. PDFs are checked by reading their text
// back with pdftotext.
//
// One server (SQLite, demo loaded) serves the whole file; the tests run in
// order and share state. Screenshots go to tests/e2e/artifacts/campaign-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { artifactsDir, launchBrowser, newPage, screenshotOnFailure, startServer } from './harness.mjs';

const PASSWORD = 'ThiDua@2023';
const SEED_TITLE = 'Phát động đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành lập Sở Tài nguyên và Môi trường tỉnh Bắc Giang';
const NEW_TITLE = 'Phát động phong trào thi đua chuyên đề “Chuyển đổi số trong quản lý tài nguyên” năm 2027';

let server;
let browser;
const pages = {}; // username → logged-in page
const shared = {};

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  for (const p of Object.values(pages)) await p.context().close();
  await browser?.close();
  await server?.stop();
});

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `campaign-${name}.png`), fullPage: true });
}

async function step(page, name, fn) {
  try {
    await fn();
  } catch (err) {
    await screenshotOnFailure(page, `campaign-${name}-that-bai`);
    throw err;
  }
}

/** A page logged in as `username` through the login form (one per user, reused). */
async function as(username) {
  if (pages[username]) return pages[username];
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/dang-nhap`);
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL(`${server.baseUrl}/`), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
  pages[username] = page;
  return page;
}

/** Every visible form control of the page has at least one associated <label>. */
async function assertLabelled(page) {
  const unlabelled = await page.$$eval('input:not([type=hidden]), select, textarea', (els) =>
    els.filter((el) => !el.labels || el.labels.length === 0).map((el) => el.outerHTML.slice(0, 120)));
  assert.deepEqual(unlabelled, [], `controls without a label on ${page.url()}`);
}

/** Downloads `url` with the page's cookies and returns the text pdftotext reads from it. */
async function pdfText(page, url, name) {
  const res = await page.request.get(url);
  assert.equal(res.status(), 200, `${url} answers ${res.status()}`);
  assert.equal(res.headers()['content-type'], 'application/pdf');
  const file = path.join(artifactsDir, `campaign-${name}.pdf`);
  writeFileSync(file, await res.body());
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

test('1. lãnh đạo mở đợt thi đua đang diễn ra và toàn văn kế hoạch', async () => {
  const page = await as('lanhdao');
  await step(page, '01-ke-hoach', async () => {
    await Promise.all([page.waitForURL(`${server.baseUrl}/dot-thi-dua`),
                       page.locator('nav[aria-label="Chức năng chính"]').getByRole('link', { name: 'Thi đua', exact: true }).click()]);
    const link = page.getByRole('link', { name: new RegExp(SEED_TITLE.slice(0, 60)) });
    await Promise.all([page.waitForURL(/\/dot-thi-dua\/\d+$/), link.first().click()]);
    shared.seedPath = new URL(page.url()).pathname;
    const main = await page.locator('main').innerText();
    assert.match(main, /Đang diễn ra/);
    assert.match(main, /Giám đốc Sở tặng giấy khen/i);
    assert.match(main, /Nơi nhận:/);
    assert.equal(await page.getByRole('button', { name: 'Kết thúc đợt thi đua' }).count(), 1,
      'the leader may close the running campaign once its period is over');
    const text = await pdfText(page, `${server.baseUrl}${shared.seedPath}/ke-hoach.pdf`, 'seed');
    assert.match(text, /KẾ HOẠCH/);
    assert.match(text, /Số: \/KH-STNMT/, 'the seed keeps its blank number, as issued');
    assert.match(text, /Bùi Quang Huy/);
    await shot(page, '01-ke-hoach-seed');
  });
});

test('2. thường trực sao chép kế hoạch thành dự thảo mới và sửa trên biểu mẫu', async () => {
  const page = await as('thuongtruc');
  await step(page, '02-du-thao', async () => {
    await page.goto(`${server.baseUrl}${shared.seedPath}`);
    await Promise.all([page.waitForURL(/\/dot-thi-dua\/\d+\/sua/),
                       page.getByRole('button', { name: 'Sao chép thành dự thảo mới' }).click()]);
    await assertLabelled(page);
    await page.fill('#title', NEW_TITLE);
    await page.fill('input[name="period_end"]', '2027-09-30');
    await page.fill('input[name="registration_deadline"]', '2027-03-31');
    await page.fill('input[name="nomination_deadline"]', '2027-10-15');
    await shot(page, '02a-bieu-mau');
    await Promise.all([page.waitForURL(/\/dot-thi-dua\/\d+\?thong-bao=da-luu$/),
                       page.getByRole('button', { name: 'Lưu dự thảo' }).click()]);
    shared.draftPath = new URL(page.url()).pathname;
    const main = await page.locator('main').innerText();
    assert.match(main, /Dự thảo/);
    assert.match(main, /Hạn đăng ký thi đua\s*31\/03\/2027/);
    assert.equal(await page.getByRole('button', { name: 'Duyệt kế hoạch' }).count(), 0,
      'the secretariat does not approve plans');
    await shot(page, '02b-du-thao');
  });
});

test('3. lãnh đạo duyệt; thường trực ban hành và kế hoạch nhận số tiếp theo của sổ', async () => {
  const leader = await as('lanhdao');
  await step(leader, '03-duyet', async () => {
    await leader.goto(`${server.baseUrl}${shared.draftPath}`);
    await Promise.all([leader.waitForURL(/thong-bao=da-chuyen/),
                       leader.getByRole('button', { name: 'Duyệt kế hoạch' }).click()]);
    assert.match(await leader.locator('main').innerText(), /Đã duyệt/);
  });
  const secretariat = await as('thuongtruc');
  await step(secretariat, '03-ban-hanh', async () => {
    await secretariat.goto(`${server.baseUrl}${shared.draftPath}`);
    await Promise.all([secretariat.waitForURL(/thong-bao=da-chuyen/),
                       secretariat.getByRole('button', { name: 'Ban hành kế hoạch (cấp số)' }).click()]);
    const main = await secretariat.locator('main').innerText();
    assert.match(main, /Đã ban hành/);
    const number = main.match(/(\d{2,})\/KH-STNMT/);
    assert.ok(number, `a register number is shown: ${main.slice(0, 400)}`);
    shared.number = number[1];
    await shot(secretariat, '03-ban-hanh');
  });
});

test('4. trang công khai: không cần đăng nhập, có toàn văn và PDF có số', async () => {
  const page = await newPage(browser);
  try {
    await step(page, '04-cong-khai', async () => {
      await page.goto(`${server.baseUrl}/cong-khai/`);
      const list = await page.locator('main').innerText();
      assert.match(list, new RegExp(SEED_TITLE.slice(0, 40)));
      assert.match(list, /Chuyển đổi số trong quản lý tài nguyên/);
      await Promise.all([page.waitForURL(/\/cong-khai\/ke-hoach\/\d+$/),
                         page.getByRole('link', { name: /Chuyển đổi số/ }).click()]);
      const main = await page.locator('main').innerText();
      assert.match(main, new RegExp(`Số: ${shared.number}/KH-STNMT`));
      assert.equal(await page.getByRole('button', { name: 'Đăng xuất' }).count(), 0);
      const id = new URL(page.url()).pathname.split('/').pop();
      const text = await pdfText(page, `${server.baseUrl}/cong-khai/ke-hoach/${id}/ke-hoach.pdf`, 'cong-khai');
      assert.match(text, new RegExp(`Số: ${shared.number}/KH-STNMT`));
      assert.match(text, /Chuyển đổi số trong quản lý tài nguyên/);
      assert.match(text, /Nơi nhận:/);
      await shot(page, '04-cong-khai');
    });
  } finally {
    await page.context().close();
  }
});
