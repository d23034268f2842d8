// A promise API over the TM Worker. Messages are answered in order, so units added before a
// lookup are always part of it.
import type { LangCode } from '../core/text/lang.js';
import type { TmUnitColumns } from '../core/tm/columns.js';
import type { TmIndexSnapshot } from '../core/tm/gram-index.js';
import type { UnitHitsResult } from '../core/tm/concordance.js';
import type { LookupOptions, TmUnit } from '../core/tm/types.js';
import type { TmConcordanceHit, TmHit, TmReply, TmRequest } from './tm-protocol.js';

export type { TmConcordanceHit, TmHit } from './tm-protocol.js';

type Answer =
  | number
  | TmHit[][]
  | { hits: TmConcordanceHit[]; more: boolean }
  | UnitHitsResult
  | { index: TmIndexSnapshot; units: TmUnitColumns };

export class TmClient {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: Answer) => void; reject: (e: Error) => void }
  >();

  private send(m: TmRequest): void {
    this.ensure().postMessage(m);
  }

  reset(): void {
    this.send({ type: 'reset' });
  }

  drop(tm: string): void {
    this.send({ type: 'drop', tm });
  }

  /** Units to index for matches, or with `lookup: false` only to hold for the concordance. */
  add(tm: string, lang: LangCode, units: TmUnit[], lookup = true): void {
    if (units.length > 0)
      this.send({ type: 'add', tm, lang, units, ...(lookup ? {} : { lookup: false }) });
  }

  /**
   * Has the Worker read every unit of `tm` from the database named `db` itself, for the unit
   * editor's searches (which answer meanwhile from what is read); resolves with how many once
   * all are in.
   */
  read(tm: string, db: string): Promise<number> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (r) => resolve(r as number), reject });
      this.send({ type: 'read', id, tm, db });
    });
  }

  remove(tm: string, ids: string[]): void {
    this.send({ type: 'remove', tm, ids });
  }

  /** Hands a stored index to the Worker; its arrays move there (they are unusable here after). */
  load(tm: string, index: TmIndexSnapshot, units: TmUnitColumns): void {
    const arrays = [index.tokIds, index.tokOff, index.starts, index.post, units.ends];
    const buffers = new Set([
      ...arrays.map((a) => a.buffer),
      units.createdAt.buffer,
      units.changedAt.buffer,
      units.extraSlots.buffer,
    ]);
    this.ensure().postMessage({ type: 'load', tm, index, units } satisfies TmRequest, [
      ...buffers,
    ] as Transferable[]);
  }

  /** The index of `tm` as the Worker built it, with its units, to be stored. */
  snapshot(tm: string): Promise<{ index: TmIndexSnapshot; units: TmUnitColumns }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (r) => resolve(r as { index: TmIndexSnapshot; units: TmUnitColumns }),
        reject,
      });
      this.send({ type: 'snapshot', id, tm });
    });
  }

  /** The best matches of each query over `tms`, merged, best first. */
  lookup(tms: string[], queries: { text: string; options: LookupOptions }[]): Promise<TmHit[][]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (r) => resolve(r as TmHit[][]), reject });
      this.send({ type: 'lookup', id, tms, queries });
    });
  }

  /** Units of `tms` whose source or target holds `phrase` (see core/tm/concordance.ts). */
  concordance(
    tms: string[],
    phrase: string,
    max = 100,
  ): Promise<{ hits: TmConcordanceHit[]; more: boolean }> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, {
        resolve: (r) => resolve(r as { hits: TmConcordanceHit[]; more: boolean }),
        reject,
      });
      this.send({ type: 'concordance', id, tms, phrase, max });
    });
  }

  /** The first `max` units of `tm` holding `phrase`, both sides marked (the unit editor). */
  units(tm: string, phrase: string, max: number): Promise<UnitHitsResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: (r) => resolve(r as UnitHitsResult), reject });
      this.send({ type: 'units', id, tm, phrase, max });
    });
  }

  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new Error('TM worker stopped'));
    this.pending.clear();
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./tm.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<TmReply>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.type === 'matches') p.resolve(e.data.results);
      else if (e.data.type === 'read') p.resolve(e.data.units);
      else if (e.data.type === 'concordance') p.resolve({ hits: e.data.hits, more: e.data.more });
      else if (e.data.type === 'units') p.resolve({ hits: e.data.hits, more: e.data.more });
      else if (e.data.type === 'snapshot') p.resolve({ index: e.data.index, units: e.data.units });
      else p.reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      e.preventDefault();
      // The indexes are gone with the Worker: the next use starts an empty one.
      const err = new Error(`the TM worker failed: ${e.message}`);
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }
}
