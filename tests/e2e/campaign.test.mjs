// The seed campaign in a real browser, each step as the role that does it.
// 1–4, the plan: the leader finds the running seed campaign and its plan; the
// secretariat copies it as a new draft and edits it in the form; the leader
// approves; the secretariat publishes it, which takes the next number of the
// agency's register; anyone reads it, and its PDF, on the public pages.
// 5–14, the seed campaign's life: a unit's plan, registrations (one typed by
// the person, one imported from XLSX by the unit officer), approval by the
// unit head, progress with evidence, a difficulty and its answer, the
// secretariat's dashboard and reminders, a nomination checked against the
// data, its acceptance, a council session with secret votes from five
// members' own accounts, the minutes, the decision with its register number,
// the certificate, the award on the person's page and the public results.
// PDFs are checked by reading their text back with pdftotext.
//
// One server (SQLite, demo loaded) serves the whole file; the tests run in
// order and share state. Screenshots go to tests/e2e/artifacts/campaign-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { artifactsDir, atPhoneWidth, launchBrowser, newPage, screenshotOnFailure, startServer, thiduaBin } from './harness.mjs';
import { xlsxBytes } from './xlsx.mjs';

const PASSWORD = 'ThiDua@2023';
const SEED_TITLE = 'Phát động đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 20 năm Ngày thành lập Sở Tài nguyên và Môi trường tỉnh Bắc Giang';
const NEW_TITLE = 'Phát động phong trào thi đua chuyên đề “Chuyển đổi số trong quản lý tài nguyên” năm 2027';

let server;
let browser;
const pages = {}; // username → logged-in page
const shared = {};

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  // The seed campaign walked as in 2023 (no activity: the Lục Nam office and
  // its accounts are where the seed plan has them, before the 2025 reorganisation).
  server = await startServer({ demoArgs: ['--no-activity'] });
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
      // On a phone the list fits its width (the table scrolls in its box).
      const overflow = await atPhoneWidth(page, () => shot(page, '04-cong-khai-dien-thoai'));
      assert.ok(overflow <= 1, `the public list is ${overflow}px wider than a phone`);
      await Promise.all([page.waitForURL(/\/cong-khai\/ke-hoach\/\d+$/),
                         page.getByRole('link', { name: /Chuyển đổi số trong quản lý tài nguyên/ }).click()]);
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

/** Selects the option of `select` whose text contains `text`. */
async function choose(page, select, text) {
  const value = await page.$eval(select, (el, t) => {
    const o = [...el.options].find((x) => x.textContent.includes(t));
    return o ? o.value : null;
  }, text);
  assert.ok(value !== null, `no option “${text}” in ${select}`);
  await page.selectOption(select, value);
}

/** Clicks the button named `name` and waits for the navigation it causes. */
async function press(page, name, urlPattern = /.*/) {
  await Promise.all([page.waitForNavigation({ url: urlPattern }), page.getByRole('button', { name, exact: true }).click()]);
}

const AN = 'Nguyễn Văn An';
const TAM = 'Hoàng Thị Thanh Tâm';
const LUC_NAM = 'Phòng Tài nguyên và Môi trường huyện Lục Nam';
const seed = (rest = '') => `${server.baseUrl}${shared.seedPath}${rest}`;

test('5. cán bộ đơn vị nộp kế hoạch triển khai kèm tệp', async () => {
  const page = await as('canbo');
  await step(page, '05-ke-hoach-don-vi', async () => {
    await page.goto(seed(''));
    await Promise.all([page.waitForURL(/ke-hoach-don-vi/), page.getByRole('link', { name: /Kế hoạch của đơn vị/ }).click()]);
    await assertLabelled(page);
    const form = page.locator('form[enctype="multipart/form-data"]').first();
    await form.locator('textarea[name="body"]').fill('Phòng TNMT Lục Nam triển khai kế hoạch thi đua tới toàn thể công chức.');
    await form.locator('input[type="file"]').setInputFiles({
      name: 'ke-hoach-luc-nam.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await Promise.all([page.waitForNavigation(), form.getByRole('button', { name: 'Nộp kế hoạch' }).click()]);
    const main = await page.locator('main').innerText();
    assert.match(main, /ke-hoach-luc-nam\.pdf/);
    await shot(page, '05-ke-hoach-don-vi');
  });
});

test('6. công chức tự đăng ký thi đua; cán bộ đơn vị nhập một người từ Excel', async () => {
  const an = await as('nhanvien');
  await step(an, '06a-tu-dang-ky', async () => {
    await an.goto(seed('/dang-ky/moi?loai=ca-nhan'));
    await assertLabelled(an);
    await choose(an, '#person_id', AN);
    await an.fill('#target_text_1', 'Hoàn thành 100% hồ sơ được giao đúng hạn');
    await an.fill('#signature_task', 'Chủ trì số hóa hồ sơ địa chính xã Bảo Đài');
    await an.fill('#init_title_1', 'Quy trình quét và đặt tên hồ sơ địa chính');
    await an.fill('#init_effect_1', 'Rút ngắn 30% thời gian tra cứu');
    await press(an, 'Lưu', /\/dang-ky\/\d+/);
    shared.anRegistration = new URL(an.url()).pathname;
    await press(an, 'Gửi thủ trưởng đơn vị duyệt', /\/dang-ky\/\d+/);
    assert.match(await an.locator('main').innerText(), /Chờ duyệt|Đã gửi/);
    await shot(an, '06a-dang-ky-ca-nhan');
  });
  const canbo = await as('canbo');
  await step(canbo, '06b-nhap-excel', async () => {
    await canbo.goto(seed('/dang-ky/nhap'));
    const tpl = await canbo.request.get(seed('/dang-ky/mau.xlsx'));
    assert.equal(tpl.status(), 200, 'the template downloads');
    await canbo.setInputFiles('#file', {
      name: 'dang-ky-luc-nam.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsxBytes([
        ['Mã người', 'Họ và tên', 'Ngày sinh', 'Chỉ tiêu', 'Nhiệm vụ tiêu biểu', 'Tên sáng kiến', 'Nội dung sáng kiến', 'Hiệu quả dự kiến'],
        ['', TAM, '01/12/1988', '[1] Tổng hợp báo cáo thi đua đúng hạn\n[2] Tập huấn cho 100% công chức', 'Số hóa hồ sơ thi đua của phòng', '', '', ''],
      ]),
    });
    await canbo.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await canbo.getByRole('heading', { name: 'Xem trước: dang-ky-luc-nam.xlsx' }).waitFor();
    await press(canbo, /Xác nhận nhập 1/);
    await canbo.goto(seed('/dang-ky'));
    const list = await canbo.locator('main').innerText();
    assert.match(list, new RegExp(TAM));
    assert.match(list, new RegExp(AN));
    await shot(canbo, '06b-danh-sach-dang-ky');
  });
});

test('7. thủ trưởng đơn vị duyệt các đăng ký', async () => {
  const head = await as('thutruong');
  await step(head, '07-duyet', async () => {
    await head.goto(`${server.baseUrl}${shared.anRegistration}`);
    await press(head, 'Duyệt', /\/dang-ky\/\d+/);
    assert.match(await head.locator('main').innerText(), /Đã duyệt/);
    await head.goto(seed('/dang-ky'));
    await Promise.all([head.waitForURL(/\/dang-ky\/\d+/), head.getByRole('link', { name: new RegExp(TAM) }).first().click()]);
    await press(head, 'Duyệt', /\/dang-ky\/\d+/);
    assert.match(await head.locator('main').innerText(), /Đã duyệt/);
    await shot(head, '07-da-duyet');
  });
});

test('8. công chức báo cáo tiến độ kèm minh chứng', async () => {
  const an = await as('nhanvien');
  await step(an, '08-tien-do', async () => {
    await an.goto(`${server.baseUrl}${shared.anRegistration}`);
    await Promise.all([an.waitForURL(/tien-do\/chi-tieu\/\d+/), an.locator('a[href*="/tien-do/chi-tieu/"]').first().click()]);
    await assertLabelled(an);
    await choose(an, '#status', 'Đang');
    await an.fill('#percent', '60');
    await an.fill('#note', 'Đã hoàn thành 60 trên 100 hồ sơ.');
    await an.setInputFiles('#files', {
      name: 'minh-chung.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await press(an, 'Gửi báo cáo');
    const main = await an.locator('main').innerText();
    assert.match(main, /60\s*%/);
    assert.match(main, /minh-chung\.pdf/);
    shared.evidenceHref = await an.locator('a[href*="/minh-chung/"]').first().getAttribute('href');
    await shot(an, '08-tien-do');
  });
});

// Cluster run only (THIDUA_E2E_CLUSTER=1, tests/cluster/): so far nginx has
// sent the walk's requests to both servers in turn; now one of them crashes,
// and the rest of the walk is served by the other.
test('8b. cụm máy chủ: một máy chủ dừng đột ngột giữa chừng, bước sau vẫn tiếp tục', async (t) => {
  if (!server.cluster) { t.skip('một máy chủ'); return; }
  const { cluster } = server;
  const served = [cluster.requests(0).length, cluster.requests(1).length];
  assert.ok(served[0] > 20 && served[1] > 20, `both servers served the walk so far: ${served}`);
  await cluster.kill(0);
  shared.servedAtCrash = cluster.requests(1).length;
  // The evidence uploaded through either server is there for the survivor.
  const canbo = await as('canbo');
  const ev = await canbo.request.get(`${server.baseUrl}${shared.evidenceHref}`);
  assert.equal(ev.status(), 200);
  assert.match((await ev.body()).toString('latin1'), /^%PDF-1\.4/);
});

test('9. đơn vị nêu khó khăn; thường trực trả lời; lãnh đạo xem danh sách', async () => {
  const canbo = await as('canbo');
  await step(canbo, '09a-kho-khan', async () => {
    await canbo.goto(seed('/kho-khan'));
    await canbo.fill('#title', 'Thiếu máy quét hồ sơ');
    await canbo.fill('#body', 'Phòng chỉ có một máy quét, chưa đáp ứng tiến độ số hóa.');
    await press(canbo, 'Gửi');
    assert.match(await canbo.locator('main').innerText(), /Thiếu máy quét hồ sơ/);
    // The evidence of her unit's registration is served to the unit officer.
    const ev = await canbo.request.get(`${server.baseUrl}${shared.evidenceHref}`);
    assert.equal(ev.status(), 200);
  });
  const sec = await as('thuongtruc');
  await step(sec, '09b-tra-loi', async () => {
    await sec.goto(seed('/kho-khan'));
    await sec.locator('textarea[name="answer"]').first().fill('Văn phòng Sở điều chuyển một máy quét trong tuần này.');
    await press(sec, 'Lưu trả lời');
    assert.match(await sec.locator('main').innerText(), /điều chuyển một máy quét/);
  });
  const leader = await as('lanhdao');
  await step(leader, '09c-lanh-dao', async () => {
    await leader.goto(seed('/kho-khan'));
    const main = await leader.locator('main').innerText();
    assert.match(main, /Thiếu máy quét hồ sơ/);
    assert.match(main, /điều chuyển một máy quét/);
    await shot(leader, '09-kho-khan');
  });
});

test('10. thường trực theo dõi tiến độ các đơn vị và gửi nhắc nhở', async () => {
  const sec = await as('thuongtruc');
  await step(sec, '10-theo-doi', async () => {
    await sec.goto(seed(''));
    await Promise.all([sec.waitForURL(/theo-doi/), sec.getByRole('link', { name: /Theo dõi, đôn đốc/ }).click()]);
    const row = sec.locator('tr', { hasText: LUC_NAM }).first();
    await row.waitFor();
    await row.locator('input[type="checkbox"]').check();
    await press(sec, 'Gửi nhắc nhở');
    assert.match(await sec.locator('main').innerText(), /nhắc/i);
    await shot(sec, '10-theo-doi');
  });
  const head = await as('thutruong');
  await step(head, '10b-thong-bao', async () => {
    await head.goto(`${server.baseUrl}/thong-bao`);
    assert.match(await head.locator('main').innerText(), /nhắc|Nhắc/);
  });
});

test('11. đơn vị đề nghị khen thưởng; hệ thống đối chiếu tiêu chí; thường trực tiếp nhận', async () => {
  const canbo = await as('canbo');
  await step(canbo, '11a-de-nghi', async () => {
    await canbo.goto(seed('/de-nghi/moi'));
    await assertLabelled(canbo);
    await choose(canbo, '#award_type_id', 'Giấy khen');
    if (await canbo.locator('select#unit_id').count()) await choose(canbo, '#unit_id', LUC_NAM);
    await canbo.check('input[name="subject"][value="individual"]');
    await choose(canbo, '#person_id', AN);
    await canbo.fill('#report', 'Đồng chí Nguyễn Văn An hoàn thành xuất sắc nhiệm vụ số hóa hồ sơ địa chính.');
    for (const t of await canbo.locator('textarea[id^="attest"], textarea[name^="attest"]').all()) {
      await t.fill('Đơn vị xác nhận đúng.');
    }
    await press(canbo, 'Gửi đề nghị', /\/de-nghi\/\d+/);
    shared.nominationPath = new URL(canbo.url()).pathname;
    const main = await canbo.locator('main').innerText();
    assert.match(main, /Đã xác minh từ dữ liệu/);
    await shot(canbo, '11a-de-nghi');
  });
  const sec = await as('thuongtruc');
  await step(sec, '11b-tiep-nhan', async () => {
    await sec.goto(`${server.baseUrl}${shared.nominationPath}`);
    await press(sec, 'Tiếp nhận');
    assert.match(await sec.locator('main').innerText(), /Đã tiếp nhận/);
  });
});

const MEMBERS = ['lanhdao', 'thuongtruc', 'hoidong', 'uyvien1', 'uyvien2'];

test('12. Hội đồng họp, điểm danh, Ban kiểm phiếu nhận mã, bỏ phiếu kín có mã hoá, một thành viên không bỏ phiếu, kiểm phiếu bằng mã, kiểm chứng', async () => {
  const sec = await as('thuongtruc');
  await step(sec, '12a-phien-hop', async () => {
    await sec.goto(seed('/hoi-dong/phien/moi'));
    await assertLabelled(sec);
    await sec.fill('#held_on', '2026-11-20');
    await sec.fill('#place', 'Phòng họp tầng 3, Sở Tài nguyên và Môi trường');
    await press(sec, 'Lập phiên họp', /\/phien\/\d+/);
    shared.sessionPath = new URL(sec.url()).pathname;
    shared.sessionId = shared.sessionPath.split('/').pop();
    for (const box of await sec.locator('input[name="co-mat"]').all()) await box.check();
    await press(sec, 'Lưu điểm danh');
    // The page says, in plain Vietnamese, what the secrecy rests on.
    assert.match(await sec.locator('main').innerText(), /Bỏ phiếu kín được bảo vệ thế nào/);
    // uyvien2 (Trần Thị Minh Huệ) declares a conflict of interest on the item.
    await sec.selectOption('#thanh-vien', { label: 'Trần Thị Minh Huệ' });
    await sec.fill('#ly-do', 'Là cán bộ trực tiếp hướng dẫn người được đề nghị');
    await press(sec, 'Đánh dấu không bỏ phiếu');
    assert.match(await sec.locator('main').innerText(), /Trần Thị Minh Huệ \(Là cán bộ trực tiếp hướng dẫn/);
    // The counting committee: the chair and a member.
    await sec.locator('input[name="kiem-phieu"]').nth(0).check();
    await sec.locator('input[name="kiem-phieu"]').nth(2).check();
    await assertLabelled(sec);
    await press(sec, 'Mở bỏ phiếu kín');
    assert.match(await sec.locator('main').innerText(), /Ban kiểm phiếu đang nhận mã/);
    await shot(sec, '12a-ban-kiem-phieu');
  });
  // Each committee member draws their own share, shown once.
  shared.shares = {};
  for (const user of ['lanhdao', 'hoidong']) {
    const page = await as(user);
    await step(page, `12b-nhan-ma-${user}`, async () => {
      await page.goto(`${server.baseUrl}${shared.sessionPath}`);
      const response = page.waitForResponse((r) => r.url().endsWith('/ma-kiem-phieu'));
      await press(page, 'Nhận mã kiểm phiếu của tôi');
      assert.equal((await response).headers()['cache-control'], 'no-store');
      const code = (await page.locator('#ma-kiem-phieu').innerText()).trim();
      assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/, `a share code for ${user}`);
      shared.shares[user] = code;
      if (user === 'lanhdao') await shot(page, '12b-ma-kiem-phieu');
      // Gone once the page is left: the session page never shows it again.
      await page.goto(`${server.baseUrl}${shared.sessionPath}`);
      const main = await page.locator('main').innerText();
      assert.ok(!main.includes(code), 'the share is not shown again');
      assert.doesNotMatch(main, /Nhận mã kiểm phiếu của tôi/);
    });
  }
  shared.trackers = {};
  for (const [i, user] of MEMBERS.entries()) {
    const page = await as(user);
    await step(page, `12c-bo-phieu-${user}`, async () => {
      await page.goto(`${server.baseUrl}${shared.sessionPath}/bo-phieu`);
      if (user === 'uyvien2') {
        // Recused: no ballot to fill in for this item.
        assert.equal(await page.locator('input[type="radio"]').count(), 0);
        assert.match(await page.locator('main').innerText(), /không bỏ phiếu \(xung đột lợi ích\)/);
        return;
      }
      const choice = i === MEMBERS.length - 2 ? 'khong-dong-y' : 'dong-y';
      await page.check(`input[type="radio"][value="${choice}"]`);
      await press(page, 'Bỏ phiếu');
      const main = await page.locator('main').innerText();
      const tracker = main.match(/mã theo dõi\s+([0-9a-f]{4}(?:-[0-9a-f]{4}){7})/);
      assert.ok(tracker, `${user} gets a tracker: ${main.slice(0, 600)}`);
      shared.trackers[user] = tracker[1];
      if (user === 'lanhdao') await shot(page, '12c-ma-theo-doi');
      // Nobody sees a count while the ballot is open.
      await page.goto(`${server.baseUrl}${shared.sessionPath}`);
      assert.doesNotMatch(await page.locator('main').innerText(), /Đồng ý:\s*\d|Tán thành:\s*\d/);
    });
  }
  await step(sec, '12d-ket-thuc', async () => {
    await sec.goto(`${server.baseUrl}${shared.sessionPath}`);
    // Each committee member types their own share into the close form.
    const fields = await sec.locator('input[name^="ma-"]').all();
    assert.equal(fields.length, 2);
    await sec.getByLabel('Mã của đồng chí Bùi Quang Huy').fill(shared.shares.lanhdao.toLowerCase());
    await sec.getByLabel('Mã của đồng chí Giáp Văn Tuấn').fill(shared.shares.hoidong);
    await press(sec, 'Kết thúc bỏ phiếu và kiểm phiếu');
    const main = await sec.locator('main').innerText();
    assert.match(main, /Đã kết thúc/);
    assert.match(main, new RegExp(AN));
    const text = await pdfText(sec, `${server.baseUrl}${shared.sessionPath}/bien-ban.pdf`, 'bien-ban');
    assert.match(text, /BIÊN BẢN/);
    assert.match(text, new RegExp(AN));
    assert.match(text, /Có mặt 5\/5 thành viên/);
    assert.match(text, /Giấy khen 3 1 0 3 .*Đạt/, 'three agree, one disagree, one recused: three of four needed, passed');
    assert.match(text, /Trần Thị Minh Huệ không tham gia bỏ phiếu/);
    assert.match(text, /Ban kiểm phiếu: Bùi Quang Huy, Giáp Văn Tuấn/);
    assert.match(text, /Số đề nghị đạt: 1\/1/);
    await shot(sec, '12d-ket-qua-bo-phieu');
    // On a phone the page fits its width (the result table scrolls in its box).
    const overflow = await atPhoneWidth(sec, () => shot(sec, '12d-ket-qua-dien-thoai'));
    assert.ok(overflow <= 1, `the session page is ${overflow}px wider than a phone`);
  });
  const member = await as('uyvien1');
  await step(member, '12e-kiem-tra-ma-theo-doi', async () => {
    await member.goto(`${server.baseUrl}${shared.sessionPath}`);
    await member.fill('#ma-theo-doi', shared.trackers.uyvien1);
    await Promise.all([member.waitForNavigation(), member.getByRole('button', { name: 'Kiểm tra', exact: true }).click()]);
    assert.match(await member.locator('main').innerText(), /có trong danh sách phiếu đã kiểm/);
    await member.goto(`${server.baseUrl}${shared.sessionPath}/kiem-chung`);
    assert.match(await member.locator('main').innerText(), /Kết quả khớp với các phiếu đã công bố: đã kiểm tra 4 phiếu/);
    await shot(member, '12e-kiem-chung');
  });
  // The operator's independent check.
  const verify = execFileSync(thiduaBin(), ['ballot', 'verify', '--session', shared.sessionId, '--db', server.dbUrl],
                              { encoding: 'utf8' });
  assert.match(verify, /Kết quả bỏ phiếu khớp với các phiếu đã công bố: 4 phiếu/);
});

test('13. thường trực lập dự thảo quyết định; lãnh đạo duyệt, cấp số; giấy khen', async () => {
  const sec = await as('thuongtruc');
  await step(sec, '13a-du-thao', async () => {
    await sec.goto(seed('/quyet-dinh'));
    await choose(sec, '#award_type_id', 'Giấy khen');
    await press(sec, 'Lập dự thảo', /\/quyet-dinh\/\d+/);
    shared.decisionPath = new URL(sec.url()).pathname;
    assert.match(await sec.locator('main').innerText(), new RegExp(AN));
  });
  const leader = await as('lanhdao');
  await step(leader, '13b-duyet', async () => {
    await leader.goto(`${server.baseUrl}${shared.decisionPath}`);
    await press(leader, 'Duyệt, ký và cấp số');
    const main = await leader.locator('main').innerText();
    const number = main.match(/(\d{2,})\/QĐ-STNMT/);
    assert.ok(number, `the decision has a register number: ${main.slice(0, 500)}`);
    const text = await pdfText(leader, `${server.baseUrl}${shared.decisionPath}/van-ban.pdf`, 'quyet-dinh');
    assert.match(text, new RegExp(`Số: ${number[1]}/QĐ-STNMT`));
    assert.match(text, /QUYẾT ĐỊNH/);
    assert.match(text, new RegExp(AN));
    // Issued signed by the demo's director and Sở (issue 12): poppler verifies
    // every signature, and the page says so.
    const signed = execFileSync('pdfsig', [path.join(artifactsDir, 'campaign-quyet-dinh.pdf')], { encoding: 'utf8' });
    assert.equal((signed.match(/Signature is Valid\./g) ?? []).length, 3, signed);
    assert.match(main, /Đã ký số lúc/);
    const cert = await pdfText(leader, `${server.baseUrl}${shared.decisionPath}/giay-khen.pdf`, 'giay-khen');
    assert.match(cert, /GIẤY KHEN/);
    assert.match(cert, new RegExp(AN));
    await shot(leader, '13b-quyet-dinh');
  });
});

test('14. khen thưởng vào hồ sơ cá nhân; kết quả công khai', async () => {
  const an = await as('nhanvien');
  await step(an, '14a-ho-so', async () => {
    await an.goto(`${server.baseUrl}/`);
    await Promise.all([an.waitForURL(/\/nhan-su\/\d+$/), an.locator('nav[aria-label="Chức năng chính"]').getByRole('link', { name: 'Hồ sơ của tôi' }).click()]);
    assert.match(await an.locator('main').innerText(), /Giấy khen/);
  });
  const page = await newPage(browser);
  try {
    await step(page, '14b-cong-khai', async () => {
      await page.goto(`${server.baseUrl}/cong-khai/ket-qua/1`);
      const main = await page.locator('main').innerText();
      assert.match(main, new RegExp(AN));
      assert.match(main, /Giấy khen/);
      await shot(page, '14-ket-qua-cong-khai');
    });
  } finally {
    await page.context().close();
  }
});

// Cluster run only: the second half of the walk went to the surviving server,
// and the e-mail reminders of step 10 reached the relay once each though both
// servers drained the one outbox until the crash.
test('15. cụm máy chủ: máy chủ còn lại phục vụ hết; mỗi thư nhắc nhở được gửi đúng một lần', async (t) => {
  if (!server.cluster) { t.skip('một máy chủ'); return; }
  const { cluster } = server;
  assert.equal(cluster.alive(0), false);
  assert.ok(cluster.requests(1).length > shared.servedAtCrash + 20, 'the survivor served the rest of the walk');
  // Every message of the outbox is sent, then the relay's copies are compared.
  let unsent = '1';
  for (let i = 0; i < 100 && unsent !== '0'; i++) {
    [[unsent]] = await cluster.psql('SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL');
    if (unsent !== '0') await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(unsent, '0', 'the outbox is drained');
  const outbox = (await cluster.psql('SELECT to_address FROM mail_outbox ORDER BY to_address')).map((r) => r[0]);
  assert.ok(outbox.length >= 1, 'the reminders of step 10 went out by e-mail');
  const received = cluster.mail.map((m) => m.to[0]).sort();
  assert.deepEqual(received, [...outbox].sort());
});
