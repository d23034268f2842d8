// The parts of a backup that came after its first release: termbases (their entries and each
// project's choice of them) and the quality checks' per-project data (ignored findings, check
// settings). A backup written before them has none of these lists; restoring it leaves what the
// workspace holds of them as it is, so an old file still restores and takes nothing away.
import type { IgnoredFinding } from '../core/qa/ignored.js';
import type { ReadTx, WriteTx } from './connection.js';
import {
  check,
  projectTermbasesSchema,
  qaIgnoredSchema,
  qaSettingsSchema,
  shown,
  termbaseSchema,
  termEntrySchema,
} from './record-schemas.js';
import type {
  ProjectTermbases,
  QaSettingsRecord,
  StoredTermEntry,
  StoreName,
  TermbaseMeta,
} from './schema.js';

export const TERM_STORES = ['termbases', 'termEntries', 'projectTermbases'] as const;
export const QA_STORES = ['qaIgnored', 'qaSettings'] as const;
export const PART_STORES: StoreName[] = [...TERM_STORES, ...QA_STORES];

export interface BackupParts {
  /** With `termEntries` and `projectTermbases`: all three or none. */
  termbases?: TermbaseMeta[];
  termEntries?: StoredTermEntry[];
  projectTermbases?: ProjectTermbases[];
  qaIgnored?: IgnoredFinding[];
  qaSettings?: QaSettingsRecord[];
}

/** What a restore wrote of these parts (merge: what it added or replaced). */
export interface PartsSummary {
  termbases: number;
  terms: number;
}

/**
 * Reads the parts for a backup. Records of a project or document that is gone (a project deletion
 * keeps them for its Undo) are left out, as are choices of a deleted termbase: a backup holds only
 * what its own records name, so it always passes its own validation.
 */
export async function exportParts(
  tx: ReadTx,
  projects: ReadonlySet<string>,
  docs: ReadonlySet<string>,
): Promise<Required<BackupParts>> {
  const termbases = await tx.objectStore('termbases').getAll();
  const tbIds = new Set(termbases.map((t) => t.id));
  const termEntries = (await tx.objectStore('termEntries').getAll()).filter((e) =>
    tbIds.has(e.termbaseId),
  );
  const projectTermbases = (await tx.objectStore('projectTermbases').getAll())
    .filter((c) => projects.has(c.projectId))
    .map(({ write, ...c }) => ({
      ...c,
      read: c.read.filter((id) => tbIds.has(id)),
      ...(write !== undefined && tbIds.has(write) ? { write } : {}),
    }));
  return {
    termbases,
    termEntries,
    projectTermbases,
    qaIgnored: (await tx.objectStore('qaIgnored').getAll()).filter((r) => docs.has(r.docId)),
    qaSettings: (await tx.objectStore('qaSettings').getAll()).filter((r) =>
      projects.has(r.projectId),
    ),
  };
}

type Checked<T> = { value: T } | { problem: string };
export type ListReader = <T>(k: string, each: (x: unknown) => Checked<T>) => T[];

/** The parts a parsed backup holds, each record checked (problems go through `list`). */
export function readParts(has: (k: string) => boolean, list: ListReader): BackupParts {
  const out: BackupParts = {};
  // One of the three without the others is a damaged file, not an older one: `list` says so.
  if (TERM_STORES.some(has)) {
    out.termbases = list('termbases', (x) => check<TermbaseMeta>(termbaseSchema, x));
    out.termEntries = list('termEntries', (x) => check<StoredTermEntry>(termEntrySchema, x));
    out.projectTermbases = list('projectTermbases', (x) =>
      check<ProjectTermbases>(projectTermbasesSchema, x),
    );
  }
  if (has('qaIgnored'))
    out.qaIgnored = list('qaIgnored', (x) => check<IgnoredFinding>(qaIgnoredSchema, x));
  if (has('qaSettings'))
    out.qaSettings = list('qaSettings', (x) => check<QaSettingsRecord>(qaSettingsSchema, x));
  return out;
}

/** References the parts make that the file does not hold; `problem` stops counting at its limit. */
export function checkPartRefs(
  p: BackupParts,
  projects: ReadonlySet<string>,
  docs: ReadonlySet<string>,
  problem: (s: string) => unknown,
): void {
  const tbs = new Set<string>();
  for (const t of p.termbases ?? []) {
    if (tbs.has(t.id)) problem(`termbase ${shown(t.id)} appears twice`);
    tbs.add(t.id);
  }
  const entries = new Set<string>();
  for (const e of p.termEntries ?? []) {
    if (!tbs.has(e.termbaseId)) problem(`term entry ${shown(e.id)} has no termbase`);
    const key = JSON.stringify([e.termbaseId, e.id]);
    if (entries.has(key)) problem(`term entry ${shown(e.id)} appears twice`);
    entries.add(key);
  }
  for (const c of p.projectTermbases ?? []) {
    if (!projects.has(c.projectId)) problem(`a termbase choice has no project`);
    for (const id of [...c.read, ...(c.write === undefined ? [] : [c.write])])
      if (!tbs.has(id)) problem(`a termbase choice names termbase ${shown(id)}, not in the file`);
  }
  for (const r of p.qaIgnored ?? [])
    if (!docs.has(r.docId)) problem(`an ignored finding has no document`);
  for (const s of p.qaSettings ?? [])
    if (!projects.has(s.projectId)) problem(`check settings have no project`);
}

/** The stores a restore of `p` writes: only those of the parts the file holds. */
export function storesOf(p: BackupParts): StoreName[] {
  const out: StoreName[] = [];
  if (p.termbases) out.push(...TERM_STORES);
  if (p.qaIgnored) out.push('qaIgnored');
  if (p.qaSettings) out.push('qaSettings');
  return out;
}

/** Replaces each part the file holds with the file's; leaves the others alone. */
export async function replaceParts(tx: WriteTx, p: BackupParts): Promise<PartsSummary> {
  await Promise.all(storesOf(p).map((s) => tx.objectStore(s).clear()));
  const counts = new Map<string, number>();
  for (const e of p.termEntries ?? [])
    counts.set(e.termbaseId, (counts.get(e.termbaseId) ?? 0) + 1);
  await Promise.all([
    // The count is the entries' own: a file saying otherwise would show a wrong number.
    ...(p.termbases ?? []).map((t) =>
      tx.objectStore('termbases').put({ ...t, entryCount: counts.get(t.id) ?? 0 }),
    ),
    ...(p.termEntries ?? []).map((e) => tx.objectStore('termEntries').put(e)),
    ...(p.projectTermbases ?? []).map((c) => tx.objectStore('projectTermbases').put(c)),
    ...(p.qaIgnored ?? []).map((r) => tx.objectStore('qaIgnored').put(r)),
    ...(p.qaSettings ?? []).map((s) => tx.objectStore('qaSettings').put(s)),
  ]);
  return { termbases: p.termbases?.length ?? 0, terms: p.termEntries?.length ?? 0 };
}

/**
 * Merge, as for rows: a termbase or entry the workspace lacks is added, one changed later in the
 * file replaces the stored one; a project's own termbase choice and check settings win over the
 * file's; ignored findings are added.
 */
export async function mergeParts(tx: WriteTx, p: BackupParts): Promise<PartsSummary> {
  const n: PartsSummary = { termbases: 0, terms: 0 };
  // A transaction holds only the stores of the parts the file has (see storesOf).
  if (p.termbases) await mergeTerms(tx, p.termbases, p.termEntries ?? [], n);
  for (const c of p.projectTermbases ?? [])
    if (!(await tx.objectStore('projectTermbases').get(c.projectId)))
      await tx.objectStore('projectTermbases').put(c);
  for (const s of p.qaSettings ?? [])
    if (!(await tx.objectStore('qaSettings').get(s.projectId)))
      await tx.objectStore('qaSettings').put(s);
  for (const r of p.qaIgnored ?? [])
    if (!(await tx.objectStore('qaIgnored').get(r.id))) await tx.objectStore('qaIgnored').put(r);
  return n;
}

async function mergeTerms(
  tx: WriteTx,
  termbases: readonly TermbaseMeta[],
  termEntries: readonly StoredTermEntry[],
  n: PartsSummary,
): Promise<void> {
  const metas = tx.objectStore('termbases');
  const entries = tx.objectStore('termEntries');
  for (const t of termbases) {
    const cur = await metas.get(t.id);
    if (!cur || cur.updatedAt < t.updatedAt) {
      await metas.put({ ...t, entryCount: cur?.entryCount ?? 0 });
      n.termbases++;
    }
  }
  for (const e of termEntries) {
    const cur = await entries.get([e.termbaseId, e.id]);
    if (!cur || (cur.changedAt ?? 0) < (e.changedAt ?? 0)) {
      await entries.put(e);
      n.terms++;
    }
  }
  // Counted again from what is stored now, so the number shown is the entries there.
  for (const { id } of termbases) {
    const meta = await metas.get(id);
    const count = await entries.index('byTermbase').count(id);
    if (meta && meta.entryCount !== count) await metas.put({ ...meta, entryCount: count });
  }
}
