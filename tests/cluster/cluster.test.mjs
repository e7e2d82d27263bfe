// Several thidua servers on one PostgreSQL database (issue 15): two servers
// behind nginx, as docs/operations.md deploys them (tests/e2e/cluster.mjs).
// Each test talks to one server or the other directly, to show that what one
// does the other sees at once:
//  - both servers migrated the new database at the same time: one ran the
//    migrations, the other waited for it and found nothing left to do;
//  - a document register hammered from both servers gives consecutive numbers,
//    none twice;
//  - a file uploaded to one server is downloaded from the other;
//  - a session ended on one server is refused by the other at once, though the
//    other had just seen it (its cache of who is logged in is told);
//  - reminders sent from both servers reach the relay once each, though both
//    drain the one outbox;
//  - a request through nginx reaches the servers in turn, and the client's
//    address nginx forwards is the one the audit trail records.
// The campaign walk through nginx, with one server killed half-way, is
// tests/e2e/campaign.test.mjs run with THIDUA_E2E_CLUSTER=1 (CMake's test
// cluster_postgres runs both files).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { startCluster } from '../e2e/cluster.mjs';
import { repoRoot, thiduaBin } from '../e2e/harness.mjs';

const execFileAsync = promisify(execFile);
const PASSWORD = 'ThiDua@2023';

let server;
let urls;

before(async () => {
  server = await startCluster({ repoRoot, bin: thiduaBin(), demoArgs: ['--no-activity'] });
  urls = server.cluster.servers.map((s) => s.url);
});

after(async () => {
  await server?.stop();
});

async function token(username) {
  const { stdout } = await execFileAsync(thiduaBin(), ['user', 'token', '--db', server.dbUrl, '--username', username,
    '--name', `cum-${username}`], { env: process.env });
  return stdout.trim();
}

async function api(base, bearer, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, text };
}

/** Cookies of a Set-Cookie list as one Cookie header, merged into `jar`. */
function keepCookies(res, jar) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (value === '' || /Max-Age=0/i.test(line)) delete jar[name];
    else jar[name] = value;
  }
  return jar;
}

const cookieHeader = (jar) => Object.entries(jar).map(([k, v]) => `${k}=${v}`).join('; ');
const csrfOf = (html) => html.match(/name="_csrf" value="([^"]+)"/)?.[1];

/** Logs in through the form of `base`; answers the cookie jar. */
async function logIn(base, username) {
  const jar = {};
  const form = await fetch(`${base}/dang-nhap`);
  keepCookies(form, jar);
  const csrf = csrfOf(await form.text());
  assert.ok(csrf, 'the login form carries a CSRF token');
  const res = await fetch(`${base}/dang-nhap`, {
    method: 'POST', redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ username, password: PASSWORD, _csrf: csrf }).toString(),
  });
  await res.arrayBuffer();
  assert.equal(res.status, 303, `login on ${base}`);
  keepCookies(res, jar);
  assert.ok(jar.thidua_session, 'a session cookie');
  return jar;
}

test('hai máy chủ cùng chạy migrate trên cơ sở dữ liệu mới: mỗi phiên bản áp dụng đúng một lần', async () => {
  const { migrations } = server.cluster;
  assert.equal(migrations.length, 2);
  const twice = await server.cluster.psql('SELECT version FROM schema_migrations GROUP BY version HAVING COUNT(*) > 1');
  assert.deepEqual(twice, []);
  const [[latest]] = await server.cluster.psql('SELECT MAX(version) FROM schema_migrations');
  assert.ok(Number(latest) >= 119, `the latest migration recorded (${latest})`);
});

test('sổ văn bản: ban hành đồng thời trên hai máy chủ cho số liên tiếp, không trùng', async () => {
  const leader = await token('lanhdao');
  const N = 16;
  // Drafts copied from the seed plan and approved, half on each server.
  const drafts = [];
  for (let i = 0; i < N; i++) {
    const base = urls[i % 2];
    const copy = await api(base, leader, 'POST', '/api/v1/campaigns/1/copy');
    assert.equal(copy.status, 201, copy.text);
    const approved = await api(base, leader, 'POST', `/api/v1/campaigns/${copy.json.id}/transitions`,
      { to: 'approved', version: copy.json.version });
    assert.equal(approved.status, 200, approved.text);
    drafts.push(approved.json);
  }
  const before = Number((await server.cluster.psql(
    "SELECT COALESCE(MAX(number), 0) FROM campaigns WHERE state <> 'draft' AND number IS NOT NULL"))[0][0]);
  // All published at once, each server taking every other plan.
  const published = await Promise.all(drafts.map((d, i) => api(urls[i % 2], leader, 'POST',
    `/api/v1/campaigns/${d.id}/transitions`, { to: 'published', version: d.version })));
  for (const p of published) assert.equal(p.status, 200, p.text);
  const numbers = published.map((p) => p.json.number).sort((a, b) => a - b);
  assert.equal(new Set(numbers).size, N, `no number twice: ${numbers}`);
  assert.equal(numbers[N - 1] - numbers[0], N - 1, `consecutive: ${numbers}`);
  assert.ok(numbers[0] > 0 && numbers[0] <= before + 1, `continues the register: ${numbers[0]} after ${before}`);
});

test('tệp tải lên ở máy chủ này tải xuống được ở máy chủ kia', async () => {
  // The unit officer of Lục Nam submits the unit's plan with its file on server 1...
  const jar = await logIn(urls[0], 'canbo');
  const plans = '/dot-thi-dua/1/ke-hoach-don-vi';
  const formPage = await (await fetch(`${urls[0]}${plans}`, { headers: { Cookie: cookieHeader(jar) } })).text();
  const unitId = formPage.match(/name="unit_id" value="(\d+)"/)?.[1];
  assert.ok(unitId, 'the form of the officer\'s unit');
  const pdf = Buffer.from(`%PDF-1.4\n% ke hoach cum may chu ${Date.now()}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);
  const body = new FormData();
  body.set('_csrf', csrfOf(formPage));
  body.set('unit_id', unitId);
  body.set('body', 'Kế hoạch nộp qua máy chủ 1.');
  body.set('file', new Blob([pdf], { type: 'application/pdf' }), 'ke-hoach-cum.pdf');
  const sent = await fetch(`${urls[0]}${plans}`, { method: 'POST', body, redirect: 'manual', headers: { Cookie: cookieHeader(jar) } });
  const sentText = await sent.text();
  assert.equal(sent.status, 303, `plan accepted: ${sentText.slice(0, 300)}`);
  // ... and downloads the file from server 2, with the same session.
  const after = await (await fetch(`${urls[1]}${plans}`, { headers: { Cookie: cookieHeader(jar) } })).text();
  const href = after.match(/href="(\/dot-thi-dua\/1\/ke-hoach-don-vi\/\d+\/tep)"/)?.[1];
  assert.ok(href, 'the plan\'s file is listed on server 2');
  const res = await fetch(`${urls[1]}${href}`, { headers: { Cookie: cookieHeader(jar) } });
  assert.equal(res.status, 200);
  assert.ok(Buffer.from(await res.arrayBuffer()).equals(pdf), 'server 2 serves the very bytes sent to server 1');
});

test('đăng xuất ở máy chủ này: máy chủ kia từ chối phiên ngay, dù vừa ghi nhớ nó', async () => {
  const jar = await logIn(urls[0], 'thuongtruc');
  const home = await fetch(`${urls[1]}/`, { headers: { Cookie: cookieHeader(jar) }, redirect: 'manual' });
  const homeHtml = await home.text();
  assert.equal(home.status, 200, 'server 2 knows the session');
  const out = await fetch(`${urls[0]}/dang-xuat`, {
    method: 'POST', redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar) },
    body: new URLSearchParams({ _csrf: csrfOf(homeHtml) }).toString(),
  });
  await out.arrayBuffer();
  assert.equal(out.status, 303);
  // The stolen cookie, replayed on server 2 right after the logout: server 2
  // has heard of it (a notification, in milliseconds), long before the five
  // seconds its cache would otherwise keep the session.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const replay = await fetch(`${urls[1]}/tai-khoan/ma-truy-cap`, { headers: { Cookie: cookieHeader(jar) }, redirect: 'manual' });
  await replay.arrayBuffer();
  assert.equal(replay.status, 303, 'sent to the login page');
  assert.match(replay.headers.get('location') ?? '', /\/dang-nhap/);
});

test('nhắc nhở gửi từ hai máy chủ: mỗi thư đến máy chủ thư đúng một lần', async () => {
  const secretariat = await token('thuongtruc');
  const [[before]] = await server.cluster.psql('SELECT COUNT(*) FROM mail_outbox');
  let emails = 0;
  const rounds = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    api(urls[i % 2], secretariat, 'POST', '/api/v1/campaigns/1/reminders', {})));
  for (const r of rounds) {
    assert.equal(r.status, 201, r.text);
    emails += r.json.emails;
  }
  assert.ok(emails >= 20, `reminders by e-mail: ${emails}`);
  let unsent = '1';
  for (let i = 0; i < 150 && unsent !== '0'; i++) {
    [[unsent]] = await server.cluster.psql('SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL');
    if (unsent !== '0') await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.equal(unsent, '0', 'the outbox is drained');
  const rows = await server.cluster.psql('SELECT id, to_address, claimed_by, attempts FROM mail_outbox ORDER BY id');
  assert.equal(rows.length, Number(before) + emails);
  for (const [, , , attempts] of rows) assert.equal(attempts, '1', 'sent at the first attempt');
  const outbox = rows.map((r) => r[1]).sort();
  const received = server.cluster.mail.map((m) => m.to[0]).sort();
  assert.deepEqual(received, outbox, 'each message reached the relay once');
});

test('qua nginx: các yêu cầu đến lần lượt hai máy chủ; địa chỉ người dùng do nginx chuyển được ghi nhật ký', async () => {
  const before = [server.cluster.requests(0).length, server.cluster.requests(1).length];
  for (let i = 0; i < 10; i++) {
    const res = await fetch(`${server.baseUrl}/healthz`);
    await res.arrayBuffer();
    assert.equal(res.status, 200);
  }
  const grown = [server.cluster.requests(0).length - before[0], server.cluster.requests(1).length - before[1]];
  assert.ok(grown[0] >= 3 && grown[1] >= 3, `both servers answered: ${grown}`);
  // A login through nginx from a client nginx names: the audit keeps that address.
  const res = await fetch(`${server.baseUrl}/dang-nhap`, {
    method: 'POST', redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '203.0.113.7' },
    body: new URLSearchParams({ username: 'khongtontai', password: 'sai' }).toString(),
  });
  await res.arrayBuffer();
  const lines = [...server.cluster.requests(0), ...server.cluster.requests(1)].filter((l) => l.includes('/dang-nhap'));
  assert.ok(lines.some((l) => l.includes('203.0.113.7')), 'the forwarded client address reached the server');
});

test('tệp cấu hình nginx trong tài liệu vận hành đúng là tệp đang được kiểm thử', () => {
  const file = readFileSync(path.join(repoRoot, 'docs', 'nginx-thidua.conf'), 'utf8');
  const ops = readFileSync(path.join(repoRoot, 'docs', 'operations.md'), 'utf8');
  const block = ops.match(/```nginx\n([\s\S]*?)```/)?.[1];
  assert.equal(block, file, 'docs/operations.md shows docs/nginx-thidua.conf as it is');
});
