// Messages between the memory service and the TM Worker, which holds one candidate index per TM
// (over the side in the open project's source language) and answers lookups off the main thread.
import type { LangCode } from '../core/text/lang.js';
import type { TmUnitColumns } from '../core/tm/columns.js';
import type { ConcordanceHit, UnitHit } from '../core/tm/concordance.js';
import type { TmIndexSnapshot } from '../core/tm/gram-index.js';
import type { LookupOptions, TmMatch, TmUnit } from '../core/tm/types.js';

/** A match with the TM it came from. */
export type TmHit = TmMatch & { tm: string };

/** A concordance hit with the TM it came from. */
export type TmConcordanceHit = ConcordanceHit & { tm: string };

export type TmRequest =
  /** Drops every index (another project opened). */
  | { type: 'reset' }
  /**
   * Adds units to the index of `tm` (made on first use, over `lang`); with `lookup: false` the
   * units are only held for the concordance and the unit editor (no match index is built).
   */
  | { type: 'add'; tm: string; lang: LangCode; units: TmUnit[]; lookup?: false }
  /**
   * Reads every unit of `tm` from the workspace's database `db` (named) into a concordance index
   * of its own, for the unit editor (no match index); searches of `tm` meanwhile answer from what
   * is read so far, or wait for more. Answered when everything is read.
   */
  | { type: 'read'; id: number; tm: string; db: string }
  | { type: 'remove'; tm: string; ids: string[] }
  | { type: 'drop'; tm: string }
  /** Replaces the index of `tm` by a stored one (built earlier by `snapshot`), units included. */
  | { type: 'load'; tm: string; index: TmIndexSnapshot; units: TmUnitColumns }
  /** The index of `tm` as built, with its units, for the page to store. */
  | { type: 'snapshot'; id: number; tm: string }
  /** The best matches of each query over the TMs named, merged, best first. */
  | {
      type: 'lookup';
      id: number;
      tms: string[];
      queries: { text: string; options: LookupOptions }[];
    }
  /** Units of the TMs named whose source or target holds `phrase`, up to `max`. */
  | { type: 'concordance'; id: number; tms: string[]; phrase: string; max: number }
  /** The first `max` units of one TM holding `phrase`, both sides' ranges each (the unit editor). */
  | { type: 'units'; id: number; tm: string; phrase: string; max: number };

export type TmReply =
  | { type: 'matches'; id: number; results: TmHit[][] }
  | { type: 'read'; id: number; units: number }
  | { type: 'concordance'; id: number; hits: TmConcordanceHit[]; more: boolean }
  | { type: 'units'; id: number; hits: UnitHit[]; more: boolean }
  | { type: 'snapshot'; id: number; index: TmIndexSnapshot; units: TmUnitColumns }
  | { type: 'error'; id: number; message: string };
