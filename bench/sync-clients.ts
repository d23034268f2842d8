// One worker process of bench:sync: runs some of the simulated clients, so the clients of the
// benchmark do not all share one Node event loop (in real life each is its own machine). Talks to
// bench/sync.ts over IPC: ready → go → done (marks sent) → check (total) → result.
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { connect, waitFor, type Client } from '../tests/server/helpers.js';

export interface WorkerArgs {
  first: number;
  count: number;
  urls: [string, string];
  documentName: string;
  tokens: { translator: string; reviewer: string };
  rows: number;
  rate: number;
}
export type ToWorker = { type: 'go'; end: number } | { type: 'check'; total: number };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'done'; sent: number }
  | {
      type: 'result';
      latencies: number[];
      received: number;
      hashes: string[];
      missing: number;
      agreed: boolean;
    };

// A mark carries its client, its number and the wall-clock ms it was typed: every process reads
// the same clock, so a receiver computes the latency on its own.
const MARK = /⟦(\d+)\.(\d+)@(\d+(?:\.\d+)?)⟧/g;
const now = () => performance.timeOrigin + performance.now();
const args = JSON.parse(process.argv[2]) as WorkerArgs;
const send = (m: FromWorker) => process.send!(m);

const latencies: number[] = [];
let received = 0;
const clients: Client[] = [];
for (let k = 0; k < args.count; k++) {
  const i = args.first + k;
  const urls = i % 2 ? [args.urls[1], args.urls[0]] : [args.urls[0], args.urls[1]];
  const c = connect(
    urls,
    args.documentName,
    i % 5 === 4 ? args.tokens.reviewer : args.tokens.translator,
  );
  c.doc.getMap('rows').observeDeep((events, tr) => {
    if (tr.local) return;
    const t = now();
    for (const e of events) {
      if (!(e.target instanceof Y.Text)) continue;
      for (const d of e.delta)
        if (typeof d.insert === 'string')
          for (const m of d.insert.matchAll(MARK)) {
            latencies.push(t - Number(m[3]));
            received++;
          }
    }
  });
  clients.push(c);
}
await waitFor(() => clients.every((c) => c.synced()), 600_000, 'the clients to load the document');
send({ type: 'ready' });

const rowsText = (d: Y.Doc) => {
  let s = '';
  for (const [id, m] of [...d.getMap<Y.Map<unknown>>('rows')].sort(([a], [b]) => (a < b ? -1 : 1)))
    s += `${id}\t${String(m.get('target'))}\n`;
  return s;
};

/** Positions between marks (never inside one), so a later edit cannot split an earlier mark. */
function boundaries(t: string): number[] {
  const out = [0, t.length];
  for (let i = t.indexOf('⟦'); i >= 0; i = t.indexOf('⟦', i + 1)) out.push(i);
  return out;
}

process.on('message', async (m: ToWorker) => {
  if (m.type === 'go') {
    let sent = 0;
    await Promise.all(
      clients.map(async (c, k) => {
        const i = args.first + k;
        let seq = 0;
        await new Promise((r) => setTimeout(r, Math.random() * (1000 / args.rate)));
        while (now() < m.end) {
          const row = `r${Math.floor(Math.random() * args.rows)}`;
          const text = c.doc.getMap<Y.Map<unknown>>('rows').get(row)!.get('target') as Y.Text;
          const at = boundaries(text.toString());
          text.insert(
            at[Math.floor(Math.random() * at.length)],
            `⟦${i}.${seq++}@${now().toFixed(1)}⟧`,
          );
          sent++;
          await new Promise((r) => setTimeout(r, 1000 / args.rate));
        }
      }),
    );
    send({ type: 'done', sent });
  } else if (m.type === 'check') {
    const count = (c: Client) => [...rowsText(c.doc).matchAll(MARK)].length;
    let agreed = true;
    try {
      await waitFor(
        () => clients.every((c) => c.synced() && count(c) >= m.total),
        120_000,
        'every edit on every client',
      );
    } catch {
      agreed = false;
    }
    const hashes = clients.map((c) => createHash('sha256').update(rowsText(c.doc)).digest('hex'));
    const missing = Math.max(0, ...clients.map((c) => m.total - count(c)));
    send({ type: 'result', latencies, received, hashes, missing, agreed });
    for (const c of clients) c.destroy();
    setTimeout(() => process.exit(0), 200);
  }
});
