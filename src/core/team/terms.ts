// A team project's terms: the shared document's `terms` root holds the team's termbase, one
// entry per key (its id), as plain data. Every member's device keeps a termbase of its own in
// step with it (state/team-terms.ts); the server lets in only entries of this shape, from editors.
import * as Y from 'yjs';
import { TERM_STATUSES, type TermEntry } from '../terms/types.js';
import { ROOTS } from './schema.js';

/** The most entries a share carries into a team document (a bigger termbase goes as a TBX). */
export const TEAM_TERMS_MAX = 20_000;

const MAX_ID = 200;
const MAX_TEXT = 1_000;
const MAX_NOTE = 10_000;
const MAX_LANGS = 20;
const MAX_TERMS = 50;
// A language tag, so no key of an entry's terms can be `__proto__` or `constructor`.
const LANG_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/;

export const termsOf = (doc: Y.Doc): Y.Map<TermEntry> => doc.getMap(ROOTS.terms);

const plain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const str = (v: unknown, max: number) => typeof v === 'string' && v.length <= max;
const opt = (v: unknown, max: number) => v === undefined || str(v, max);
const time = (v: unknown) =>
  v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0);

const TERM_KEYS = new Set(['text', 'status', 'pos', 'note', 'author', 'changedAt']);
const ENTRY_KEYS = new Set([
  'id',
  'terms',
  'note',
  'subject',
  'author',
  'createdAt',
  'changedAt',
  'incomplete',
]);
/** Only the fields a termbase keeps: nothing else rides along into every member's store. */
const onlyKeys = (v: Record<string, unknown>, keys: Set<string>) =>
  Object.keys(v).every((k) => keys.has(k));

function isTerm(v: unknown): boolean {
  return (
    plain(v) &&
    onlyKeys(v, TERM_KEYS) &&
    str(v.text, MAX_TEXT) &&
    (v.text as string).trim() !== '' &&
    (TERM_STATUSES as readonly unknown[]).includes(v.status) &&
    opt(v.pos, MAX_TEXT) &&
    opt(v.note, MAX_NOTE) &&
    opt(v.author, MAX_TEXT) &&
    time(v.changedAt)
  );
}

/** Whether `v` is a term entry the team document may hold (under `id`, when given). */
export function isTeamTermEntry(v: unknown, id?: string): v is TermEntry {
  if (!plain(v) || !onlyKeys(v, ENTRY_KEYS)) return false;
  if (!str(v.id, MAX_ID) || v.id === '' || (id !== undefined && v.id !== id)) return false;
  if (!plain(v.terms)) return false;
  const langs = Object.keys(v.terms);
  if (langs.length === 0 || langs.length > MAX_LANGS) return false;
  for (const lang of langs) {
    const terms = v.terms[lang];
    if (!LANG_TAG.test(lang) || !Array.isArray(terms) || terms.length > MAX_TERMS) return false;
    if (!terms.every(isTerm)) return false;
  }
  return (
    opt(v.note, MAX_NOTE) &&
    opt(v.subject, MAX_TEXT) &&
    opt(v.author, MAX_TEXT) &&
    time(v.createdAt) &&
    time(v.changedAt) &&
    (v.incomplete === undefined || typeof v.incomplete === 'boolean')
  );
}

/** When an entry last changed: the latest of its own times and its terms'. */
export function entryStamp(e: TermEntry): number {
  let at = Math.max(e.changedAt ?? 0, e.createdAt ?? 0);
  for (const terms of Object.values(e.terms))
    for (const t of terms) at = Math.max(at, t.changedAt ?? 0);
  return at;
}

/** JSON with keys sorted, so two copies of an entry compare equal whatever their key order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (plain(v))
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v ?? null);
}

export const sameEntry = (a: TermEntry, b: TermEntry): boolean => canonical(a) === canonical(b);

/**
 * Puts the sharer's entries into a new team document (the server, when a project is shared):
 * well-formed ones only, at most TEAM_TERMS_MAX, in one transaction.
 */
export function fillTerms(doc: Y.Doc, entries: readonly unknown[]): void {
  doc.transact(() => {
    const terms = termsOf(doc);
    for (const e of entries.slice(0, TEAM_TERMS_MAX)) if (isTeamTermEntry(e)) terms.set(e.id, e);
  });
}
