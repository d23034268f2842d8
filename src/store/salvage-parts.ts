// Salvage of a backup's later parts (termbases, their entries and each project's choice of them;
// QA's ignored findings and check settings), as `exportParts` writes them to a backup. A record
// that fails its schema is left out (and deleted by `leaveOutDamaged`); one that belongs to a
// project, document or termbase not in the download is skipped without being counted or deleted,
// as a backup skips it: a deletion keeps such records for its Undo.
import { PART_STORES, TERM_STORES } from './backup-parts.js';
import {
  check,
  projectTermbasesSchema,
  qaIgnoredSchema,
  qaSettingsSchema,
  termbaseSchema,
  termEntrySchema,
} from './record-schemas.js';
import type { PartKind } from './salvage-kinds.js';
import type { StoreName } from './schema.js';

export interface Stored {
  key: IDBValidKey;
  value: unknown;
}

export interface PartRecord {
  kind: PartKind;
  json: string;
  /** The clean record to write back when the stored one carried unsafe keys. */
  rewrite?: [StoreName, unknown][];
}

/** The parts whose stores were all read: the three termbase stores count as one part. */
export function partStoresRead(data: ReadonlyMap<StoreName, Stored[]>): Set<PartKind> {
  const read = new Set<PartKind>();
  if (TERM_STORES.every((s) => data.has(s))) for (const s of TERM_STORES) read.add(s);
  for (const s of PART_STORES)
    if (!TERM_STORES.includes(s as never) && data.has(s)) read.add(s as PartKind);
  return read;
}

const SCHEMAS = {
  termbases: termbaseSchema,
  termEntries: termEntrySchema,
  projectTermbases: projectTermbasesSchema,
  qaIgnored: qaIgnoredSchema,
  qaSettings: qaSettingsSchema,
} as const;

type Rec = Record<string, unknown>;

/**
 * The part records to download, in PART_KINDS order. `leftOut` counts and drops a damaged record;
 * `projects` and `docs` are the ids the download keeps.
 */
export function salvageParts(
  data: ReadonlyMap<StoreName, Stored[]>,
  projects: ReadonlySet<unknown>,
  docs: ReadonlySet<unknown>,
  leftOut: (kind: PartKind, keys: [StoreName, IDBValidKey][]) => void,
): PartRecord[] {
  const read = partStoresRead(data);
  const sound = (kind: PartKind): { value: Rec; unsafe: boolean }[] => {
    if (!read.has(kind)) return [];
    const out: { value: Rec; unsafe: boolean }[] = [];
    for (const { key, value } of data.get(kind) ?? []) {
      const checked = check<Rec>(SCHEMAS[kind], value);
      if ('value' in checked && toJson(checked.value) !== null)
        out.push({ value: checked.value, unsafe: hasUnsafeKey(value) });
      else leftOut(kind, [[kind, key]]);
    }
    return out;
  };
  const out: PartRecord[] = [];
  const add = (kind: PartKind, r: { value: Rec; unsafe: boolean }, shown = r.value) =>
    out.push({
      kind,
      json: toJson(shown) as string,
      ...(r.unsafe ? { rewrite: [[kind, r.value]] as [StoreName, unknown][] } : {}),
    });

  const termbases = sound('termbases');
  const tbIds = new Set(termbases.map((t) => t.value.id));
  for (const t of termbases) add('termbases', t);
  for (const e of sound('termEntries')) if (tbIds.has(e.value.termbaseId)) add('termEntries', e);
  for (const c of sound('projectTermbases')) {
    if (!projects.has(c.value.projectId)) continue;
    // A choice may still name a deleted termbase (kept for its Undo): the file names only its own.
    const { write, read: names, ...rest } = c.value;
    const shown = {
      ...rest,
      read: (names as unknown[]).filter((id) => tbIds.has(id)),
      ...(write !== undefined && tbIds.has(write) ? { write } : {}),
    };
    add('projectTermbases', c, shown);
  }
  for (const r of sound('qaIgnored')) if (docs.has(r.value.docId)) add('qaIgnored', r);
  for (const s of sound('qaSettings')) if (projects.has(s.value.projectId)) add('qaSettings', s);
  return out;
}

/** Keys that are never data and that some code paths would turn into a prototype. */
const UNSAFE = ['__proto__', 'constructor', 'prototype'];

/** Whether any object inside `x` has one of UNSAFE as an own key (no recursion: depth is free). */
export function hasUnsafeKey(x: unknown): boolean {
  const stack: unknown[] = [x];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (!Array.isArray(v) && UNSAFE.some((k) => Object.hasOwn(v, k))) return true;
    stack.push(...Object.values(v));
  }
  return false;
}

/** The record as JSON, or null when it cannot be (a BigInt, a cycle, nesting past the stack). */
export function toJson(x: unknown): string | null {
  try {
    return JSON.stringify(x);
  } catch {
    return null;
  }
}
