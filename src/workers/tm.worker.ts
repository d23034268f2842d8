// The TM Worker: holds the candidate indexes of the open project's TMs and serves lookups, so a
// million units are neither held nor scanned on the main thread.
import { packUnits, unpackUnits } from '../core/tm/columns.js';
import { concordance } from '../core/tm/concordance.js';
import { createTmIndex, loadTmIndex } from '../core/tm/gram-index.js';
import type { TmUnit } from '../core/tm/types.js';
import type { TmConcordanceHit, TmHit, TmReply, TmRequest } from './tm-protocol.js';

const indexes = new Map<string, ReturnType<typeof createTmIndex>>();
/** The same units by id, for the concordance scan (the index keeps them in its own form). */
const units = new Map<string, Map<string, TmUnit>>();
const post = (m: TmReply): void => postMessage(m);

/** Best first; among equals the newest change (as each index ranks its own). */
const byScore = (a: TmHit, b: TmHit) => b.score - a.score || b.unit.changedAt - a.unit.changedAt;

addEventListener('message', (e: MessageEvent<TmRequest>) => {
  const m = e.data;
  switch (m.type) {
    case 'reset':
      indexes.clear();
      units.clear();
      return;
    case 'drop':
      indexes.delete(m.tm);
      units.delete(m.tm);
      return;
    case 'load': {
      const slots = unpackUnits(m.units);
      indexes.set(m.tm, loadTmIndex(m.index, slots));
      const byId = new Map<string, TmUnit>();
      for (const u of slots) if (u) byId.set(u.id, u);
      units.set(m.tm, byId);
      return;
    }
    case 'snapshot': {
      const index = indexes.get(m.tm);
      if (!index) return post({ type: 'error', id: m.id, message: `no index of ${m.tm}` });
      const snap = index.snapshot();
      const byId = units.get(m.tm);
      // Copied, not transferred: the index goes on using its arrays.
      post({
        type: 'snapshot',
        id: m.id,
        index: snap,
        units: packUnits(snap.ids.map((id) => (id ? byId?.get(id) : undefined))),
      });
      return;
    }
    case 'add': {
      const index = indexes.get(m.tm) ?? createTmIndex(m.lang);
      indexes.set(m.tm, index);
      const byId = units.get(m.tm) ?? new Map<string, TmUnit>();
      units.set(m.tm, byId);
      for (const u of m.units) {
        byId.set(u.id, u);
        // Adding a unit again (a re-confirmed row) replaces it.
        index.remove(u.id);
        index.add(u);
      }
      return;
    }
    case 'remove': {
      const index = indexes.get(m.tm);
      for (const id of m.ids) {
        index?.remove(id);
        units.get(m.tm)?.delete(id);
      }
      return;
    }
    case 'concordance': {
      const hits: TmConcordanceHit[] = [];
      let more = false;
      for (const tm of m.tms) {
        const r = concordance(units.get(tm)?.values() ?? [], m.phrase, {
          max: m.max - hits.length,
        });
        for (const h of r.hits) hits.push({ ...h, tm });
        more ||= r.more;
        if (hits.length >= m.max) break;
      }
      post({ type: 'concordance', id: m.id, hits, more });
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
