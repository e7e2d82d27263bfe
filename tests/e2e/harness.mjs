// Helpers for the browser tests: a throwaway thidua server loaded with the demo,
// the system Chromium driven by playwright-core, and screenshots of failures.
// Specs run under node's built-in runner: `node --test tests/e2e/`.
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { chromium } from 'playwright-core';

import { startCluster } from './cluster.mjs';
import { freePort, stopChild, tail, waitHealthy } from './processes.mjs';

export { freePort };

const execFileAsync = promisify(execFile);

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root; relative THIDUA_BIN paths are resolved against it. */
export const repoRoot = path.resolve(here, '..', '..');
/** Where screenshotOnFailure() writes (ignored by git). */
export const artifactsDir = path.join(here, 'artifacts');

/** Chromium flags for a quiet, reproducible headless run inside a container. */
export const chromiumArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const keepTemp = process.env.THIDUA_E2E_KEEP === '1';
const liveServers = new Set();

// A test run that dies half-way must not leave servers behind.
process.on('exit', () => {
  for (const child of liveServers) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
});

/** Absolute path of the thidua binary: $THIDUA_BIN or build/thidua. */
export function thiduaBin() {
  const bin = process.env.THIDUA_BIN || 'build/thidua';
  return path.isAbsolute(bin) ? bin : path.join(repoRoot, bin);
}

async function runCli(bin, args, env) {
  try {
    return await execFileAsync(bin, args, { env, cwd: repoRoot, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
  } catch (err) {
    const out = [err.stdout, err.stderr].filter(Boolean).join('\n').trim();
    throw new Error(`thidua ${args.join(' ')} failed (exit ${err.code ?? err.signal}):\n${out}`);
  }
}



/**
 * Starts a throwaway thidua server with the demo loaded.
 *
 * Creates a temporary directory, runs `thidua migrate` and `thidua demo` on the
 * database, then `thidua serve --listen 127.0.0.1:PORT` on a free port, and
 * waits for GET /healthz to answer 200. Both use TMP/data as the data folder
 * (uploads, exports, the demo's signing keys).
 *
 * @param {object} [options]
 * @param {'sqlite'|'postgres'} [options.engine='sqlite'] sqlite makes TMP/thidua.db;
 *   postgres needs `dbUrl` (an empty database the caller created).
 * @param {string} [options.dbUrl] database URL to use instead of a fresh SQLite file.
 * @param {string[]} [options.demoArgs=[]] extra arguments for `thidua demo` (e.g. ['--people', '1000']).
 * @param {string[]} [options.serveArgs=[]] extra arguments for `thidua serve`.
 * @param {boolean} [options.loadDemo=true] run `thidua demo` after migrating.
 * @param {object} [options.env] extra environment for every thidua command.
 * @param {number} [options.startTimeoutMs=20000] how long to wait for /healthz.
 * @returns {Promise<{baseUrl: string, dbUrl: string, dir: string, dataDir: string, logPath: string,
 *   pid: number, stop: () => Promise<void>}>} call stop() when done (idempotent);
 *   it stops the server and removes the temporary directory (kept when
 *   THIDUA_E2E_KEEP=1).
 *
 * With THIDUA_E2E_CLUSTER=1 the same call starts a cluster instead
 * (cluster.mjs): two servers on a PostgreSQL database of THIDUA_TEST_PG_URL
 * behind nginx; baseUrl is nginx's, and the answer has `cluster` besides.
 */
export async function startServer(options = {}) {
  if (process.env.THIDUA_E2E_CLUSTER === '1') {
    return startCluster({ ...options, repoRoot, bin: thiduaBin() });
  }
  const {
    engine = 'sqlite',
    dbUrl: givenDbUrl,
    demoArgs = [],
    serveArgs = [],
    loadDemo = true,
    env: extraEnv = {},
    startTimeoutMs = 20_000,
  } = options;
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`unknown engine ${engine}`);
  if (engine === 'postgres' && !givenDbUrl) {
    throw new Error('engine "postgres" needs options.dbUrl pointing at an empty database');
  }
  const bin = thiduaBin();
  if (!existsSync(bin)) throw new Error(`${bin} not found: build it first or set THIDUA_BIN`);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-e2e-'));
  const removeDir = () => { if (!keepTemp) rmSync(dir, { recursive: true, force: true }); };
  const dbUrl = givenDbUrl ?? `sqlite:${path.join(dir, 'thidua.db')}`;
  const env = { ...process.env, ...extraEnv };
  const logPath = path.join(dir, 'server.log');

  try {
    // The server's data folder (uploads, exports, signing keys) is the
    // temporary one too, so nothing lands in the checkout.
    const dataDir = path.join(dir, 'data');
    await runCli(bin, ['migrate', '--db', dbUrl], env);
    if (loadDemo) await runCli(bin, ['demo', '--db', dbUrl, '--data-dir', dataDir, ...demoArgs], env);

    // The port is chosen before the server binds it, so another process can
    // take it in between; a server that exits before it is healthy is retried.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const log = openSync(logPath, 'a');
      const child = spawn(bin, ['serve', '--db', dbUrl, '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir, ...serveArgs], {
        env, cwd: repoRoot, stdio: ['ignore', log, log],
      });
      closeSync(log);
      liveServers.add(child);
      child.on('exit', () => liveServers.delete(child));

      let healthy;
      try {
        healthy = await waitHealthy(baseUrl, child, Date.now() + startTimeoutMs);
      } catch (err) {
        await stopChild(child);
        throw new Error(`${err.message}\n--- server log ---\n${tail(logPath)}`);
      }
      if (healthy) {
        let stopped = false;
        return {
          baseUrl, dbUrl, dir, dataDir, logPath, pid: child.pid,
          async stop() {
            if (stopped) return;
            stopped = true;
            await stopChild(child);
            removeDir();
          },
        };
      }
      if (attempt >= 3) {
        throw new Error(`thidua serve exited (${child.exitCode ?? child.signalCode}) before it was healthy\n` +
                        `--- server log ---\n${tail(logPath)}`);
      }
    }
  } catch (err) {
    removeDir();
    throw err;
  }
}

/**
 * Launches the system Chromium ($THIDUA_CHROMIUM or /usr/bin/chromium) headless
 * through playwright-core, with `chromiumArgs` plus `extraArgs`. playwright
 * gives every launch a fresh temporary profile (user-data-dir) and deletes it
 * on close. Nothing is downloaded.
 * @param {{extraArgs?: string[], slowMo?: number}} [options]
 * @returns {Promise<import('playwright-core').Browser>} close it when done.
 */
export async function launchBrowser(options = {}) {
  const executablePath = process.env.THIDUA_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`${executablePath} not found (set THIDUA_CHROMIUM)`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs, ...(options.extraArgs ?? [])],
    slowMo: options.slowMo,
    timeout: 30_000,
  });
}

/** A new context (own cookies, Vietnamese locale) and page of `browser`. */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...contextOptions });
  const page = await context.newPage();
  return page;
}

function safeName(name) {
  return String(name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120) || 'page';
}

/**
 * Saves a full-page screenshot and the page's HTML to
 * tests/e2e/artifacts/NAME.png and NAME.html. Never throws (a broken page must
 * not hide the original failure); returns the screenshot path or null.
 */
export async function screenshotOnFailure(page, name) {
  try {
    mkdirSync(artifactsDir, { recursive: true });
    const base = path.join(artifactsDir, safeName(name));
    await page.screenshot({ path: `${base}.png`, fullPage: true, timeout: 10_000 });
    try {
      writeFileSync(`${base}.html`, await page.content());
    } catch { /* the screenshot is what matters */ }
    console.error(`screenshot: ${base}.png (url ${page.url()})`);
    return `${base}.png`;
  } catch (err) {
    console.error(`screenshotOnFailure(${name}) could not save: ${err.message}`);
    return null;
  }
}

/**
 * Runs `fn(page)` on a new page of `browser`; if it throws, saves a screenshot
 * named `name` and rethrows. The page's context is closed either way.
 */
export async function withPage(browser, name, fn, contextOptions = {}) {
  const page = await newPage(browser, contextOptions);
  try {
    return await fn(page);
  } catch (err) {
    await screenshotOnFailure(page, name);
    throw err;
  } finally {
    await page.context().close();
  }
}

// Runs `fn` (optional: a navigation, a screenshot) with the page at a phone's
// width (390×844), then restores its size; returns by how many pixels the
// page is wider than the phone (0 or less when it fits).
export async function atPhoneWidth(page, fn = async () => {}) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  try {
    await fn();
    return await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  } finally {
    await page.setViewportSize(size);
  }
}

/**
 * Last year's finished campaign of the full demo and its approved proposal
 * not yet answered (the seed plan of 2023 is finished too, its proposals
 * answered): `{ campaign, proposal }`, or `{}` when there is none.
 * `get(path)` answers a JSON GET of the API as the caller.
 */
export async function unansweredProposal(get) {
  const list = await get('/api/v1/campaigns?page_size=100');
  for (const campaign of list.items.filter((x) => x.state === 'finalised')) {
    const decisions = await get(`/api/v1/campaigns/${campaign.id}/decisions`);
    const proposal = decisions.items.find((d) => d.kind === 'proposal' && d.state === 'approved' && !d.answer);
    if (proposal) return { campaign, proposal };
  }
  return {};
}
