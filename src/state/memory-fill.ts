// Pre-translation: what each empty row gets from its best TM match. 101 % and 100 % matches fill
// a row as the user chose (confirmed or draft); fuzzy ones, when asked for, always as a draft with
// the score in the row's note, so nobody takes them for checked translations. Also the queries
// of a document's rows, its analysis against the TMs, and a TM written as TMX.
import type { Lang, Segment, Status } from '../core/model.js';
import { adjustNumbers, mapCodes } from '../core/tm/adjust.js';
import { exhaustiveLookup } from '../core/tm/exhaustive.js';
import type { Analysis, AnalysisRow } from '../core/tm/analyze.js';
import type { LookupOptions, TmUnit } from '../core/tm/types.js';
import { langCode } from '../core/text/lang.js';
import type { SegmentPatch, TmRecord, Workspace } from '../store/index.js';
import type { TmClient, TmHit } from '../workers/tm-client.js';
import type { OpenDocument } from './document.js';

/** A match as offered for a row: its target with the row's inline codes and numbers. */
export type MatchView = TmHit & {
  /** What inserting puts into the row. */
  target: string;
  /** True when numbers were replaced by the row's (the only difference from the TM's source). */
  adjusted: boolean;
};

/**
 * The 100 % and 101 % matches of a query read from storage by the source's hash, for while the
 * TMs' index is loading (the index serves everything once ready). TMs of the other direction are
 * left to the index: only the TM's own sources are hashed.
 */
export async function exactFromStore(
  ws: Workspace,
  tms: readonly TmRecord[],
  sourceLang: Lang,
  query: { text: string; options: LookupOptions },
): Promise<TmHit[]> {
  const hits: TmHit[] = [];
  for (const tm of tms) {
    if (tm.sourceLang !== sourceLang) continue;
    const units = await ws.tm.exactCandidates(tm.id, query.text);
    for (const m of exhaustiveLookup(units, query.text, { ...query.options, min: 100 }))
      hits.push({ ...m, tm: tm.id });
  }
  return hits
    .sort((a, b) => b.score - a.score || b.unit.changedAt - a.unit.changedAt)
    .slice(0, query.options.max ?? 5);
}

/** The match's target fitted to the row: its codes mapped to the row's, numbers replaced. */
export function fitMatch(hit: TmHit, row: Pick<Segment, 'source' | 'codes'>): MatchView {
  const mapped = hit.unit.codes?.length ? mapCodes(hit.unit, row).text : hit.unit.target;
  const numbers =
    hit.kind === 'fuzzy'
      ? adjustNumbers(row.source, { source: hit.unit.source, target: mapped })
      : undefined;
  return { ...hit, target: numbers?.target ?? mapped, adjusted: numbers?.adjusted ?? false };
}

export interface PretranslateOptions {
  /** The status rows filled from 101 %/100 % matches get. */
  exactStatus: Extract<Status, 'translated' | 'draft'>;
  /** Also fill from fuzzy matches of at least `fuzzyMin`. */
  fuzzy: boolean;
  fuzzyMin: number;
}

export interface PretranslateReport {
  filled: number;
  context: number;
  exact: number;
  fuzzy: number;
  /** Empty rows left empty (no match good enough). */
  left: number;
}

/** The note that marks a row filled from a fuzzy match (data in the document, not UI text). */
export const fuzzyNote = (score: number, note: string): string =>
  note ? `${note} · TM ${score}%` : `TM ${score}%`;

export function pretranslatePatches(
  items: readonly { row: Segment; hit?: TmHit }[],
  opts: PretranslateOptions,
): { patches: { id: string; patch: SegmentPatch }[]; report: PretranslateReport } {
  const report: PretranslateReport = { filled: 0, context: 0, exact: 0, fuzzy: 0, left: 0 };
  const patches: { id: string; patch: SegmentPatch }[] = [];
  for (const { row, hit } of items) {
    if (!hit || (hit.kind === 'fuzzy' && (!opts.fuzzy || hit.score < opts.fuzzyMin))) {
      report.left++;
      continue;
    }
    report.filled++;
    report[hit.kind]++;
    const { target } = fitMatch(hit, row);
    const patch: SegmentPatch =
      hit.kind === 'fuzzy'
        ? { target, status: 'draft', note: fuzzyNote(hit.score, row.note) }
        : { target, status: opts.exactStatus };
    patches.push({ id: row.id, patch });
  }
  return { patches, report };
}

/** Lookup options for a row: the threshold and count, and its neighbours for 101 %. */
export function queryFor(rows: readonly Segment[], i: number, min: number, max: number) {
  const options: LookupOptions = {
    min,
    max,
    prev: rows[i - 1]?.source,
    next: rows[i + 1]?.source,
  };
  return { text: rows[i]!.source, options };
}

/** The document against the TMs `read`, as CAT tools quote a job (core/tm/analyze.ts). */
export async function analyzeDocument(
  client: TmClient,
  read: string[],
  cur: OpenDocument,
): Promise<Analysis> {
  const rows = cur.segments;
  const results = await client.lookup(
    read,
    rows.map((_, i) => queryFor(rows, i, 50, 1)),
  );
  const input: AnalysisRow[] = rows.map((r, i) => ({
    source: r.source,
    prev: rows[i - 1]?.source,
    next: rows[i + 1]?.source,
  }));
  const best = new Map(input.map((r, i) => [r, results[i]?.[0]]));
  const { analyze } = await import('../core/tm/analyze.js');
  return analyze(input, (r) => best.get(r), langCode(cur.project.sourceLang));
}

/** Every committed unit of a TM as TMX 1.4b (dates, authors, project as the TMX carries them). */
export async function tmAsTmx(
  ws: Workspace,
  tm: TmRecord,
): Promise<{ name: string; text: string }> {
  const units: TmUnit[] = [];
  let after: string | undefined;
  do {
    const page = await ws.tm.page(tm.id, after, 10_000);
    for (const u of page.units) units.push(u);
    after = page.last;
  } while (after !== undefined);
  const { writeTmUnitsTmx } = await import('../core/tm/files.js');
  const text = writeTmUnitsTmx(units, { sourceLang: tm.sourceLang, targetLang: tm.targetLang });
  return { name: `${tm.name.replace(/[\\/:*?"<>|]+/g, '_')}.tmx`, text };
}
