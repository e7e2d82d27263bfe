// The encrypted ballot survives a crash: the real binary on a SQLite file,
// killed with SIGKILL while members' ballots are in flight. Every ballot the
// server acknowledged (201) is counted after a restart, none that it did not
// acknowledge is, and the committee's codes drawn before the crash still
// close the ballot (the server keeps no secret in memory). Then the operator's
// `thidua ballot verify` passes. Uses the JSON API with tokens (no browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, thiduaBin } from './harness.mjs';

const run = promisify(execFile);
const MEMBERS = ['lanhdao', 'thuongtruc', 'hoidong', 'uyvien1', 'uyvien2'];

async function token(db, username) {
  const { stdout } = await run(thiduaBin(), ['user', 'token', '--username', username, '--name', 'crash', '--db', db]);
  return stdout.trim().split('\n').pop();
}

function api(server, tokenValue) {
  return async (method, pathName, body) => {
    const res = await fetch(`${server.baseUrl}${pathName}`, {
      method,
      headers: { Authorization: `Bearer ${tokenValue}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

test('a SIGKILL while ballots are cast loses no acknowledged ballot; the same codes close after restart', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-crash-'));
  const db = `sqlite:${path.join(dir, 'thidua.db')}`;
  // The seed campaign with the Department's council as in 2023 (no activity).
  let server = await startServer({ dbUrl: db, demoArgs: ['--no-activity'] });
  try {
    const tokens = {};
    for (const u of MEMBERS) tokens[u] = await token(db, u);
    // Five accepted nominations of the seed campaign, as the secretariat would have accepted them.
    execFileSync('sqlite3', [path.join(dir, 'thidua.db'),
      "INSERT INTO nominations (campaign_id, award_type_id, unit_id, subject, nominee_unit_id, subject_key, state, submitted_at) " +
      "SELECT 1, (SELECT id FROM campaign_award_types WHERE campaign_id = 1 ORDER BY ord LIMIT 1), u.id, 'collective', u.id, " +
      "'u:crash-' || u.id, 'accepted', '2026-11-30T00:00:00.000Z' FROM units u ORDER BY u.id LIMIT 5"]);

    let sec = api(server, tokens.thuongtruc);
    const councils = await sec('GET', '/api/v1/councils');
    assert.equal(councils.status, 200, JSON.stringify(councils.body));
    const councilId = councils.body.items[0].id;
    const created = await sec('POST', '/api/v1/campaigns/1/sessions',
                              { council_id: councilId, held_on: '2026-12-04', place: 'Phòng họp tầng 3' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const sid = created.body.id;
    const base = `/api/v1/campaigns/1/sessions/${sid}`;
    const view = await sec('GET', base);
    const memberId = Object.fromEntries(view.body.members.map((m) => [m.full_name, m.member_id]));
    const ids = view.body.members.map((m) => m.member_id);
    assert.equal((await sec('POST', `${base}/attendance`, { present_member_ids: ids })).status, 200);
    const committee = [memberId['Bùi Quang Huy'], memberId['Giáp Văn Tuấn']];
    const opened = await sec('POST', `${base}/open`, { committee_member_ids: committee });
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    const shares = {};
    for (const [u, id] of [['lanhdao', committee[0]], ['hoidong', committee[1]]]) {
      const drawn = await api(server, tokens[u])('POST', `${base}/share`);
      assert.equal(drawn.status, 201, JSON.stringify(drawn.body));
      shares[id] = drawn.body.share_code;
    }
    const items = (await sec('GET', base)).body.items.map((it) => it.id);
    assert.equal(items.length, 5);

    // Three members vote on every item at once; the server is killed while
    // their requests are in flight.
    const ballot = (u) => items.map((id, i) => ({ item_id: id, choice: (i + u.length) % 2 ? 'agree' : 'disagree' }));
    const inFlight = ['lanhdao', 'thuongtruc', 'hoidong'].map((u) =>
      api(server, tokens[u])('POST', `${base}/votes`, { votes: ballot(u) }).then((r) => [u, r.status], () => [u, 0]));
    await new Promise((resolve) => setTimeout(resolve, 4));
    process.kill(server.pid, 'SIGKILL');
    const outcomes = await Promise.all(inFlight);
    const acknowledged = outcomes.filter(([, status]) => status === 201).map(([u]) => u);
    console.log(`[crash] answers when killed (0: none): ${JSON.stringify(outcomes)}`);

    server = await startServer({ dbUrl: db, loadDemo: false });
    sec = api(server, tokens.thuongtruc);
    // Every acknowledged member shows as voted; the others may vote now.
    let after = (await sec('GET', base)).body;
    assert.equal(after.state, 'voting');
    assert.ok(after.members_voted >= acknowledged.length, `${after.members_voted} voted, ${acknowledged} acknowledged`);
    const voters = new Set();
    for (const u of MEMBERS) {
      const r = await api(server, tokens[u])('POST', `${base}/votes`, { votes: ballot(u) });
      if (r.status === 201) voters.add(u);
      else assert.equal(r.status, 409, `${u}: ${JSON.stringify(r.body)}`);  // voted before the crash
    }
    for (const u of acknowledged) assert.ok(!voters.has(u), `${u}'s acknowledged ballot was kept`);
    after = (await sec('GET', base)).body;
    assert.equal(after.members_voted, 5, 'every member has exactly one ballot per item');

    // The codes drawn before the crash close the ballot.
    const closed = await sec('POST', `${base}/close`, { shares });
    assert.equal(closed.status, 200, JSON.stringify(closed.body));
    for (const [i, it] of closed.body.items.entries()) {
      const agree = MEMBERS.filter((u) => (i + u.length) % 2).length;
      assert.equal(it.result.agree, agree, `item ${i + 1}`);
      assert.equal(it.result.disagree, 5 - agree, `item ${i + 1}`);
    }
    assert.equal(closed.body.trackers.length, 25);
    const verified = execFileSync(thiduaBin(), ['ballot', 'verify', '--session', String(sid), '--db', db], { encoding: 'utf8' });
    assert.match(verified, /khớp với các phiếu đã công bố: 25 phiếu/);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
