// Importing a TMX, TSV/CSV or XLIFF file into a TM: parsed in the import Worker (TMX and XLIFF
// as a stream), written in blocks of units as the pairs come, and committed as a whole at the end — a
// cancelled or failed import (a wrong language pair, a full disk) leaves the TM as it was.
import { importFailure, type ImportFailure } from '../core/exchange.js';
import type { PairBatch } from '../core/formats/index.js';
import { ScriptCounter, sideLanguage, toAppLang } from '../core/formats/langs.js';
import { isConfirmed } from '../core/filter.js';
import type { Lang, Pair } from '../core/model.js';
import type { TmUnit } from '../core/tm/types.js';
import { HashTable, pairHash } from '../core/tm/hash-table.js';
import { unitMeta } from '../core/tm/unit-meta.js';
import { StoreError, type TmRecord, type Workspace } from '../store/index.js';
import { ImportClient } from '../workers/import-client.js';
import { isAbort } from './jobs.js';
import type { MemoryState } from './memory.js';
import type { OpenDocument } from './document.js';

/** Units a stored block (one record) holds, and blocks written per transaction. */
// (A block's size is the importer's: the store finds a unit's block by its id.) Measured: see
// the README's TM figures.
const BLOCK = 500;
const BLOCKS_PER_WRITE = 10;
/** Streamed TMX/XLIFF may be far bigger than a file opened as a project. */
const MAX_BYTES = 2 ** 31;

export interface TmImportReport {
  tm: string;
  file: string;
  /** Units now in the TM from this file. */
  added: number;
  /** Pairs read more than once (in the file or already in the TM): kept once, the newest. */
  duplicates: number;
  /** Pairs without a translation: skipped. */
  emptyTargets: number;
  /** XLIFF units not confirmed (new, draft, rejected): skipped. */
  unconfirmed: number;
  swapped: boolean;
  ms: number;
}

/** Why an import stopped, in parts the UI words; the TM is always as it was before. */
export type TmImportProblem =
  | { kind: 'format'; failure: ImportFailure }
  /** The file's languages are not the TM's pair (`canSwap`: it is the pair, the other way). */
  | { kind: 'wrongPair'; source: string; target: string; canSwap: boolean }
  | { kind: 'quota' }
  | { kind: 'failed' };

export class TmImportError extends Error {
  override readonly name = 'TmImportError';
  constructor(readonly problem: TmImportProblem) {
    super(problem.kind);
  }
}

export interface TmImportOptions {
  /** Read the file's target as the TM's source (the user chose to swap). */
  swap?: boolean;
  signal?: AbortSignal;
  /** 0..1 and the units written so far. */
  onProgress?: (fraction: number, units: number) => void;
}

const IMPORT_LOCK = (imp: string) => `bt.tm-import.${imp}`;
/** Writes waiting at which the file's reading pauses, and resumes. */
const HIGH_WATER = 4;
const LOW_WATER = 1;

/** Checks the pair's languages against the TM's (as read, after a chosen swap). */
function checkPair(
  tm: TmRecord,
  source: Lang | undefined,
  target: Lang | undefined,
  raw: [string, string],
) {
  if (source === tm.sourceLang && target === tm.targetLang) return;
  const canSwap = source === tm.targetLang && target === tm.sourceLang;
  throw new TmImportError({ kind: 'wrongPair', source: raw[0], target: raw[1], canSwap });
}

/**
 * The language of one side of the first pairs, as the whole import will settle it: the tag the
 * file gives (fr-CA, ja-JP), unless the text contradicts it; the script of the text when the
 * file gives none ('' when that says nothing either).
 */
function sampleLang(label: string | undefined, texts: string[]): string {
  const counter = new ScriptCounter();
  for (const t of texts) counter.add(t);
  return sideLanguage(label ?? '', counter.script());
}

export async function importIntoTm(
  ws: Workspace,
  tm: TmRecord,
  name: string,
  file: Blob | Uint8Array,
  opts: TmImportOptions = {},
): Promise<TmImportReport> {
  const started = performance.now();
  /** The date every unit without one gets (see `unitMeta`). */
  const importedAt = Date.now();
  const swap = opts.swap ?? false;
  const client = new ImportClient();
  let imp = await ws.tm.beginImport(tm.id);
  const fresh = tm.size === 0;
  const report: TmImportReport = {
    tm: tm.id,
    file: name,
    added: 0,
    duplicates: 0,
    emptyTargets: 0,
    unconfirmed: 0,
    swapped: swap,
    ms: 0,
  };
  // Within the file the same pair is kept once, the newest: its hash → changedAt and serial.
  let seen = new HashTable(1 << 16);
  /** The TM's units before the import (hashes only), to keep each pair once there too. */
  const committed = fresh ? undefined : await ws.tm.committedKeys(tm.id);
  /** Committed units a newer one of the file replaces, by where they are; each counted once. */
  let supersede = new Map<string, number[]>();
  let replaced = new HashTable();
  /** Staged units left out after their block was written (a newer copy came later). */
  let drop: string[] = [];
  /** The block being filled (k) and its slots; a unit's serial is k × BLOCK + slot. */
  let k = 0;
  let slots: (TmUnit | undefined)[] = [];
  let staged = 0;
  let written = 0;
  let parsed = 0;
  /** Writes handed to the store and not done yet. */
  let queued = 0;
  let checked = false;
  let writing: Promise<unknown> = Promise.resolve();
  let failure: unknown;
  const onAbort = () => client.terminate();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const idOf = (serial: number) =>
    `${imp}.${Math.floor(serial / BLOCK).toString(36)}.${(serial % BLOCK).toString(36)}`;

  /** Blocks filled and not yet handed to the store: written a few per transaction. */
  let ready: { id: string; slots: (TmUnit | undefined)[] }[] = [];
  const write = () => {
    const blocks = ready;
    ready = [];
    if (blocks.length === 0) return;
    const live = blocks.reduce((n, b) => n + b.slots.filter(Boolean).length, 0);
    if (++queued >= HIGH_WATER) client.pause();
    writing = writing.then(async () => {
      queued--;
      if (queued <= LOW_WATER) client.resume();
      if (failure) return;
      await ws.tm.stage(tm.id, imp, blocks);
      written += live;
      opts.onProgress?.(parsed, written);
    });
    writing = writing.catch((e: unknown) => {
      failure ??= e;
      client.terminate();
    });
  };
  const flush = () => {
    const part = slots;
    const id = `${imp}.${(k++).toString(36)}`;
    slots = [];
    const live = part.reduce((n, u) => (u ? n + 1 : n), 0);
    staged += live;
    if (live > 0) ready.push({ id, slots: part });
    if (ready.length >= BLOCKS_PER_WRITE) write();
  };

  /** `langs`: the languages the file names for these pairs, when it does. */
  const take = (pairs: readonly Pair[], langs: { sourceLang?: string; targetLang?: string }) => {
    if (failure) return;
    if (!checked && pairs.length > 0) {
      // The languages of the first pairs: a wrong pair stops at once, named as the file names
      // it (a French target is fr-CA, not the "English" its Latin letters suggest).
      checked = true;
      const sample = pairs.slice(0, 200);
      const [sl, tl] = swap
        ? [langs.targetLang, langs.sourceLang]
        : [langs.sourceLang, langs.targetLang];
      const src = sampleLang(
        sl,
        sample.map((p) => (swap ? p.target : p.source)),
      );
      const tgt = sampleLang(tl, sample.map((p) => (swap ? p.source : p.target)).filter(Boolean));
      try {
        if (src && tgt) checkPair(tm, toAppLang(src), toAppLang(tgt), [src, tgt]);
      } catch (e) {
        failure = e;
        client.terminate();
        return;
      }
    }
    for (const p of pairs) {
      if (!p.target.trim()) {
        report.emptyTargets++;
        continue;
      }
      if (p.status && !isConfirmed(p.status)) {
        report.unconfirmed++;
        continue;
      }
      const meta = unitMeta(p, importedAt);
      const { changedAt } = meta;
      const [source, target] = swap ? [p.target, p.source] : [p.source, p.target];
      // A 53-bit hash, not the texts: a million keys stay small (a collision merely keeps one
      // of two different pairs).
      const h = pairHash(source, target);
      const was = seen.find(h);
      if (was >= 0) {
        report.duplicates++;
        if (seen.a(was) > changedAt) continue;
        const old = seen.b(was);
        if (Math.floor(old / BLOCK) === k) slots[old % BLOCK] = undefined;
        else drop.push(idOf(old));
      } else if (committed) {
        const c = committed.table.find(h);
        if (c >= 0) {
          report.duplicates++;
          if (committed.table.a(c) >= changedAt) continue;
          if (replaced.find(h) < 0) {
            replaced.set(h, 0, 0);
            const where = committed.where[committed.table.b(c)] as string;
            (supersede.get(where) ?? supersede.set(where, []).get(where)!).push(h);
          }
        }
      }
      const serial = k * BLOCK + slots.length;
      seen.set(h, changedAt, serial);
      slots.push({
        id: idOf(serial),
        source,
        target,
        ...(p.codes?.length ? { codes: p.codes } : {}),
        ...meta,
      });
      if (slots.length === BLOCK) flush();
    }
  };

  const work = async (): Promise<TmImportReport> => {
    try {
      // Tables and text name their languages in a header row at most; the import reads a side
      // without one by its script (French is no English for being in Latin letters, and
      // Japanese no Chinese), and only a side with no text at all is taken to be the TM's.
      const table = /\.(tsv|csv|txt)$/i.test(name);
      const result = await client.import(
        name,
        file,
        { maxBytes: MAX_BYTES },
        {
          onProgress: (f) => {
            parsed = f;
            opts.onProgress?.(f, written);
          },
          onBatch: (batch: PairBatch) => {
            for (const run of batch) take(run.pairs, run);
          },
          onRestart: () => {
            // The bytes were not UTF-8 after all: start the import again from nothing.
            writing = writing.then(async () => {
              await ws.tm.abortImport(tm.id, imp);
              imp = await ws.tm.beginImport(tm.id);
              seen = new HashTable(1 << 16);
              supersede = new Map();
              replaced = new HashTable();
              drop = [];
              k = 0;
              slots = [];
              ready = [];
              staged = 0;
              written = 0;
              Object.assign(report, { duplicates: 0, emptyTargets: 0, unconfirmed: 0 });
            });
          },
        },
      );
      // Formats read whole (tables, XLIFF in odd encodings) come back at once.
      for (const doc of result.documents) take(doc.pairs, result);
      if (!failure) {
        const [fs, ft] = swap
          ? [result.targetLang, result.sourceLang]
          : [result.sourceLang, result.targetLang];
        const s = fs || (table ? tm.sourceLang : '');
        const t = ft || (table ? tm.targetLang : '');
        checkPair(tm, toAppLang(s), toAppLang(t), [s, t]);
      }
      if (slots.length > 0) flush();
      write();
      await writing;
      if (failure) throw failure;
      if (opts.signal?.aborted) throw new DOMException('import cancelled', 'AbortError');
      let leftOut = 0;
      await ws.tm.commitImport(tm.id, imp, {
        added: staged,
        drop,
        supersede,
        // A row confirmed into this TM while the import ran is kept once with its staged copy.
        staged: (h) => {
          const at = seen.find(h);
          return at < 0 ? undefined : { id: idOf(seen.b(at)), changedAt: seen.a(at) };
        },
        met: (stagedKept) => {
          report.duplicates++;
          if (!stagedKept) leftOut++;
        },
      });
      report.added = staged - drop.length - leftOut;
      report.ms = performance.now() - started;
      return report;
    } catch (e) {
      client.terminate();
      await writing.catch(() => undefined);
      await ws.tm.abortImport(tm.id, imp).catch(() => undefined);
      throw toImportError(failure ?? e, name, opts.signal);
    } finally {
      opts.signal?.removeEventListener('abort', onAbort);
    }
  };
  const locks = globalThis.navigator?.locks;
  return locks ? await locks.request(IMPORT_LOCK(imp), work) : work();
}

function toImportError(e: unknown, file: string, signal?: AbortSignal): unknown {
  if (signal?.aborted) return new DOMException('import cancelled', 'AbortError');
  if (e instanceof TmImportError) return e;
  if (e instanceof StoreError)
    return new TmImportError(e.kind === 'quota' ? { kind: 'quota' } : { kind: 'failed' });
  const failure = importFailure(e, file);
  return new TmImportError(
    failure.code === 'unknown' ? { kind: 'failed' } : { kind: 'format', failure },
  );
}

/**
 * The open document's confirmed rows that have a translation, written as TMX for `importIntoTm`
 * (so they go in as any file does: all or nothing, each pair kept once), and how many there are.
 * The rows are taken as the editor shows them: an edit still waiting for autosave goes in too.
 */
export async function confirmedRowsFile(
  cur: OpenDocument,
): Promise<{ name: string; bytes: Uint8Array; rows: number }> {
  const { bitextOf } = await import('../core/exchange.js');
  const { writeTmx } = await import('../core/formats/tmx.js');
  const segments = cur.segments.filter(
    (s) => isConfirmed(s.status) && s.source.trim() && s.target.trim(),
  );
  const text = writeTmx(bitextOf(cur.project, [{ name: cur.doc.name, segments }]));
  return {
    name: `${cur.project.name}.tmx`,
    bytes: new TextEncoder().encode(text),
    rows: segments.length,
  };
}

/** How an import the memory service runs is shown. */
export interface ImportHost {
  set(importing: MemoryState['importing'], imported?: TmImportReport): void;
  /** Committed: the TM list is read again before the import is shown done. */
  committed(): Promise<void>;
  /** Shown done: what shows the TM (its unit list, the open project) follows. */
  shown(): Promise<void>;
}

/** Imports a file into a TM (all or nothing), telling `host` its progress and how it ended. */
export async function runImport(
  ws: Workspace,
  tm: TmRecord,
  name: string,
  file: Blob | Uint8Array,
  swap: boolean,
  signal: AbortSignal,
  host: ImportHost,
): Promise<void> {
  const at = { tm: tm.id, file: name };
  host.set({ status: 'running', progress: 0, units: 0, ...at });
  try {
    const report = await importIntoTm(ws, tm, name, file, {
      swap,
      signal,
      onProgress: (progress, units) => host.set({ status: 'running', progress, units, ...at }),
    });
    await host.committed();
    host.set({ status: 'done', progress: 1, ...at }, report);
    await host.shown();
  } catch (e) {
    if (isAbort(e)) return host.set({ status: 'cancelled', progress: 0, ...at });
    console.warn(e);
    const problem: TmImportProblem = e instanceof TmImportError ? e.problem : { kind: 'failed' };
    host.set({ status: 'failed', progress: 0, problem, ...at });
  }
}

/** Drops imports a closed or crashed tab left half-written (their lock is no longer held). */
export async function sweepImports(ws: Workspace): Promise<void> {
  const pending = await ws.tm.pendingImports();
  if (pending.length === 0) return;
  const { held = [] } = (await globalThis.navigator?.locks?.query().catch(() => undefined)) ?? {};
  const live = new Set(held.map((l) => l.name));
  for (const p of pending) if (!live.has(IMPORT_LOCK(p.imp))) await ws.tm.abortImport(p.tm, p.imp);
}
