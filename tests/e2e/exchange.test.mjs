// Exchange packages between two deployments in a real browser (issue 14 #3).
// Two servers, two databases: the Department's thidua (the demo without its
// own TĐKT body) and the province's (the demo with the Ban Thi đua - Khen
// thưởng as a receiving agency). The operators install the Ban's certificate
// (made here with openssl) and each trusts the other's authority. Then, in
// pages: the Department's office exports last year's approved proposal as a
// package and downloads it; the Ban's clerk uploads it, finds it in its queue,
// receives it and returns it with a reason, and downloads the answer package;
// the Department's office uploads the answer and reads the return on its
// proposal. A damaged upload is refused with its reason. Phone widths checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { artifactsDir, atPhoneWidth, launchBrowser, newPage, screenshotOnFailure, startServer, thiduaBin, unansweredProposal } from './harness.mjs';

const PASSWORD = 'ThiDua@2023';
const BAN = 'Ban Thi đua - Khen thưởng tỉnh Bắc Ninh';

let so;   // the Department's deployment
let ban;  // the province's deployment, with the Ban
let browser;
const shared = {};

function cli(server, args, input) {
  const r = spawnSync(thiduaBin(), [...args, '--db', server.dbUrl], { input, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, `thidua ${args.join(' ')}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

// A certificate authority and the Ban's certificate (PKCS#12), with openssl.
function banCertificate(dir) {
  const ssl = (...args) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  ssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '30',
    '-subj', '/CN=CA thu tinh Bac Ninh', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  ssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ban.key', '-out', 'ban.csr', '-utf8',
    '-subj', `/CN=${BAN}`);
  writeFileSync(path.join(dir, 'ban.ext'), 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n');
  ssl('x509', '-req', '-in', 'ban.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'ban.pem',
    '-days', '30', '-extfile', 'ban.ext');
  ssl('pkcs12', '-export', '-inkey', 'ban.key', '-in', 'ban.pem', '-certfile', 'ca.pem', '-out', 'ban.p12',
    '-passout', 'pass:mat-khau-thu');
  writeFileSync(path.join(dir, 'pass.txt'), 'mat-khau-thu\n');
  // A 1×1 PNG for the seal.
  writeFileSync(path.join(dir, 'seal.png'), Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
}

before(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  so = await startServer({ demoArgs: ['--no-receiving'] });
  ban = await startServer();
  browser = await launchBrowser();
  const pki = path.join(ban.dir, 'pki');
  mkdirSync(pki, { recursive: true });
  banCertificate(pki);
  cli(ban, ['signing', 'agency', '--unit', 'SNV-BTDKT', '--p12', path.join(pki, 'ban.p12'), '--passphrase-file',
    path.join(pki, 'pass.txt'), '--image', path.join(pki, 'seal.png'), '--data-dir', ban.dataDir]);
  mkdirSync(path.join(ban.dataDir, 'trust'), { recursive: true });
  mkdirSync(path.join(so.dataDir, 'trust'), { recursive: true });
  copyFileSync(path.join(so.dataDir, 'keys', 'demo-ca.cer'), path.join(ban.dataDir, 'trust', 'so-tnmt.cer'));
  copyFileSync(path.join(pki, 'ca.pem'), path.join(so.dataDir, 'trust', 'ban-tdkt.pem'));
  const { stdout } = { stdout: cli(so, ['user', 'token', '--username', 'thuongtruc', '--name', 'e2e']) };
  shared.token = stdout.trim().split('\n').pop();
});

after(async () => {
  await browser?.close();
  await so?.stop();
  await ban?.stop();
});

async function api(server, pathName) {
  const res = await fetch(`${server.baseUrl}${pathName}`, { headers: { Authorization: `Bearer ${shared.token}` } });
  assert.equal(res.status, 200, `${pathName}: ${res.status}`);
  return res.json();
}

async function logIn(server, account) {
  const page = await newPage(browser, { acceptDownloads: true });
  await page.goto(`${server.baseUrl}/dang-nhap`);
  await page.fill('#username', account);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.notEqual(new URL(page.url()).pathname, '/dang-nhap', `${account} logged in`);
  return page;
}

async function step(page, name, fn) {
  try {
    await fn();
  } catch (err) {
    await screenshotOnFailure(page, `exchange-${name}-that-bai`);
    throw err;
  } finally {
    await page.context().close();
  }
}

async function download(page, link, file) {
  const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const to = path.join(artifactsDir, file);
  await dl.saveAs(to);
  return to;
}

async function upload(page, server, file) {
  await page.goto(`${server.baseUrl}/goi-trao-doi`);
  await page.setInputFiles('#file', file);
  await Promise.all([page.waitForNavigation(), page.click('form.form button[type=submit]')]);
}

test('the Department\'s office exports last year\'s proposal as a package', async () => {
  const { campaign: done, proposal } = await unansweredProposal((p) => api(so, p));
  assert.ok(done, 'the demo holds a finished campaign with an approved proposal unanswered');
  assert.notEqual(done.id, 1);
  shared.href = `/dot-thi-dua/${done.id}/quyet-dinh/${proposal.id}`;
  const page = await logIn(so, 'thuongtruc');
  await step(page, 'xuat', async () => {
    await page.goto(`${so.baseUrl}${shared.href}`);
    await page.click('#xuat-goi summary');
    await page.fill('#receiver_code', 'SNV-BTDKT');
    await page.fill('#receiver_name', BAN);
    await page.fill('#package_note', 'Kính gửi Ban Thi đua - Khen thưởng');
    await Promise.all([page.waitForNavigation(), page.click('#xuat-goi button[type=submit]')]);
    assert.match(await page.textContent('[role=status]'), /Đã tạo gói trao đổi/);
    const row = page.locator('#goi-trao-doi + table tbody tr');
    assert.equal(await row.count(), 1);
    assert.match(await row.first().textContent(), /Gói đề nghị đã xuất.*SNV-BTDKT/s);
    shared.proposalZip = await download(page, row.first().getByRole('link', { name: 'Tải gói' }), 'goi-de-nghi.zip');
    assert.ok(readFileSync(shared.proposalZip).subarray(0, 2).toString() === 'PK', 'a ZIP');
    const sideways = await atPhoneWidth(page);
    assert.ok(sideways <= 0, `the proposal page is ${sideways} px wider than a phone`);
  });
});

test('the Ban takes the package in, receives it and returns it; the answer goes back', async () => {
  const page = await logIn(ban, 'tiepnhan');
  await step(page, 'nhan', async () => {
    // A damaged file first: refused with its reason, nothing in the queue.
    const broken = path.join(artifactsDir, 'goi-hong.zip');
    writeFileSync(broken, readFileSync(shared.proposalZip).subarray(0, 300));
    await upload(page, ban, broken);
    assert.match(await page.textContent('[role=alert]'), /bị hỏng/);
    assert.ok(await atPhoneWidth(page) <= 0, 'the upload page fits a phone');

    await upload(page, ban, shared.proposalZip);
    assert.match(new URL(page.url()).pathname, /^\/ho-so-de-nghi\/\d+$/);
    assert.match(await page.textContent('[role=status]'), /Đã nhận gói trao đổi/);
    assert.match(await page.textContent('main'), /nhận qua gói trao đổi/);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Tiếp nhận, cấp số đến' }).click()]);
    await page.click('text=Trả lại hồ sơ');
    await page.fill('#return_note', 'Bổ sung báo cáo thành tích có xác nhận của Thủ trưởng.');
    await Promise.all([page.waitForNavigation(), page.locator('form[action$="/tra-lai"] button[type=submit]').click()]);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Tạo gói trả lời' }).click()]);
    const rows = page.locator('#goi-trao-doi + table tbody tr');
    assert.equal(await rows.count(), 2);
    const answer = rows.filter({ hasText: 'Gói trả lời đã xuất' });
    shared.answerZip = await download(page, answer.getByRole('link', { name: 'Tải gói' }), 'goi-tra-loi.zip');
    assert.ok(await atPhoneWidth(page) <= 0, 'the submission page fits a phone');
  });
});

test('the Department takes the answer in and reads the return on its proposal', async () => {
  const page = await logIn(so, 'thuongtruc');
  await step(page, 'tra-loi', async () => {
    await upload(page, so, shared.answerZip);
    assert.equal(new URL(page.url()).pathname, shared.href);
    assert.match(await page.textContent('[role=status]'), /Đã nhận gói trao đổi/);
    const rows = page.locator('#goi-trao-doi + table tbody tr');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(1).textContent(), /Gói trả lời đã nhận \(trả lại\).*Bổ sung báo cáo thành tích/s);
    // The same answer again: said so, nothing more.
    await upload(page, so, shared.answerZip);
    assert.match(await page.textContent('[role=status]'), /đã được nhận trước đó/);
    assert.equal(await page.locator('#goi-trao-doi + table tbody tr').count(), 2);
  });
});
