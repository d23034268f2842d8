// PostgreSQL and Redis for the team server's tests and benchmark, started on free loopback ports
// in temporary folders and stopped afterwards. Debian's `postgresql` and `redis-server` are
// installed with apt-get when missing and we are root. PostgreSQL refuses to run as root, so it
// runs as the `postgres` user the package creates.
//   node scripts/services.mjs install    install the packages when missing (CI)
//   node scripts/services.mjs            start both, print their URLs, stop on Ctrl+C
import { spawn, execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function pgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions)
    if (existsSync(join(base, v, 'bin', 'initdb'))) return join(base, v, 'bin');
  return undefined;
}

function redisBin() {
  for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server'])
    if (existsSync(p)) return p;
  return undefined;
}

/** Installs what is missing; returns a reason when it cannot (not root, no apt-get, apt failed). */
export function installServices() {
  const missing = [];
  if (!pgBin()) missing.push('postgresql');
  if (!redisBin()) missing.push('redis-server');
  if (missing.length === 0) return undefined;
  if (!isRoot || !existsSync('/usr/bin/apt-get'))
    return `${missing.join(' and ')} missing, and apt-get cannot install them here (not root, or no apt-get)`;
  console.error(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
      stdio: 'inherit',
      env,
    });
  if (install().status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (install().status !== 0) return `apt-get could not install ${missing.join(' ')}`;
  }
  if (!pgBin() || !redisBin()) return `after apt-get, ${missing.join(' or ')} is still missing`;
  return undefined;
}

export const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

// Commands PostgreSQL runs as its own user when we are root.
const asPostgres = (cmd, args) =>
  isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];

function run(cmd, args) {
  const [c, a] = asPostgres(cmd, args);
  execFileSync(c, a, { stdio: ['ignore', 'ignore', 'pipe'] });
}

async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`${what} did not start within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts PostgreSQL and Redis. Resolves to { databaseUrl, redisUrl, stopPostgres, startPostgres,
 * stop } — or to { skip: reason } when they cannot be had here and we are not in CI (in CI a
 * missing service is an error: the tests must run there).
 */
export async function startServices({ redis = true } = {}) {
  const reason = installServices();
  if (reason) {
    if (process.env.CI) throw new Error(`CI needs PostgreSQL and Redis: ${reason}`);
    return { skip: reason };
  }
  const bin = pgBin();
  const dir = mkdtempSync(join(tmpdir(), 'bt-pg-'));
  const data = join(dir, 'data');
  if (isRoot) chownSync(dir, ...uidGid('postgres'));
  run(join(bin, 'initdb'), [
    '-D',
    data,
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
  ]);
  const pgPort = await freePort();
  const pgCtl = (action) =>
    run(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-w',
      '-t',
      '30',
      '-l',
      join(dir, 'log'),
      ...(action === 'start'
        ? ['-o', `-p ${pgPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`]
        : ['-m', 'fast']),
      action,
    ]);
  pgCtl('start');
  const databaseUrl = `postgres://postgres@127.0.0.1:${pgPort}/postgres`;

  let redisProc;
  let redisUrl;
  if (redis) {
    const redisPort = await freePort();
    const rdir = mkdtempSync(join(tmpdir(), 'bt-redis-'));
    redisProc = spawn(
      redisBin(),
      [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--dir',
        rdir,
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      { stdio: 'ignore' },
    );
    redisUrl = `redis://127.0.0.1:${redisPort}`;
    await waitFor(() => portOpen(redisPort), 10_000, 'redis-server');
    redisProc.rdir = rdir;
  }
  let pgUp = true;
  return {
    databaseUrl,
    redisUrl,
    stopPostgres() {
      if (pgUp) pgCtl('stop');
      pgUp = false;
    },
    startPostgres() {
      if (!pgUp) pgCtl('start');
      pgUp = true;
    },
    async stop() {
      try {
        if (pgUp) pgCtl('stop');
      } catch {
        // already gone
      }
      pgUp = false;
      if (redisProc) {
        redisProc.kill('SIGTERM');
        rmSync(redisProc.rdir, { recursive: true, force: true });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function uidGid(user) {
  const line = execFileSync('id', [user], { encoding: 'utf8' });
  return [Number(/uid=(\d+)/.exec(line)[1]), Number(/gid=(\d+)/.exec(line)[1])];
}

function portOpen(port) {
  return new Promise((resolve) => {
    import('node:net').then(({ connect }) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === 'install') {
    const reason = installServices();
    if (reason) {
      console.error(reason);
      process.exit(1);
    }
    console.log(`postgresql: ${pgBin()}; redis-server: ${redisBin()}`);
  } else {
    const s = await startServices();
    if (s.skip) {
      console.error(s.skip);
      process.exit(1);
    }
    console.log(`DATABASE_URL=${s.databaseUrl}\nREDIS_URL=${s.redisUrl}`);
    const stop = () => s.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }
}
