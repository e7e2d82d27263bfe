// The demo shows the product at once (issue 13 #2): after `thidua demo` the
// Department has a campaign in every phase — this year's campaign
// mid-flight, last year's finished with its council session, decisions and
// public results — and the pages of each answer with figures, not zeros.
// And it tells the story of issue 14 #5: the seed plan of 2023 issued,
// decided, published and answered by the Chairman and the Minister under the
// names of 2023; the 2025 reorganisation, after which the Sở TNMT Bắc Giang
// is the Sở NN&MT Bắc Ninh of last year's and this year's campaigns; each
// document under the names of its date (PDF text read back with pdftotext).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer, thiduaBin } from './harness.mjs';

const run = promisify(execFile);
let server;
let token;

before(async () => {
  server = await startServer();
  const { stdout } = await run(thiduaBin(), ['user', 'token', '--username', 'thuongtruc', '--name', 'demo', '--db', server.dbUrl]);
  token = stdout.trim().split('\n').pop();
});
after(async () => { await server?.stop(); });

async function api(pathName) {
  const res = await fetch(`${server.baseUrl}${pathName}`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200, `${pathName}: ${res.status}`);
  return res.json();
}

async function campaigns() {
  const list = await api('/api/v1/campaigns?page_size=100');
  const finished = list.items.filter((c) => c.state === 'finalised');
  const running = list.items.filter((c) => c.state === 'running' && c.kind !== 'annual');
  // Last year's campaign: the finished one that is not the seed plan of 2023.
  const lastYear = finished.find((c) => c.id !== 1);
  return { list: list.items, finished, running, lastYear };
}

test('every phase is present: the seed plan of 2023 and last year’s finished, one mid-flight, the annual review', async () => {
  const { list, finished, running, lastYear } = await campaigns();
  assert.deepEqual(finished.map((c) => c.id).sort(), [1, lastYear.id].sort(), 'the seed plan and last year’s are finished');
  assert.equal(running.length, 1, 'this year’s campaign runs');
  assert.ok(running[0].id > lastYear.id);
  assert.ok(list.some((c) => c.kind === 'annual' && c.state === 'running'), 'the annual review runs');
  // Nobody was left behind in a finished campaign.
  for (const done of finished) {
    const dash = await api(`/api/v1/campaigns/${done.id}/dashboard`);
    assert.equal(dash.totals.late_units, 0, `campaign ${done.id}`);
    assert.equal(dash.totals.average_progress, 100, `campaign ${done.id}`);
  }
});

test('the campaign mid-flight has registrations, progress, late units, difficulties and nominations in every state', async () => {
  const { running } = await campaigns();
  const mid = running[0];
  const today = new Date().toISOString().slice(0, 10);
  assert.ok(mid.period_start < today && today < mid.period_end, 'today falls inside its period');
  const dash = await api(`/api/v1/campaigns/${mid.id}/dashboard?page_size=100`);
  const t = dash.totals;
  assert.ok(t.registered > t.people / 2 && t.registered < t.people, `registered ${t.registered} of ${t.people}`);
  assert.ok(t.late_units > 0 && t.late_units < t.units / 2, `${t.late_units} late units of ${t.units}`);
  assert.ok(t.average_progress > 10 && t.average_progress < 90, `average progress ${t.average_progress}`);
  assert.ok(t.pending_approvals > 0 && t.open_difficulties > 0);
  assert.ok(dash.items.some((u) => !u.late) && dash.items.some((u) => u.late));
  for (const state of ['approved', 'submitted', 'returned']) {
    const regs = await api(`/api/v1/campaigns/${mid.id}/registrations?state=${state}&page_size=5`);
    assert.ok(regs.items.length > 0 && regs.items.every((r) => r.state === state), `a registration ${state}`);
  }
  const hard = await api(`/api/v1/campaigns/${mid.id}/difficulties`);
  assert.ok(hard.items.some((d) => d.answer) && hard.items.some((d) => !d.answer), 'difficulties open and answered');
  const noms = await api(`/api/v1/campaigns/${mid.id}/nominations`);
  for (const state of ['submitted', 'accepted', 'returned']) {
    assert.ok(noms.items.some((n) => n.state === state), `a nomination ${state}`);
  }
  // Evidence and plan files are real documents.
  const plans = await api(`/api/v1/campaigns/${mid.id}/unit-plans?page_size=100`);
  const withFile = plans.items.find((p) => p.plan?.file);
  assert.ok(withFile, 'a unit plan with its file');
  const file = await fetch(`${server.baseUrl}/api/v1/campaigns/${mid.id}/unit-plans/${withFile.plan.id}/file`,
                           { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(file.headers.get('content-type').split(';')[0], 'application/pdf');
  assert.equal(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
});

test('the finished campaign went through the council, the decisions and publication', async () => {
  const { lastYear: done } = await campaigns();
  const dash = await api(`/api/v1/campaigns/${done.id}/dashboard`);
  assert.equal(dash.totals.late_units, 0);
  assert.equal(dash.totals.average_progress, 100);
  const sessions = await api(`/api/v1/campaigns/${done.id}/sessions`);
  assert.equal(sessions.items[0].state, 'closed');
  const record = await api(`/api/v1/campaigns/${done.id}/sessions/${sessions.items[0].id}/record`);
  assert.ok(record.items.length > 3, 'the ballot record lists the items');
  const noms = await api(`/api/v1/campaigns/${done.id}/nominations?page_size=100`);
  assert.ok(noms.items.some((n) => n.state === 'failed'), 'the council refused one');
  assert.ok(noms.items.some((n) => n.state === 'decided'), 'the Director decided the rest');
  const decisions = await api(`/api/v1/campaigns/${done.id}/decisions`);
  assert.ok(decisions.items.some((d) => d.kind === 'decision' && d.state === 'approved' && d.number > 0));
  assert.ok(decisions.items.some((d) => d.kind === 'proposal' && d.state === 'approved'));
  // Public, without logging in.
  const page = await fetch(`${server.baseUrl}/cong-khai/ket-qua/${done.id}`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /Giấy khen/);
  const results = await (await fetch(`${server.baseUrl}/api/v1/public/campaigns/${done.id}/results`)).json();
  assert.ok(results.units.reduce((n, u) => n + u.total, 0) >= 8, 'the awards are public');
  const notice = await fetch(`${server.baseUrl}/cong-khai/ket-qua/${done.id}/thong-bao.pdf`);
  assert.equal(notice.status, 200);
  // What the finished campaign issued last year is signed by the Director and
  // the Department (the demo's certificates are valid from before then).
  const decision = decisions.items.find((d) => d.kind === 'decision' && d.state === 'approved');
  const res = await fetch(`${server.baseUrl}/api/v1/campaigns/${done.id}/decisions/${decision.id}/document.pdf`,
                          { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200);
  const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
  assert.ok((pdf.match(/\/SubFilter\s*\/ETSI\.CAdES\.detached/g) || []).length >= 2, 'signed by the Director and the Department');
  assert.match(Buffer.from(await notice.arrayBuffer()).toString('latin1'), /\/SubFilter\s*\/ETSI\.CAdES\.detached/,
               'the public results notice is signed');
});

test('the province’s TĐKT body is a second agency with the finished campaign’s proposal in its queue', async () => {
  const { lastYear: done } = await campaigns();
  const { stdout } = await run(thiduaBin(), ['user', 'token', '--username', 'tiepnhan', '--name', 'demo', '--db', server.dbUrl]);
  const body = stdout.trim().split('\n').pop();
  const get = async (pathName, bearer) => {
    const res = await fetch(`${server.baseUrl}${pathName}`, { headers: { Authorization: `Bearer ${bearer}` } });
    return { status: res.status, json: res.headers.get('content-type')?.startsWith('application/json') ? await res.json() : null };
  };
  const queue = await get('/api/v1/submissions', body);
  assert.equal(queue.status, 200);
  assert.equal(queue.json.items.length, 1, 'one proposal waits');
  const waiting = queue.json.items[0];
  assert.equal(waiting.state, 'sent');
  const detail = await get(`/api/v1/submissions/${waiting.id}`, body);
  assert.equal(detail.status, 200);
  assert.ok(detail.json.list.length >= 1, 'the list of nominees travelled with it');
  // The Department sees what it sent, on its proposal.
  const decisions = await api(`/api/v1/campaigns/${done.id}/decisions`);
  const proposal = decisions.items.find((d) => d.kind === 'proposal');
  const sent = await api(`/api/v1/campaigns/${done.id}/decisions/${proposal.id}`);
  assert.equal(sent.submission_id, waiting.id);
  // The body reads none of the Department's own records.
  assert.equal((await get(`/api/v1/campaigns/${done.id}`, body)).status, 404);
  // Each agency declares its own complete years; the body's office sees only its agency.
  const years = await get('/api/v1/fact-years', body);
  assert.equal(years.status, 200);
  assert.deepEqual(years.json.agencies.map((a) => a.name), ['Sở Nội vụ tỉnh Bắc Ninh']);
});

/** The text pdftotext reads from the PDF at `pathName`, spaces folded. */
async function pdfText(pathName) {
  const res = await fetch(`${server.baseUrl}${pathName}`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(res.status, 200, `${pathName}: ${res.status}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-demo-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the 2025 reorganisation is history: 2023 under its names, last year and this year under the merged Department', async () => {
  const history = await api('/api/v1/reorganisations?page=1');
  assert.equal(history.total, 15, 'the merger, the renames and the ten district offices dissolved');
  const kinds = new Set(history.items.map((r) => r.kind));
  for (const kind of ['dissolve', 'rename']) assert.ok(kinds.has(kind), `a ${kind} recorded`);
  assert.ok(history.items.every((r) => r.effective_date === '2025-07-01' || r.effective_date === '2025-03-01'));

  // The seed plan of 2023 keeps the names of 2023.
  const seed = await pdfText('/api/v1/campaigns/1/plan.pdf');
  assert.match(seed, /UBND TỈNH BẮC GIANG/);
  assert.match(seed, /SỞ TÀI NGUYÊN/);
  // Last year's decision and proposal carry the merged Department's lines.
  const { lastYear: done, running } = await campaigns();
  const decisions = await api(`/api/v1/campaigns/${done.id}/decisions`);
  for (const d of decisions.items) {
    const text = await pdfText(`/api/v1/campaigns/${done.id}/decisions/${d.id}/document.pdf`);
    assert.match(text, /UBND TỈNH BẮC NINH/, `${d.kind}: the governing body of its date`);
    assert.match(text, /SỞ NÔNG NGHIỆP/);
    assert.match(text, /Bắc Ninh, ngày/);
    assert.match(text, /-SNNMT/);
    assert.doesNotMatch(text, /BẮC GIANG|SỞ TÀI NGUYÊN/, 'no line of 2023 left');
  }
  // This year's campaign: the plan under the new names, and no dissolved
  // district office among its units.
  const mid = running[0];
  assert.match(await pdfText(`/api/v1/campaigns/${mid.id}/plan.pdf`), /UBND TỈNH BẮC NINH/);
  const dash = await api(`/api/v1/campaigns/${mid.id}/dashboard?page_size=100`);
  assert.ok(dash.items.length > 10);
  assert.ok(dash.items.every((u) => !/Phòng Tài nguyên và Môi trường/.test(u.name)), 'no dissolved office takes part');
  assert.ok(dash.items.every((u) => !/Phát triển nông thôn/.test(u.name)), 'nor the Sở NN&PTNT merged in 2025');
  assert.ok(dash.items.some((u) => u.name === 'Chi cục Kiểm lâm'), 'the merged Sở NN&PTNT’s units take part');
});

test('the seed plan of 2023 was issued, decided, published and answered under the names of 2023', async () => {
  const seed = await api('/api/v1/campaigns/1');
  assert.equal(seed.state, 'finalised');
  // Issued in June 2023 with the number after those the register had reached
  // on paper (the plan cites its Kế hoạch số 25 of April).
  assert.equal(seed.number_line, 'Số: 38/KH-STNMT');
  assert.equal(seed.issue_date, '2023-06-12');
  const plan = await pdfText('/api/v1/campaigns/1/plan.pdf');
  assert.match(plan, /Số: 38\/KH-STNMT Bắc Giang, ngày 12 tháng 6 năm 2023/);

  // The Director's decision and the two proposals, the Chairman's and the
  // Minister's answers recorded with their numbers of 2023.
  const decisions = (await api('/api/v1/campaigns/1/decisions')).items;
  const own = decisions.find((d) => d.kind === 'decision');
  assert.equal(own.state, 'approved');
  assert.match(own.issue_date, /^2023-10-/);
  const answered = Object.fromEntries(decisions.filter((d) => d.kind === 'proposal').map((d) => [d.award_code, d]));
  assert.deepEqual(Object.keys(answered).sort(), ['BK-BO-TNMT', 'BK-CT-UBND-TINH']);
  assert.equal(answered['BK-CT-UBND-TINH'].answer, 'granted');
  assert.equal(answered['BK-CT-UBND-TINH'].answer_number_symbol, '2187/QĐ-UBND');
  assert.equal(answered['BK-BO-TNMT'].answer_number_symbol, '3015/QĐ-BTNMT');
  assert.equal(answered['BK-BO-TNMT'].answer_date, '2023-11-03');
  assert.equal(answered['BK-BO-TNMT'].granted_by, 'Bộ Tài nguyên và Môi trường', 'the ministry of 2023');

  // Every document of 2023 under the lines of 2023, and none signed with the
  // certificates the agency received under its name of 2025: the originals
  // were signed by hand.
  for (const d of decisions) {
    const pathName = `/api/v1/campaigns/1/decisions/${d.id}/document.pdf`;
    const text = await pdfText(pathName);
    assert.match(text, new RegExp(`Số: ${d.number_symbol} Bắc Giang, ngày 18 tháng 10 năm 2023`));
    assert.match(text, /UBND TỈNH BẮC GIANG/);
    assert.doesNotMatch(text, /BẮC NINH|NÔNG NGHIỆP/, 'no line of 2025');
    const res = await fetch(`${server.baseUrl}${pathName}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.doesNotMatch(Buffer.from(await res.arrayBuffer()).toString('latin1'), /\/SubFilter/, `${d.kind} ${d.id} unsigned`);
  }
  const minutes = (await api('/api/v1/campaigns/1/sessions')).items[0];
  assert.equal(minutes.state, 'closed');
  assert.match(await pdfText(`/api/v1/campaigns/1/sessions/${minutes.id}/minutes.pdf`), /Bắc Giang, ngày 13 tháng 10 năm 2023/);

  // Published: the results, the Minister's Bằng khen of 2023 among them.
  const results = await (await fetch(`${server.baseUrl}/api/v1/public/campaigns/1/results`)).json();
  const awards = results.units.flatMap((u) => u.awards);
  for (const by of ['Giám đốc Sở', 'Chủ tịch UBND tỉnh', 'Bộ Tài nguyên và Môi trường']) {
    assert.ok(awards.some((a) => a.granted_by === by && a.total > 0), `an award of the ${by} is public`);
  }
  const notice = await pdfText('/api/v1/campaigns/1/results-notice.pdf');
  assert.match(notice, /Bắc Giang, ngày 20 tháng 11 năm 2023/);
  // The answers joined the register with their decisions' numbers and dates.
  const register = await api('/api/v1/awards?year=2023&granted_by=B%E1%BB%99%20T%C3%A0i%20nguy%C3%AAn&page_size=100');
  const fromMinister = register.items.filter((a) => a.decision_number_symbol === '3015/QĐ-BTNMT');
  assert.ok(fromMinister.length > 0, 'the Minister’s Bằng khen of 2023 in the register');
  assert.ok(fromMinister.every((a) => a.decision_date === '2023-11-03' && a.campaign_id === 1));
});
