// A thidua cluster for the tests: two `thidua serve` processes on one
// PostgreSQL database and one shared data folder, behind nginx configured with
// docs/nginx-thidua.conf (the operator's file, ports rewritten), and an SMTP
// sink both servers send their e-mail to.
//
// startCluster() answers what harness.startServer() answers (baseUrl is
// nginx's address), plus `cluster`: each server's own address and access log,
// the messages the SMTP sink received, `kill(i)` (SIGKILL, as a crash) and
// `psql(sql)` on the cluster's database. It needs THIDUA_TEST_PG_URL (a
// PostgreSQL server the test script started: scripts/test does) and nginx
// (Debian's package; scripts/setup installs it). Every process listens on
// 127.0.0.1 and is stopped by stop(), or killed when the test process exits.
import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { freePort, stopChild, tail, waitHealthy } from './processes.mjs';

const execFileAsync = promisify(execFile);

/** The nginx executable: $THIDUA_NGINX or /usr/sbin/nginx. */
export function nginxBin() {
  return process.env.THIDUA_NGINX || '/usr/sbin/nginx';
}

/**
 * A minimal SMTP server on 127.0.0.1 that accepts every message (no TLS, no
 * AUTH, as thidua speaks to a relay without smtp_user) and keeps them:
 * `{ port, messages: [{ from, to: [...], data }], close() }`.
 */
export async function startSmtpSink() {
  const messages = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [], data: '' };
    socket.write('220 sink.local ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          messages.push(current);
          current = { from: '', to: [], data: '' };
          inData = false;
          socket.write('250 2.0.0 queued\r\n');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-sink.local\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') { current.from = line.replace(/^MAIL FROM:\s*/i, ''); socket.write('250 2.1.0 ok\r\n'); }
        else if (verb === 'RCPT') { current.to.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1')); socket.write('250 2.1.5 ok\r\n'); }
        else if (verb === 'DATA') { inData = true; socket.write('354 go ahead\r\n'); }
        else if (verb === 'RSET') { current = { from: '', to: [], data: '' }; socket.write('250 ok\r\n'); }
        else if (verb === 'NOOP') socket.write('250 ok\r\n');
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return; }
        else socket.write('502 not implemented\r\n');
      }
    });
    socket.on('error', () => {});
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: server.address().port,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function run(bin, args, env, timeout = 180_000) {
  try {
    return await execFileAsync(bin, args, { env, maxBuffer: 64 * 1024 * 1024, timeout });
  } catch (err) {
    const out = [err.stdout, err.stderr].filter(Boolean).join('\n').trim();
    throw new Error(`${path.basename(bin)} ${args.join(' ')} failed (exit ${err.code ?? err.signal}):\n${out}`);
  }
}

/** The database URL of `name` on the server of THIDUA_TEST_PG_URL. */
function databaseUrl(name) {
  const base = process.env.THIDUA_TEST_PG_URL;
  if (!base) throw new Error('the cluster test needs THIDUA_TEST_PG_URL (scripts/test starts a throwaway PostgreSQL)');
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs `sql` with psql on `dbUrl`; answers its rows as arrays of strings. */
export async function psql(dbUrl, sql) {
  const { stdout } = await run('psql', [dbUrl, '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql], process.env);
  return stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}

/**
 * The operator's nginx file (docs/nginx-thidua.conf) for this cluster: its
 * `listen` on `port` of 127.0.0.1, its upstream servers replaced by `upstreams`.
 * Everything else is the file as the docs give it.
 */
export function nginxSiteConfig(docsFile, port, upstreams) {
  const text = readFileSync(docsFile, 'utf8');
  const servers = text.match(/^\s*server\s+127\.0\.0\.1:\d+[^;]*;\s*$/gm) ?? [];
  if (servers.length < 2) throw new Error(`${docsFile}: expected two upstream server lines`);
  const options = servers[0].replace(/^\s*server\s+127\.0\.0\.1:\d+/, '').replace(/;\s*$/, '');
  let replaced = false;
  let out = text.replace(/^\s*server\s+127\.0\.0\.1:\d+[^;]*;\s*\n/gm, () => {
    if (replaced) return '';
    replaced = true;
    return upstreams.map((u) => `    server ${u}${options};\n`).join('');
  });
  if (!/^\s*listen\s+80;/m.test(out)) throw new Error(`${docsFile}: expected "listen 80;"`);
  out = out.replace(/^(\s*)listen\s+80;/m, `$1listen 127.0.0.1:${port};`);
  return out;
}

const liveChildren = new Set();
process.on('exit', () => {
  for (const child of liveChildren) {
    try { child.kill('SIGKILL'); } catch { /* gone */ }
  }
});

function spawnLogged(bin, args, env, logPath) {
  const log = openSync(logPath, 'a');
  const child = spawn(bin, args, { env, stdio: ['ignore', log, log] });
  closeSync(log);
  liveChildren.add(child);
  child.on('exit', () => liveChildren.delete(child));
  return child;
}

let clusterCount = 0;

/**
 * Starts the cluster. Options as harness.startServer's: `demoArgs`,
 * `loadDemo`, `env`; plus `repoRoot` and `bin`.
 */
export async function startCluster(options) {
  const { repoRoot, bin, demoArgs = [], loadDemo = true, env: extraEnv = {}, startTimeoutMs = 30_000 } = options;
  if (!existsSync(nginxBin())) throw new Error(`${nginxBin()} not found: the cluster test needs nginx (scripts/setup installs it)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-cluster-'));
  // nginx's workers (user nobody when started as root) read and write below it.
  chmodSync(dir, 0o755);
  const keep = process.env.THIDUA_E2E_KEEP === '1';
  const dbName = `thidua_cluster_${process.pid}_${++clusterCount}`;
  const dbUrl = databaseUrl(dbName);
  const adminUrl = process.env.THIDUA_TEST_PG_URL;
  const dataDir = path.join(dir, 'data');  // the folder both servers share
  mkdirSync(dataDir);
  const env = { ...process.env, ...extraEnv };
  const children = [];
  let sink;
  const cleanup = async () => {
    for (const c of children) await stopChild(c);
    await sink?.close();
    try { await psql(adminUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`); } catch { /* best effort */ }
    if (!keep) rmSync(dir, { recursive: true, force: true });
  };
  try {
    await psql(adminUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await psql(adminUrl, `CREATE DATABASE ${dbName}`);
    // Two servers being deployed at once each migrate: one runs, the other waits.
    const migrations = await Promise.all([run(bin, ['migrate', '--db', dbUrl], env), run(bin, ['migrate', '--db', dbUrl], env)]);
    if (loadDemo) await run(bin, ['demo', '--db', dbUrl, '--data-dir', dataDir, ...demoArgs], env);

    sink = await startSmtpSink();
    const servers = [];
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const logPath = path.join(dir, `server${i + 1}.log`);
      const accessLog = path.join(dir, `access${i + 1}.log`);
      const serverEnv = {
        ...env,
        THIDUA_TRUSTED_PROXIES: '127.0.0.1',
        THIDUA_ACCESS_LOG: accessLog,
        THIDUA_SMTP_HOST: '127.0.0.1',
        THIDUA_SMTP_PORT: String(sink.port),
        THIDUA_SMTP_INTERVAL_S: '1',
        THIDUA_PUBLIC_URL: 'http://thidua.example',
      };
      const child = spawnLogged(bin, ['serve', '--db', dbUrl, '--listen', `127.0.0.1:${port}`, '--data-dir', dataDir],
                                serverEnv, logPath);
      children.push(child);
      const url = `http://127.0.0.1:${port}`;
      try {
        if (!await waitHealthy(url, child, Date.now() + startTimeoutMs)) throw new Error('exited');
      } catch (err) {
        throw new Error(`server ${i + 1} did not start: ${err.message}\n${tail(logPath)}`);
      }
      servers.push({ url, port, logPath, accessLog, child });
    }

    const nginxPort = await freePort();
    const prefix = path.join(dir, 'nginx');
    for (const sub of ['', 'body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, sub), { recursive: true, mode: 0o777 });
    for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) chmodSync(path.join(prefix, sub), 0o777);
    const site = nginxSiteConfig(path.join(repoRoot, 'docs', 'nginx-thidua.conf'), nginxPort, servers.map((s) => `127.0.0.1:${s.port}`));
    writeFileSync(path.join(prefix, 'thidua.conf'), site);
    writeFileSync(path.join(prefix, 'nginx.conf'), [
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${prefix}/access.log;`,
      `  client_body_temp_path ${prefix}/body;`,
      `  proxy_temp_path ${prefix}/proxy;`,
      `  fastcgi_temp_path ${prefix}/fastcgi;`,
      `  uwsgi_temp_path ${prefix}/uwsgi;`,
      `  scgi_temp_path ${prefix}/scgi;`,
      `  include ${prefix}/thidua.conf;`,
      '}',
      '',
    ].join('\n'));
    const nginxLog = path.join(prefix, 'stderr.log');
    const nginx = spawnLogged(nginxBin(), ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
                              env, nginxLog);
    children.push(nginx);
    const baseUrl = `http://127.0.0.1:${nginxPort}`;
    try {
      if (!await waitHealthy(baseUrl, nginx, Date.now() + startTimeoutMs)) throw new Error('nginx exited');
    } catch (err) {
      throw new Error(`nginx did not start: ${err.message}\n${tail(nginxLog)}\n${tail(path.join(prefix, 'error.log'))}`);
    }

    let stopped = false;
    return {
      baseUrl, dbUrl, dir, dataDir, logPath: servers[0].logPath, pid: servers[0].child.pid,
      cluster: {
        servers,
        migrations,
        mail: sink.messages,
        nginxAccessLog: path.join(prefix, 'access.log'),
        /** Kills server `i` (0 or 1) with SIGKILL, as a crash. */
        async kill(i) {
          const child = servers[i].child;
          if (child.exitCode !== null || child.signalCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGKILL');
          await exited;
        },
        alive(i) {
          const child = servers[i].child;
          return child.exitCode === null && child.signalCode === null;
        },
        /** Requests server `i` logged (its access log's lines). */
        requests(i) {
          try { return readFileSync(servers[i].accessLog, 'utf8').split('\n').filter(Boolean); } catch { return []; }
        },
        psql: (sql) => psql(dbUrl, sql),
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await cleanup();
      },
    };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
