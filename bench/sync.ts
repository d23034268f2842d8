// `npm run bench:sync [-- --seconds 60 --clients 50 --rows 5000 --rate 2]`: simulated clients
// (Node, the Hocuspocus provider) editing one document through two team server instances that
// share Redis and PostgreSQL (scripts/services.mjs starts them). Prints the propagation latency
// (p50/p95, from one client's edit to every other client seeing it), the servers' CPU and
// memory, the update throughput, and whether every client's final document is identical and
// holds every edit (also in PostgreSQL after the servers stop). Nothing here is asserted.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import * as Y from 'yjs';
import { startServices } from '../scripts/services.mjs';
import {
  connect,
  share,
  startInstance,
  waitFor,
  type Client,
  type Instance,
} from '../tests/server/helpers.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '50' },
    rows: { type: 'string', default: '5000' },
    rate: { type: 'string', default: '2' },
  },
});
const SECONDS = Number(values.seconds);
const CLIENTS = Number(values.clients);
const ROWS = Number(values.rows);
const RATE = Number(values.rate); // edits a second, each client
const MARK = /⟦(\d+)\.(\d+)⟧/g;

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
const [a, b] = instances;

function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}
const rss = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

try {
  const shared = await share(a.http, ROWS);
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  let received = 0;
  const clients: Client[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const urls = i % 2 ? [b.url, a.url] : [a.url, b.url];
    const c = connect(
      urls,
      shared.documentName,
      i % 5 === 4 ? shared.tokens.reviewer : shared.tokens.translator,
    );
    // Every client measures: from the sender's edit to this client's seeing it (one process, one clock).
    c.doc.getMap('rows').observeDeep((events, tr) => {
      if (tr.local) return;
      const now = performance.now();
      for (const e of events) {
        if (!(e.target instanceof Y.Text)) continue;
        for (const d of e.delta) {
          if (typeof d.insert !== 'string') continue;
          for (const m of d.insert.matchAll(MARK)) {
            const t = sent.get(m[0]);
            if (t !== undefined) latencies.push(now - t);
            received++;
          }
        }
      }
    });
    clients.push(c);
  }
  const t0 = performance.now();
  await waitFor(
    () => clients.every((c) => c.synced()),
    180_000,
    'every client to load the document',
  );
  console.log(
    `${CLIENTS} clients loaded a ${ROWS}-row document in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const cpu0 = instances.map((x) => cpuSeconds(x.proc.pid!));
  let peak = instances.map((x) => rss(x.proc.pid!));
  const sampler = setInterval(
    () => (peak = instances.map((x, i) => Math.max(peak[i], rss(x.proc.pid!)))),
    500,
  );
  const start = performance.now();
  const end = start + SECONDS * 1000;
  let edits = 0;
  const seq = new Array(CLIENTS).fill(0);
  await Promise.all(
    clients.map(async (c, i) => {
      // Spread the clients' first edits over one interval, then each edits at RATE a second.
      await new Promise((r) => setTimeout(r, Math.random() * (1000 / RATE)));
      while (performance.now() < end) {
        const row = `r${Math.floor(Math.random() * ROWS)}`;
        const text = c.doc.getMap<Y.Map<unknown>>('rows').get(row)!.get('target') as Y.Text;
        const mark = `⟦${i}.${seq[i]++}⟧`;
        sent.set(mark, performance.now());
        text.insert(Math.floor(Math.random() * (text.length + 1)), mark);
        edits++;
        await new Promise((r) => setTimeout(r, 1000 / RATE));
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  const cpu = instances.map((x, i) => (cpuSeconds(x.proc.pid!) - cpu0[i]) / elapsed);
  clearInterval(sampler);

  const targetsText = (d: Y.Doc) => {
    let s = '';
    for (const m of d.getMap<Y.Map<unknown>>('rows').values()) s += String(m.get('target')) + '\n';
    return s;
  };
  let identical = false;
  try {
    await waitFor(
      () => {
        if (!clients.every((c) => c.synced())) return false;
        const first = targetsText(clients[0].doc);
        return clients.every((c) => targetsText(c.doc) === first);
      },
      60_000,
      'every client to agree',
    );
    identical = true;
  } catch {
    identical = false;
  }
  const finalMarks = new Set([...targetsText(clients[0].doc).matchAll(MARK)].map((m) => m[0]));
  const lost = [...sent.keys()].filter((k) => !finalMarks.has(k)).length;
  for (const c of clients) c.destroy();
  await Promise.all(instances.map((x) => x.stop()));
  const db = new pg.Client({ connectionString: services.databaseUrl });
  await db.connect();
  const { rows } = await db.query('SELECT state FROM team_documents WHERE name = $1', [
    shared.documentName,
  ]);
  await db.end();
  const stored = new Y.Doc();
  Y.applyUpdate(stored, rows[0].state);
  const storedMarks = new Set([...targetsText(stored).matchAll(MARK)].map((m) => m[0]));
  const lostInDb = [...sent.keys()].filter((k) => !storedMarks.has(k)).length;

  latencies.sort((x, y) => x - y);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(
    `clients ${CLIENTS} (two instances), rows ${ROWS}, ${elapsed.toFixed(1)} s, ${RATE} edits/s a client`,
  );
  console.log(
    `edits sent: ${edits} (${(edits / elapsed).toFixed(0)}/s); seen by other clients: ${received} (${(received / elapsed).toFixed(0)}/s)`,
  );
  console.log(
    `propagation latency: p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, p99 ${pct(99).toFixed(0)} ms, max ${pct(100).toFixed(0)} ms`,
  );
  console.log(
    `server CPU: ${cpu.map((c) => (c * 100).toFixed(0) + '%').join(' + ')} of one core; peak RSS: ${peak.map(mb).join(' + ')} MB`,
  );
  console.log(
    `final documents identical on every client: ${identical ? 'yes' : 'NO'}; edits lost: ${lost} of ${edits}; missing in PostgreSQL after stop: ${lostInDb}`,
  );
  console.log(
    `machine: ${readFileSync('/proc/cpuinfo', 'utf8').match(/processor/g)?.length} cores, load average ${load}`,
  );
} finally {
  await Promise.all(instances.map((x) => (x.proc.exitCode === null ? x.stop() : undefined)));
  await services.stop();
}
