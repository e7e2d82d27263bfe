// The year's review in a real browser (issue 11 #3, #5): `thidua demo` leaves
// last year's titles to that year's review, running. The office imports an
// older year of the register; the Lục Nam office opens its proposals, finds
// its eligible people ticked with the records that decide, is refused over
// the Chiến sĩ thi đua cơ sở quota with the figures, sends its Lao động tiên
// tiến proposals, then finds its own Tập thể lao động tiên tiến judged on
// them and sends it; the office accepts; the council votes by secret ballot;
// the leader decides with a numbered decision; the titles enter the register
// and the unit's eligibility for the year now reads them from it.
// One server (SQLite, demo loaded) for the file; the tests run in order and
// share state. Screenshots in tests/e2e/artifacts/review-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

import { artifactsDir, atPhoneWidth, launchBrowser, newPage, screenshotOnFailure, startServer } from './harness.mjs';
import { xlsxBytes } from './xlsx.mjs';

const PASSWORD = 'ThiDua@2023';
const YEAR = new Date().getFullYear() - 1;
const AN = 'Nguyễn Văn An';
const LUC_NAM = 'Phòng Tài nguyên và Môi trường huyện Lục Nam';
const HEADINGS = ['Đối tượng', 'Mã người', 'Họ và tên', 'Ngày sinh', 'Mã đơn vị', 'Hình thức khen thưởng',
  'Năm thành tích', 'Số quyết định', 'Ngày quyết định', 'Cấp khen', 'Cấp', 'Đợt thi đua'];
const OLDER = YEAR - 6;  // before the demo's five years
const AN_OLDER = ['Cá nhân', '', AN, '15/04/1992', '', 'Lao động tiên tiến', String(OLDER), `31/QĐ-STNMT`,
  `20/12/${OLDER}`, 'Giám đốc Sở Tài nguyên và Môi trường', 'Cơ sở', 'Hằng năm'];
const MEMBERS = ['lanhdao', 'thuongtruc', 'hoidong', 'uyvien1', 'uyvien2'];

let server;
let browser;
const pages = {};
const shared = {};

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  // The Department as it was before the 2025 reorganisation (no activity):
  // the Lục Nam office still exists and reviews its year.
  server = await startServer({ demoArgs: ['--no-activity'] });
  browser = await launchBrowser();
});

after(async () => {
  for (const p of Object.values(pages)) await p.context().close();
  await browser?.close();
  await server?.stop();
});

async function shot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `review-${name}.png`), fullPage: true });
}

async function step(page, name, fn) {
  try {
    await fn();
  } catch (err) {
    await screenshotOnFailure(page, `review-${name}-that-bai`);
    throw err;
  }
}

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

async function press(page, name, urlPattern = /.*/) {
  await Promise.all([page.waitForNavigation({ url: urlPattern }), page.getByRole('button', { name, exact: true }).click()]);
}

async function choose(page, select, text) {
  const value = await page.$eval(select, (el, t) => {
    const o = [...el.options].find((x) => x.textContent.includes(t));
    return o ? o.value : null;
  }, text);
  assert.ok(value !== null, `no option “${text}” in ${select}`);
  await page.selectOption(select, value);
}

const review = (rest = '') => `${server.baseUrl}${shared.reviewPath}${rest}`;

/** The fieldset of the proposals form for one award. */
const group = (page, award) =>
  page.locator('fieldset').filter({ has: page.locator('legend', { hasText: new RegExp(`^${award}$`) }) });

/** Unticks every box inside `scope`. */
async function untickAll(scope) {
  for (const box of await scope.locator('input[type="checkbox"]').all()) await box.uncheck();
}

/** The line of the unit's eligibility page for one collective title. */
async function unitLine(page, award) {
  await page.goto(`${server.baseUrl}${shared.unitPath}/dieu-kien?nam=${YEAR}`);
  const main = await page.locator('main').innerText();
  const at = main.indexOf(award);
  assert.ok(at >= 0, `${award} on the unit's page`);
  const line = main.slice(at).match(new RegExp(`${YEAR}: (\\d+)/(\\d+) thành viên đạt`));
  assert.ok(line, `a members line for ${YEAR}: ${main.slice(at, at + 800)}`);
  return { yes: Number(line[1]), total: Number(line[2]) };
}

test('1. thường trực thấy kế hoạch bình xét năm đang diễn ra và nhập sổ khen thưởng năm cũ', async () => {
  const sec = await as('thuongtruc');
  await step(sec, '01-ke-hoach', async () => {
    await sec.goto(`${server.baseUrl}/dot-thi-dua`);
    await Promise.all([sec.waitForURL(/\/dot-thi-dua\/\d+$/),
      sec.getByRole('link', { name: `Kế hoạch tổ chức bình xét thi đua, khen thưởng năm ${YEAR}` }).click()]);
    shared.reviewPath = new URL(sec.url()).pathname;
    assert.match(await sec.locator('main').innerText(), /Đang diễn ra/);

    await sec.goto(`${server.baseUrl}/khen-thuong/nhap`);
    await sec.setInputFiles('#file', {
      name: 'so-cu.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: xlsxBytes([HEADINGS, AN_OLDER]),
    });
    await sec.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await sec.getByRole('heading', { name: 'Xem trước: so-cu.xlsx', exact: true }).waitFor();
    await press(sec, 'Xác nhận nhập 1 khen thưởng', /da-nhap=1/);

    // The unit's page, before: its people's titles of the year are not decided.
    await sec.goto(`${server.baseUrl}/don-vi`);
    await Promise.all([sec.waitForURL(/\/don-vi\/\d+$/), sec.getByRole('link', { name: LUC_NAM, exact: true }).click()]);
    shared.unitPath = new URL(sec.url()).pathname;
    shared.before = await unitLine(sec, 'Tập thể lao động tiên tiến');
    assert.equal(shared.before.yes, 0, 'no title of the year in the register yet');

    // The office records the unit's rating of the year, corrected after its
    // review: completed its tasks well.
    await sec.goto(`${server.baseUrl}${shared.unitPath}/xep-loai`);
    await sec.fill('#year', String(YEAR));
    await sec.selectOption('#rating', 'good');
    await sec.fill('#rated_on', `${YEAR}-12-20`);
    await sec.fill('#note', 'Xếp loại lại sau khi đơn vị bổ sung báo cáo.');
    await press(sec, 'Ghi');
    assert.match(await sec.locator('main').innerText(), /Hoàn thành tốt nhiệm vụ/);
  });
});

test('2. đơn vị đề xuất theo điều kiện: chọn sẵn người đủ điều kiện; vượt tỷ lệ bị từ chối; gửi', async () => {
  const canbo = await as('canbo');
  await step(canbo, '02-de-xuat', async () => {
    await canbo.goto(review('/de-nghi'));
    await Promise.all([canbo.waitForURL(/\/de-xuat-nam/), canbo.getByRole('link', { name: 'Đề xuất theo điều kiện' }).click()]);
    assert.equal((await canbo.locator('main h1').innerText()).trim(), `Đề xuất của đơn vị: thành tích năm ${YEAR}`);
    const intro = await canbo.locator('main').innerText();
    assert.doesNotMatch(intro, /Đơn vị có thêm 0 người|(^|\s)0 (người|tập thể) chưa đủ điều kiện/, 'no empty counts');
    const ldtt = group(canbo, 'Lao động tiên tiến');
    const an = ldtt.getByRole('checkbox', { name: AN, exact: true });
    assert.ok(await an.isChecked(), 'the eligible come ticked');
    const anRow = ldtt.locator('tr').filter({ has: canbo.getByRole('checkbox', { name: AN, exact: true }) });
    assert.match(await anRow.innerText(), new RegExp(`${YEAR}: Hoàn thành xuất sắc nhiệm vụ`), 'with the records that decide');
    const cstdcs = group(canbo, 'Chiến sĩ thi đua cơ sở');
    assert.match(await cstdcs.innerText(), /Tỷ lệ Chiến sĩ thi đua cơ sở: đã đề nghị 0, tối đa 0/);
    // Ticked within the seats the ticked Lao động tiên tiến leave (15 % of them).
    const ticked = await ldtt.locator('input[type="checkbox"]:checked').count();
    const seats = Math.floor((ticked * 15) / 100);
    const csTicked = await cstdcs.locator('input[type="checkbox"]:checked').count();
    assert.ok(csTicked <= seats, `${csTicked} Chiến sĩ thi đua cơ sở ticked for ${seats} seats`);
    await shot(canbo, '02a-de-xuat');

    // Chiến sĩ thi đua cơ sở before any Lao động tiên tiến: 15 % of none is none.
    await cstdcs.getByRole('checkbox', { name: AN, exact: true }).check();
    await untickAll(ldtt);
    await Promise.all([canbo.waitForNavigation(), canbo.getByRole('button', { name: 'Gửi đề nghị', exact: true }).click()]);
    const refused = await canbo.getByRole('alert').innerText();
    assert.match(refused, /Vượt tỷ lệ khen thưởng: Chiến sĩ thi đua cơ sở sẽ có 1 đề nghị, tối đa được 0 \(15% của 0 đề nghị Lao động tiên tiến trong đợt\)\. Không có đề nghị nào được gửi\./);
    await shot(canbo, '02b-vuot-ty-le');

    // The form comes back as it was offered; the Lao động tiên tiến go first.
    const offered = await group(canbo, 'Lao động tiên tiến').locator('input[type="checkbox"]:checked')
      .evaluateAll((boxes) => boxes.map((b) => b.value));
    assert.ok(offered.length >= 2, `the Lục Nam office has people to propose: ${offered.length}`);
    shared.proposed = offered.length;
    await untickAll(canbo.locator('form.form'));
    for (const value of offered) await canbo.check(`input[type="checkbox"][value="${value}"]`);
    await press(canbo, 'Gửi đề nghị', /\/de-nghi\?thong-bao=da-gui/);

    // The unit's own title is now judged on them, and goes too.
    await canbo.goto(review('/de-xuat-nam'));
    const ttldtt = group(canbo, 'Tập thể lao động tiên tiến');
    const unitBox = ttldtt.getByRole('checkbox', { name: LUC_NAM, exact: true });
    assert.ok(await unitBox.isChecked(), 'the unit is eligible on its people’s proposals');
    assert.match(await ttldtt.innerText(), /đang được đề nghị danh hiệu trong đợt, chưa có quyết định/);
    await untickAll(canbo.locator('form.form'));
    await unitBox.check();
    await press(canbo, 'Gửi đề nghị', /\/de-nghi\?thong-bao=da-gui/);
    await shot(canbo, '02c-da-gui');

    const overflow = await atPhoneWidth(canbo, async () => {
      await canbo.goto(review('/de-xuat-nam'));
      await shot(canbo, '02d-dien-thoai');
    });
    assert.ok(overflow <= 1, `the proposals page is ${overflow}px wider than a phone`);
  });
});

test('2b. thủ trưởng đơn vị duyệt đề xuất của đơn vị', async () => {
  const head = await as('thutruong');
  await step(head, '02e-thu-truong-duyet', async () => {
    // The office cannot take them yet: they wait for the head.
    const sec = await as('thuongtruc');
    await sec.goto(review('/de-nghi'));
    assert.match(await sec.locator('main').innerText(), /Chờ thủ trưởng đơn vị duyệt \(\d+\)/);
    await head.goto(review('/de-xuat-nam'));
    // Those the officer proposed wait; one of the head himself went to the office directly.
    const waiting = await head.getByRole('status').innerText();
    const n = Number((waiting.match(/^(\d+) đề nghị của đơn vị đang chờ thủ trưởng đơn vị duyệt/) || [])[1]);
    assert.ok(n >= shared.proposed && n <= shared.proposed + 1, waiting);
    await Promise.all([head.waitForURL(/\/de-xuat-nam\/duyet/), head.getByRole('link', { name: 'Duyệt đề nghị' }).click()]);
    const boxes = head.locator('form.form input[type="checkbox"]');
    assert.equal(await boxes.count(), n, 'each proposal listed, ticked');
    for (const box of await boxes.all()) assert.ok(await box.isChecked());
    await shot(head, '02e-thu-truong-duyet');
    await press(head, 'Duyệt các đề nghị đã chọn và gửi Thường trực', /da-duyet=/);
    assert.match(await head.getByRole('status').innerText(), new RegExp(`Đã duyệt ${n} đề nghị`));
    assert.match(await head.locator('main').innerText(), /Không có đề nghị nào chờ duyệt/);
    const overflow = await atPhoneWidth(head);
    assert.ok(overflow <= 1, `the approval page is ${overflow}px wider than a phone`);
  });
});

test('3. thường trực tiếp nhận các đề nghị', async () => {
  const sec = await as('thuongtruc');
  await step(sec, '03-tiep-nhan', async () => {
    await sec.goto(review('/de-nghi'));
    const links = await sec.locator('table.list tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(links.length, shared.proposed + 1, 'the people and the unit');
    for (const href of links) {
      await sec.goto(`${server.baseUrl}${href}`);
      await press(sec, 'Tiếp nhận');
    }
    await sec.goto(review('/de-nghi'));
    assert.match(await sec.locator('main').innerText(), new RegExp(`Đã tiếp nhận \\(${links.length}\\)`));
  });
});

test('4. Hội đồng bỏ phiếu kín các danh hiệu', async () => {
  const sec = await as('thuongtruc');
  await step(sec, '04a-phien-hop', async () => {
    await sec.goto(review('/hoi-dong/phien/moi'));
    await sec.fill('#held_on', `${YEAR + 1}-01-10`);
    await sec.fill('#place', 'Phòng họp tầng 3, Sở Tài nguyên và Môi trường');
    await press(sec, 'Lập phiên họp', /\/phien\/\d+/);
    shared.sessionPath = new URL(sec.url()).pathname;
    for (const box of await sec.locator('input[name="co-mat"]').all()) await box.check();
    await press(sec, 'Lưu điểm danh');
    await sec.locator('input[name="kiem-phieu"]').nth(0).check();
    await sec.locator('input[name="kiem-phieu"]').nth(2).check();
    await press(sec, 'Mở bỏ phiếu kín');
  });
  shared.shares = {};
  for (const user of ['lanhdao', 'hoidong']) {
    const page = await as(user);
    await step(page, `04b-ma-${user}`, async () => {
      await page.goto(`${server.baseUrl}${shared.sessionPath}`);
      await press(page, 'Nhận mã kiểm phiếu của tôi');
      shared.shares[user] = (await page.locator('#ma-kiem-phieu').innerText()).trim();
    });
  }
  for (const user of MEMBERS) {
    const page = await as(user);
    await step(page, `04c-bo-phieu-${user}`, async () => {
      await page.goto(`${server.baseUrl}${shared.sessionPath}/bo-phieu`);
      const agree = page.locator('input[type="radio"][value="dong-y"]');
      assert.equal(await agree.count(), shared.proposed + 1, 'one choice per nomination');
      for (const radio of await agree.all()) await radio.check();
      await press(page, 'Bỏ phiếu');
    });
  }
  await step(sec, '04d-kiem-phieu', async () => {
    await sec.goto(`${server.baseUrl}${shared.sessionPath}`);
    await sec.getByLabel('Mã của đồng chí Bùi Quang Huy').fill(shared.shares.lanhdao);
    await sec.getByLabel('Mã của đồng chí Giáp Văn Tuấn').fill(shared.shares.hoidong);
    await press(sec, 'Kết thúc bỏ phiếu và kiểm phiếu');
    const main = await sec.locator('main').innerText();
    assert.match(main, /Đã kết thúc/);
    assert.doesNotMatch(main, /Không đạt/);
    await shot(sec, '04d-ket-qua');
  });
});

test('5. lãnh đạo quyết định công nhận Lao động tiên tiến; danh hiệu vào sổ; điều kiện của đơn vị đổi theo', async () => {
  const sec = await as('thuongtruc');
  await step(sec, '05a-du-thao', async () => {
    await sec.goto(review('/quyet-dinh'));
    // The choice of a shorter list: no quota on this title, every candidate ticked.
    await choose(sec, '#chon', 'Lao động tiên tiến');
    await press(sec, 'Chọn danh sách', /chon=\d+/);
    const choice = sec.locator('#chon-danh-sach');
    assert.match(await choice.innerText(), new RegExp(AN));
    assert.equal(await choice.locator('input[name="nomination_ids"]:not(:checked)').count(), 0);
    const overflow = await atPhoneWidth(sec, () => shot(sec, '05a-chon-danh-sach-dien-thoai'));
    assert.ok(overflow <= 1, `the decisions page is ${overflow}px wider than a phone`);
    await choose(sec, '#award_type_id', 'Lao động tiên tiến');
    await press(sec, 'Lập dự thảo', /\/quyet-dinh\/\d+/);
    shared.decisionPath = new URL(sec.url()).pathname;
    assert.match(await sec.locator('main').innerText(), new RegExp(AN));
  });
  const leader = await as('lanhdao');
  await step(leader, '05b-duyet', async () => {
    await leader.goto(`${server.baseUrl}${shared.decisionPath}`);
    await press(leader, 'Duyệt, ký và cấp số');
    const number = (await leader.locator('main').innerText()).match(/(\d+\/QĐ-STNMT)/);
    assert.ok(number, 'the decision has its register number');
    shared.decision = number[1];
    await shot(leader, '05b-quyet-dinh');
  });
  await step(sec, '05c-so-khen-thuong', async () => {
    // Only the titles are counted here (a campaign of that year may add Giấy khen to the register).
    await sec.goto(`${server.baseUrl}/khen-thuong?nam=${YEAR}&hinh-thuc=${encodeURIComponent('lao động tiên tiến')}`);
    const main = await sec.locator('main').innerText();
    assert.match(main, new RegExp(`${shared.proposed} kết quả`), 'the year’s titles decided are in the register');
    assert.match(main, new RegExp(shared.decision.replace('/', '\\/')));
    const after = await unitLine(sec, 'Tập thể lao động tiên tiến');
    assert.equal(after.yes, shared.proposed, 'the unit’s eligibility now reads the titles decided');
    await shot(sec, '05c-dieu-kien-don-vi');
  });
});
