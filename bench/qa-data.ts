// The QA evaluation: real zh↔en translation pairs from the alignment gold (../shared/data, never
// copied into the project), each used in both directions, split into a development half and a
// held-out half, with errors injected into some rows (bench/qa-inject.ts) and the rest clean.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { QaContext, QaRow } from '../src/core/qa/index.js';
import { DATA_DIR, SETS, loadSet } from './align-data.js';
import { inject, INJECTED_CHECKS, type InjectedCheck } from './qa-inject.js';

export { DATA_DIR };
export const hasData = (): boolean => existsSync(DATA_DIR);

export interface Pair {
  zh: string;
  en: string;
  set: string;
}

/** 1-1, 1-n and n-1 beads as pairs (sentences of one side joined); a bead with an empty side is not a translation. */
export function pairsOf(split: 'dev' | 'held-out'): Pair[] {
  const out: Pair[] = [];
  for (const [name, sl, tl] of SETS) {
    const set = loadSet(name, sl, tl);
    if (!set) continue;
    set.docs.forEach((doc, d) => {
      const beads = doc.gold
        .split('\n')
        .filter(Boolean)
        .map((l) => {
          const [s, t] = l.split(':').map((x) => JSON.parse(x) as number[]);
          return [s!, t!] as const;
        })
        .filter(([s, t]) => s.length > 0 && t.length > 0);
      // Novels: three chapters each way. One-document sets: the first half and the second.
      // The Bible is capped: 1,500 verses a half keep it from outweighing the rest.
      let pick: (typeof beads)[number][];
      if (set.docs.length > 1) pick = d < set.docs.length / 2 === (split === 'dev') ? beads : [];
      else {
        const cap = name.startsWith('bible') ? 1500 : Infinity;
        const half = Math.min(Math.floor(beads.length / 2), cap);
        pick = split === 'dev' ? beads.slice(0, half) : beads.slice(half, half * 2);
      }
      for (const [s, t] of pick) {
        const join = (lines: string[], lang: string, ids: number[]) =>
          ids.map((i) => lines[i]!.trim()).join(lang === 'zh' ? '' : ' ');
        const src = join(doc.source, sl, s);
        const tgt = join(doc.target, tl, t);
        out.push(sl === 'zh' ? { zh: src, en: tgt, set: name } : { zh: tgt, en: src, set: name });
      }
    });
  }
  return out;
}

export interface EvalRow extends QaRow {
  /** The check an injected error should trip; undefined for a clean row. */
  injected?: InjectedCheck;
  /** A clean row that shares a source or target with an injected consistency row. */
  partner?: boolean;
}

export interface EvalSet {
  split: 'dev' | 'held-out';
  ctx: QaContext;
  rows: EvalRow[];
}

/** Deterministic: the same seed gives the same rows and the same errors. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows injected per check and direction (fewer where fewer rows qualify). */
export const PER_CHECK = 120;

export function buildSet(split: 'dev' | 'held-out', ctx: QaContext, seed: number): EvalSet {
  const random = rng(seed);
  const pairs = pairsOf(split);
  const rows: EvalRow[] = pairs.map((p, i) => ({
    id: String(i),
    source: ctx.sourceLang === 'zh' ? p.zh : p.en,
    target: ctx.sourceLang === 'zh' ? p.en : p.zh,
  }));
  // Each check gets its own rows, drawn in a shuffled order; a row carries one error at most.
  const order = rows.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const used = new Set<number>();
  const extra: EvalRow[] = [];
  for (const check of INJECTED_CHECKS) {
    let n = 0;
    for (const i of order) {
      if (n >= PER_CHECK) break;
      if (used.has(i)) continue;
      const r = inject(check, rows[i]!, ctx, random);
      if (!r) continue;
      used.add(i);
      n++;
      if (r.kind === 'replace') rows[i] = { ...r.row, injected: check };
      else {
        // A consistency error is a second row: the original stays as it was, as its partner.
        rows[i] = { ...rows[i]!, partner: true };
        extra.push({ ...r.row, id: `x${extra.length}`, injected: check });
      }
    }
  }
  // One clean row in ten carries an inline code pair on both sides, as a styled file would, so
  // that the tags check is measured on correct tags too.
  rows.forEach((r, i) => {
    if (!used.has(i) && !r.partner && random() < 0.1) {
      rows[i] = { ...r, source: `\uE000${r.source}\uE001`, target: `\uE000${r.target}\uE001` };
    }
  });
  return { split, ctx, rows: [...rows, ...extra] };
}

/**
 * Alarms on clean rows that are the published data's own errors (a number truly changed, a
 * Chinese sentence without its 。), each read and listed by hand in bench/qa-data-errors.tsv:
 * the pair's content hash, the check, and why. The bench counts them apart, never drops them.
 */
export const REVIEWED_FILE = join(dirname(fileURLToPath(import.meta.url)), 'qa-data-errors.tsv');

/** A pair's identity whatever its direction: its Chinese and English text, inline codes left out. */
export function pairHash(row: QaRow, ctx: QaContext): string {
  const bare = (s: string) => s.replace(/[\uE000-\uF8FF]/g, '');
  const [zh, en] = ctx.sourceLang === 'zh' ? [row.source, row.target] : [row.target, row.source];
  return createHash('sha256')
    .update(`${bare(zh)}\n${bare(en)}`)
    .digest('hex')
    .slice(0, 12);
}

/** `hash check` → the reviewer's reason. */
export function loadReviewed(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(REVIEWED_FILE)) return out;
  for (const line of readFileSync(REVIEWED_FILE, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [hash, check, reason] = line.split('\t');
    if (!hash || !check || !reason) throw new Error(`${REVIEWED_FILE}: malformed line: ${line}`);
    out.set(`${hash} ${check}`, reason);
  }
  return out;
}
