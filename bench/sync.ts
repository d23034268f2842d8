// `npm run bench:sync [-- --seconds 60 --clients 50 --rows 5000 --rate 2 --procs 2]`: simulated
// clients (Node, the Hocuspocus provider, spread over --procs worker processes) editing one
// document through two team server instances that share Redis and PostgreSQL (started by
// scripts/services.mjs). Prints the propagation latency (p50/p95: from one client's keystroke to
// each other client seeing it), the servers' CPU and memory, the update throughput, and whether
// every client's final document is identical and holds every edit — and so does PostgreSQL once
// the servers have stopped. Nothing here is asserted.
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import * as Y from 'yjs';
import { startServices } from '../scripts/services.mjs';
import { share, startInstance, type Instance } from '../tests/server/helpers.js';
import type { FromWorker, ToWorker, WorkerArgs } from './sync-clients.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
    rows: { type: 'string', default: '5000' },
    rate: { type: 'string', default: '2' },
    procs: { type: 'string', default: '2' },
  },
});
const [SECONDS, CLIENTS, ROWS, RATE, PROCS] = [
  values.seconds,
  values.clients,
  values.rows,
  values.rate,
  values.procs,
].map(Number);

const services = await startServices();
if ('skip' in services) {
  console.error(`bench:sync needs PostgreSQL and Redis: ${services.skip}`);
  process.exit(1);
}
const env = {
  DATABASE_URL: services.databaseUrl,
  REDIS_URL: services.redisUrl,
  TEAM_QUIET: '1',
  TEAM_STORE_DEBOUNCE_MS: '2000',
  TEAM_STORE_MAX_DEBOUNCE_MS: '10000',
};
const instances: Instance[] = await Promise.all([startInstance(env), startInstance(env)]);

const cpuSeconds = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, clock ticks of 1/100 s
};
const rss = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const workers: ChildProcess[] = [];
/** The next message of type `type` from every worker. */
const all = <T extends FromWorker['type']>(type: T) =>
  Promise.all(
    workers.map(
      (w) =>
        new Promise<Extract<FromWorker, { type: T }>>((resolve) => {
          const on = (m: FromWorker) =>
            m.type === type &&
            (w.off('message', on), resolve(m as Extract<FromWorker, { type: T }>));
          w.on('message', on);
        }),
    ),
  );
const tell = (m: ToWorker) => workers.forEach((w) => w.send(m));

try {
  const loadBefore = load();
  const shared = await share(instances[0].http, ROWS);
  const t0 = Date.now();
  const per = Math.ceil(CLIENTS / PROCS);
  for (let first = 0; first < CLIENTS; first += per) {
    const a: WorkerArgs = {
      first,
      count: Math.min(per, CLIENTS - first),
      urls: [instances[0].url, instances[1].url],
      documentName: shared.documentName,
      tokens: { translator: shared.tokens.translator, reviewer: shared.tokens.reviewer },
      rows: ROWS,
      rate: RATE,
    };
    workers.push(
      fork('bench/sync-clients.ts', [JSON.stringify(a)], { execArgv: ['--import', 'tsx'] }),
    );
  }
  await all('ready');
  console.log(
    `${CLIENTS} clients in ${workers.length} processes loaded a ${ROWS}-row document in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );

  const cpu0 = instances.map((x) => cpuSeconds(x.proc.pid!));
  let peak = instances.map((x) => rss(x.proc.pid!));
  const sampler = setInterval(
    () => (peak = instances.map((x, i) => Math.max(peak[i], rss(x.proc.pid!)))),
    500,
  );
  const start = Date.now();
  const done = all('done');
  tell({ type: 'go', end: performance.timeOrigin + performance.now() + SECONDS * 1000 });
  const sent = (await done).reduce((n, d) => n + d.sent, 0);
  const elapsed = (Date.now() - start) / 1000;
  const cpu = instances.map((x, i) => (cpuSeconds(x.proc.pid!) - cpu0[i]) / elapsed);
  clearInterval(sampler);

  const results = all('result');
  tell({ type: 'check', total: sent });
  const res = await results;
  const settled = (Date.now() - start) / 1000 - elapsed;
  const hashes = new Set(res.flatMap((r) => r.hashes));
  const missing = Math.max(...res.map((r) => r.missing));
  const received = res.reduce((n, r) => n + r.received, 0);
  const latencies = res.flatMap((r) => r.latencies).sort((x, y) => x - y);

  await Promise.all(instances.map((x) => x.stop()));
  const db = new pg.Client({ connectionString: services.databaseUrl });
  await db.connect();
  const { rows } = await db.query('SELECT state FROM team_documents WHERE name = $1', [
    shared.documentName,
  ]);
  await db.end();
  const stored = new Y.Doc();
  Y.applyUpdate(stored, rows[0].state);
  let storedText = '';
  for (const m of stored.getMap<Y.Map<unknown>>('rows').values())
    storedText += String(m.get('target'));
  const inDb = [...storedText.matchAll(/⟦\d+\.\d+@[\d.]+⟧/g)].length;

  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `clients ${CLIENTS} over two instances, ${ROWS} rows, ${elapsed.toFixed(1)} s of editing, ${RATE} edits/s a client`,
  );
  console.log(
    `edits sent: ${sent} (${(sent / elapsed).toFixed(0)}/s); edits seen by other clients: ${received} (${(received / elapsed).toFixed(0)}/s)`,
  );
  console.log(
    `propagation latency: p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms, max ${pct(100).toFixed(0)} ms`,
  );
  console.log(
    `server CPU: ${cpu.map((c) => (c * 100).toFixed(0) + '%').join(' + ')} of one core; peak RSS: ${peak.map(mb).join(' + ')} MB`,
  );
  console.log(`every client had every edit ${settled.toFixed(1)} s after the editing stopped`);
  console.log(
    `final documents identical on every client: ${hashes.size === 1 && res.every((r) => r.agreed) ? 'yes' : 'NO'}; edits lost: ${missing} of ${sent}; missing in PostgreSQL after stop: ${sent - inDb}`,
  );
  console.log(
    `machine: 2 cores shared with other work; load average ${loadBefore} before, ${load()} after`,
  );
} finally {
  for (const w of workers) if (w.exitCode === null) w.kill();
  await Promise.all(instances.map((x) => (x.proc.exitCode === null ? x.stop() : undefined)));
  await services.stop();
}
