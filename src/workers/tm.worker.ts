// The TM Worker: holds the candidate indexes of the open project's TMs and serves lookups, so a
// million units are neither held nor scanned on the main thread.
import { createTmIndex } from '../core/tm/index.js';
import type { TmIndex } from '../core/tm/types.js';
import type { TmHit, TmReply, TmRequest } from './tm-protocol.js';

const indexes = new Map<string, TmIndex>();
const post = (m: TmReply): void => postMessage(m);

/** Best first; among equals the newest change (as each index ranks its own). */
const byScore = (a: TmHit, b: TmHit) => b.score - a.score || b.unit.changedAt - a.unit.changedAt;

addEventListener('message', (e: MessageEvent<TmRequest>) => {
  const m = e.data;
  switch (m.type) {
    case 'reset':
      indexes.clear();
      return;
    case 'drop':
      indexes.delete(m.tm);
      return;
    case 'add': {
      const index: TmIndex = indexes.get(m.tm) ?? createTmIndex(m.lang);
      indexes.set(m.tm, index);
      for (const u of m.units) {
        // Adding a unit again (a re-confirmed row) replaces it.
        index.remove(u.id);
        index.add(u);
      }
      return;
    }
    case 'remove': {
      const index = indexes.get(m.tm);
      for (const id of m.ids) index?.remove(id);
      return;
    }
    case 'lookup':
      try {
        const results = m.queries.map(({ text, options }) => {
          const hits: TmHit[] = [];
          for (const tm of m.tms) {
            for (const match of indexes.get(tm)?.lookup(text, options) ?? [])
              hits.push({ ...match, tm });
          }
          return hits.sort(byScore).slice(0, options.max ?? 5);
        });
        post({ type: 'matches', id: m.id, results });
      } catch (err) {
        post({
          type: 'error',
          id: m.id,
          message: err instanceof Error ? err.message : String(err),
        });
      }
  }
});
