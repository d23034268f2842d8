// Schemas of every record that comes in from outside (a backup file, an imported file), as
// valibot schemas. A crafted or damaged file must be refused before anything is written: dates
// must be dates a JavaScript Date can hold, counts sane integers, strings of bounded length.
// Loaded on demand (restore, import); the reads of every visit use the quick checks of validate.ts
// with the same limits.
import * as v from 'valibot';
import { STATUSES } from '../core/model.js';
import { CATEGORY_IDS, SEVERITIES } from '../core/lqa-model.js';
import { TERM_STATUSES } from '../core/terms/types.js';
import { MAX_DATE, MAX_SHORT, MAX_TEXT } from './validate.js';

const date = v.pipe(v.number(), v.minValue(0), v.maxValue(MAX_DATE));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const short = text(MAX_SHORT);
const long = text(MAX_TEXT);
const lang = v.picklist(['zh-Hans', 'en']);
const role = v.picklist(['translator', 'reviewer']);
const status = v.picklist(STATUSES);

// looseObject keeps fields this version does not know (so nothing is lost on a restore), but
// valibot never copies `__proto__`, `constructor` or `prototype` keys into its output.
const projectSchema = v.looseObject({
  id: short,
  name: short,
  sourceLang: lang,
  targetLang: lang,
  createdAt: date,
  updatedAt: date,
});
const documentSchema = v.looseObject({
  id: short,
  projectId: short,
  name: short,
  order: v.pipe(v.number(), v.finite()),
});
const commentSchema = v.looseObject({
  id: short,
  author: short,
  role,
  at: date,
  text: long,
  resolved: v.boolean(),
  // An LQA issue, checked strictly: a bogus category or severity refuses the file with its reason
  // (e.g. `comments[0].issue.severity is "huge"`) rather than being dropped or scored.
  issue: v.optional(
    v.looseObject({ category: v.picklist(CATEGORY_IDS), severity: v.picklist(SEVERITIES) }),
  ),
  withdrawn: v.optional(v.boolean()),
});
const codeSchema = v.looseObject({
  kind: v.picklist(['open', 'close', 'standalone', 'isolated']),
  id: short,
  tag: short,
  data: long,
});
export const segmentSchema = v.looseObject({
  id: short,
  docId: short,
  order: short,
  paragraphStart: v.boolean(),
  source: long,
  target: long,
  status,
  link: v.looseObject({ source: count, target: count }),
  confidence: v.pipe(v.number(), v.finite()),
  note: long,
  updatedAt: date,
  rev: count,
  codes: v.optional(v.array(codeSchema)),
  comments: v.optional(v.array(commentSchema)),
});
export const revisionSchema = v.looseObject({
  segmentId: short,
  docId: short,
  field: v.picklist([
    'source',
    'target',
    'status',
    'note',
    'merge',
    'split',
    'insert',
    'delete',
    'restore',
  ]),
  before: long,
  after: long,
  role,
  author: short,
  at: date,
  opId: v.optional(short),
});
const versionSegmentSchema = v.looseObject({
  id: short,
  order: short,
  source: long,
  target: long,
  status,
  note: long,
});
const versionMetaSchema = v.looseObject({
  id: short,
  docId: short,
  name: short,
  author: short,
  createdAt: date,
});
export const versionSchema = v.looseObject({
  ...versionMetaSchema.entries,
  segments: v.array(versionSegmentSchema),
});
export { projectSchema, documentSchema };

// Termbases and QA's per-project choices (backups since schema 6 carry them).
export const termbaseSchema = v.looseObject({
  id: short,
  name: short,
  sourceLang: short,
  targetLang: short,
  createdAt: date,
  updatedAt: date,
  entryCount: count,
  team: v.optional(short),
  // A team termbase's deletions not yet settled with the team: entry id → when.
  removed: v.optional(v.record(short, date)),
});
const termSchema = v.looseObject({
  text: short,
  status: v.picklist(TERM_STATUSES),
  pos: v.optional(short),
  note: v.optional(long),
  author: v.optional(short),
  changedAt: v.optional(date),
});
// A record keeps no `__proto__`, `constructor` or `prototype` key (valibot skips them), so a
// crafted language tag cannot reach a prototype.
export const termEntrySchema = v.looseObject({
  termbaseId: short,
  id: short,
  terms: v.record(short, v.array(termSchema)),
  note: v.optional(long),
  subject: v.optional(short),
  author: v.optional(short),
  createdAt: v.optional(date),
  changedAt: v.optional(date),
  incomplete: v.optional(v.boolean()),
});
export const projectTermbasesSchema = v.looseObject({
  projectId: short,
  read: v.array(short),
  write: v.optional(short),
});
export const qaIgnoredSchema = v.looseObject({
  id: short,
  docId: short,
  rowId: short,
  // A check id as text: one this version does not know only never matches a finding.
  check: short,
  key: long,
  row: short,
  by: short,
  role,
  at: date,
});
export const qaSettingsSchema = v.looseObject({
  projectId: short,
  enabled: v.record(short, v.boolean()),
  severity: v.record(short, v.picklist(['error', 'warning'])),
  lqaThreshold: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1000))),
});

/**
 * The record as valibot copies it (own fields only), or its first problem in a few words, e.g.
 * `comments[0].at is 1e+308`. abortEarly: a damaged record needs one reason, and a file of a
 * million bad rows must not build a million issue objects.
 */
export function check<T>(schema: v.GenericSchema, x: unknown): { value: T } | { problem: string } {
  const r = v.safeParse(schema, x, { abortEarly: true });
  return r.success ? { value: r.output as T } : { problem: describe(r.issues[0]) };
}

export function problemOf(schema: v.GenericSchema, x: unknown): string | null {
  const r = check(schema, x);
  return 'problem' in r ? r.problem : null;
}

function describe(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((p, i) => (p.type === 'array' ? `[${String(p.key)}]` : `${i ? '.' : ''}${String(p.key)}`))
    .join('');
  return path ? `${path} is ${shown(issue.input)}` : 'not an object';
}

/** A value quoted for a message, cut short: a 100 MB string must not become a 100 MB message. */
export function shown(x: unknown): string {
  if (x === undefined) return 'missing';
  const s = typeof x === 'object' && x !== null ? (Array.isArray(x) ? 'a list' : 'an object') : '';
  if (s) return s;
  const j = typeof x === 'string' ? JSON.stringify(x.slice(0, 40)) : String(x);
  return typeof x === 'string' && x.length > 40 ? `${j.slice(0, -1)}…"` : j;
}
