// Proposals upward in a real browser (issue 14 #2). The operator adds the
// province's TĐKT body to the demo's deployment from the shell (a new agency
// with its secretariat and leader, and the deployment's administrator granted
// on it); that administrator names it a receiving agency on its unit page. Then, all in pages: the Department's office sends
// last year's approved proposal for the province's Bằng khen; the body
// receives it with an incoming number, assigns a specialist, appraises it and
// returns it with a reason; the office reads the reason and resends; the body
// receives it again and records its council's conclusion; the body's leader
// issues the decision with the body's own number; the awards appear in the
// Department's register (the person's page) and the office sees every step
// with its date. The body never reads the Department's campaign.
// One server (SQLite, demo loaded) for the file; the tests run in order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { artifactsDir, atPhoneWidth, launchBrowser, newPage, screenshotOnFailure, startServer, thiduaBin, unansweredProposal } from './harness.mjs';
import { xlsxBytes } from './xlsx.mjs';

const run = promisify(execFile);
const PASSWORD = 'ThiDua@2023';
const BODY_PASSWORD = 'MatKhau@Thu2024';
const BODY = 'Ban Thi đua – Khen thưởng tỉnh Bắc Ninh';

let server;
let browser;
let token;
const shared = {};

function cli(args, input) {
  const r = spawnSync(thiduaBin(), [...args, '--db', server.dbUrl], { input, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `thidua ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  // Without the demo's own TĐKT body, which has that proposal in its queue
  // already (tests/e2e/demo.test.mjs): here the operator adds one.
  server = await startServer({ demoArgs: ['--no-receiving'] });
  browser = await launchBrowser();
  // The body, added by the operator as a deployment adds an agency.
  const file = path.join(server.dir, 'ban-tdkt.xlsx');
  writeFileSync(file, xlsxBytes([['code', 'name', 'kind'], ['BTDKT', BODY, 'agency']]));
  cli(['import', 'units', '--file', file]);
  cli(['user', 'add', '--username', 'cv.btdkt', '--name', 'Lê Thị Thẩm', '--role', 'secretariat', '--unit', 'BTDKT',
    '--password-stdin'], `${BODY_PASSWORD}\n`);
  cli(['user', 'add', '--username', 'ld.btdkt', '--name', 'Vương Quốc Tuấn', '--role', 'leader', '--unit', 'BTDKT',
    '--password-stdin'], `${BODY_PASSWORD}\n`);
  cli(['user', 'grant', '--username', 'admin', '--role', 'administrator', '--unit', 'BTDKT']);
  const { stdout } = await run(thiduaBin(), ['user', 'token', '--username', 'thuongtruc', '--name', 'e2e', '--db', server.dbUrl]);
  token = stdout.trim().split('\n').pop();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function api(pathName) {
  const res = await fetch(`${server.baseUrl}${pathName}`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200, `${pathName}: ${res.status}`);
  return res.json();
}

async function logIn(account, password = PASSWORD) {
  const page = await newPage(browser);
  await page.goto(`${server.baseUrl}/dang-nhap`);
  await page.fill('#username', account);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.notEqual(new URL(page.url()).pathname, '/dang-nhap', `${account} logged in`);
  return page;
}

async function step(page, name, fn) {
  try {
    await fn();
  } catch (err) {
    await screenshotOnFailure(page, `submission-${name}-that-bai`);
    throw err;
  } finally {
    await page.context().close();
  }
}

async function submit(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

test('the deployment\'s administrator names the body a receiving agency', async () => {
  const page = await logIn('admin');
  await step(page, 'chi-dinh', async () => {
    await page.goto(`${server.baseUrl}/don-vi`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: BODY }).first().click()]);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Tiếp nhận đề nghị khen thưởng' }).click()]);
    await page.fill('#decision_symbol', 'QĐ-UBND');
    await page.fill('#authority', 'Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh');
    await submit(page, 'form.form button[type=submit]');
    assert.match(await page.textContent('[role=status]'), /Đã lưu/);
  });
});

test('the Department\'s office sends last year\'s proposal', async () => {
  const { campaign: done, proposal } = await unansweredProposal(api);
  assert.ok(done, 'the demo holds a finished campaign with an approved proposal unanswered');
  assert.notEqual(done.id, 1);
  const detail = await api(`/api/v1/campaigns/${done.id}/decisions/${proposal.id}`);
  shared.campaign = done.id;
  shared.proposal = proposal.id;
  shared.names = detail.list.map((n) => n.name);
  shared.people = detail.list.map((n) => n.person_id).filter(Boolean);
  assert.ok(shared.names.length >= 1);
  const page = await logIn('thuongtruc');
  await step(page, 'gui', async () => {
    await page.goto(`${server.baseUrl}/dot-thi-dua/${done.id}/quyet-dinh/${proposal.id}`);
    await page.selectOption('#receiver_id', { label: BODY });
    await page.fill('#send_note', 'Kính gửi Ban Thi đua – Khen thưởng tỉnh hồ sơ đề nghị.');
    await submit(page, 'form[action$="/gui"] button[type=submit]');
    assert.match(new URL(page.url()).pathname, /^\/ho-so-de-nghi\/\d+$/);
    shared.href = new URL(page.url()).pathname;
    assert.match(await page.textContent('main'), /Đã gửi, chờ tiếp nhận/);
  });
});

test('the body receives, assigns, appraises and returns it with a reason', async () => {
  const page = await logIn('cv.btdkt', BODY_PASSWORD);
  await step(page, 'tra-lai', async () => {
    await page.goto(`${server.baseUrl}/`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /Tiếp nhận đề nghị khen thưởng/ }).click()]);
    assert.match(await page.textContent('main'), /Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh/);
    await page.screenshot({ path: path.join(artifactsDir, 'submission-queue.png'), fullPage: true });
    await Promise.all([page.waitForNavigation(), page.click(`a[href="${shared.href}"]`)]);
    for (const name of shared.names) assert.ok((await page.textContent('main')).includes(name), name);
    await submit(page, 'form[action$="/tiep-nhan"] button');
    assert.match(await page.textContent('main'), /Số đến 1/);
    await page.selectOption('#assignee_id', { label: 'Lê Thị Thẩm' });
    await submit(page, 'form[action$="/phan-cong"] button');
    await page.fill('#appraise_note', 'Thành phần hồ sơ đủ theo quy định.');
    await submit(page, 'form[action$="/tham-dinh"] button');
    assert.match(await page.textContent('main'), /Thẩm định theo tiêu chuẩn/);
    // A return without a reason is refused on the page, nothing lost.
    await page.click('summary');
    await page.fill('#return_note', ' ');
    await page.$eval('#return_note', (el) => el.removeAttribute('required'));
    await submit(page, 'form[action$="/tra-lai"] button');
    assert.match(await page.textContent('[role=alert]'), /Hãy ghi lý do trả lại hồ sơ/);
    await page.fill('#return_note', 'Đề nghị bổ sung báo cáo thành tích có xác nhận của thủ trưởng đơn vị.');
    await submit(page, 'form[action$="/tra-lai"] button');
    assert.match(await page.textContent('main'), /Đã trả lại để bổ sung/);
    // What the body may read is the submission, never the Department's campaign.
    const foreign = await page.goto(`${server.baseUrl}/dot-thi-dua/${shared.campaign}/quyet-dinh/${shared.proposal}`);
    assert.ok(foreign.status() >= 403, `the campaign's page answered ${foreign.status()}`);
  });
});

test('the office reads the reason and resends; the first dossier is kept', async () => {
  const page = await logIn('thuongtruc');
  await step(page, 'gui-lai', async () => {
    await page.goto(`${server.baseUrl}${shared.href}`);
    assert.match(await page.textContent('main'), /bổ sung báo cáo thành tích có xác nhận/);
    await page.fill('#resend_note', 'Đã bổ sung báo cáo thành tích có xác nhận.');
    await submit(page, 'form[action$="/gui-lai"] button');
    const main = await page.textContent('main');
    assert.match(main, /lần gửi thứ 2/);
    assert.match(main, /Lần 1:/);
    assert.match(main, /Lần 2:/);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(artifactsDir, 'submission-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.ok(await atPhoneWidth(page) <= 0, "no sideways scroll on a phone");
  });
});

test('the body\'s council concludes and its leader decides', async () => {
  const clerk = await logIn('cv.btdkt', BODY_PASSWORD);
  await step(clerk, 'hoi-dong', async () => {
    await clerk.goto(`${server.baseUrl}${shared.href}`);
    await submit(clerk, 'form[action$="/tiep-nhan"] button');
    const today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10);
    await clerk.fill('#council_date', today);
    // Every nominee stays ticked: the council agrees to all.
    await submit(clerk, 'form[action$="/hoi-dong"] button[type=submit]');
    assert.match(await clerk.textContent('main'), /Hội đồng đã xét, chờ quyết định/);
  });
  const leader = await logIn('ld.btdkt', BODY_PASSWORD);
  await step(leader, 'quyet-dinh', async () => {
    await leader.goto(`${server.baseUrl}${shared.href}`);
    await leader.fill('#signer_name', 'Vương Quốc Tuấn');
    await submit(leader, 'form[action$="/quyet-dinh"] button');
    const main = await leader.textContent('main');
    assert.match(main, /Đã có quyết định/);
    const number = main.match(/Số (\d+\/QĐ-UBND)/);
    assert.ok(number, 'the decision carries the body\'s number');
    shared.number = number[1];
  });
});

test('the awards are in the Department\'s register and the office sees the whole history', async () => {
  const page = await logIn('thuongtruc');
  await step(page, 'ket-qua', async () => {
    await page.goto(`${server.baseUrl}${shared.href}`);
    const main = await page.textContent('main');
    await page.screenshot({ path: path.join(artifactsDir, 'submission-history.png'), fullPage: true });
    for (const label of ['Gửi đề nghị', 'Tiếp nhận hồ sơ', 'Phân công chuyên viên', 'Thẩm định theo tiêu chuẩn',
      'Trả lại hồ sơ', 'Gửi lại sau khi bổ sung', 'Hội đồng thi đua, khen thưởng xét', 'Ban hành quyết định']) {
      assert.ok(main.includes(label), label);
    }
    // The body's decision, downloaded from the history page's link.
    const pdf = await page.request.get(`${server.baseUrl}${shared.href}/quyet-dinh.pdf`);
    assert.equal(pdf.status(), 200);
    const bytes = await pdf.body();
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    writeFileSync(path.join(artifactsDir, 'submission-decision.pdf'), bytes);
    await page.goto(`${server.baseUrl}/dot-thi-dua/${shared.campaign}/quyet-dinh/${shared.proposal}`);
    assert.ok((await page.textContent('main')).includes(shared.number), 'the proposal carries the answer');
    for (const id of shared.people) {
      await page.goto(`${server.baseUrl}/nhan-su/${id}`);
      assert.ok((await page.textContent('main')).includes(shared.number), `person ${id} has the award`);
    }
  });
});
