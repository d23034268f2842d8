// Quick shape checks for records read from the database, on every read. A record written by a
// bug, an extension, a damaged disk or an older version's restore must be reported and left out,
// never crash the app. Each check returns the first problem found, or null when the record is
// sound. Everything coming in (backups, imports) is checked more thoroughly by the valibot schemas
// of record-schemas.ts, which are loaded on demand; these stay small because every visit runs them.
import { STATUSES } from '../core/model.js';
import { isCategory, isSeverity } from '../core/lqa-model.js';
import type { DocumentRecord, Project, Revision, Segment, VersionSegment } from '../core/model.js';
import type { VersionMeta } from './schema.js';

type Rec = Record<string, unknown>;
type Check = (r: Rec) => string | null;

const isObj = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The last moment `new Date()` accepts; a larger number throws "Invalid time value". */
export const MAX_DATE = 8.64e15;
/** Ids, order keys, names, authors: far longer than the app ever writes, still bounded. */
export const MAX_SHORT = 10_000;
/** One row's text, a note, a comment: a whole file of the largest import (50 MiB) fits. */
export const MAX_TEXT = 64 * 1024 * 1024;

const own = (r: Rec, k: string): unknown => (Object.hasOwn(r, k) ? r[k] : undefined);
const isDate = (v: unknown) => typeof v === 'number' && v >= 0 && v <= MAX_DATE;
const LANGS = ['zh-Hans', 'en'];
const ROLES = ['translator', 'reviewer'];
const FIELDS = ['source', 'target', 'status', 'note', 'merge', 'split', 'insert', 'delete'];

type Kind = 'string' | 'text' | 'number' | 'date' | 'boolean' | readonly string[];

function fields(spec: Record<string, Kind>): Check {
  return (r) => {
    for (const [k, t] of Object.entries(spec)) {
      const v = own(r, k);
      if (Array.isArray(t)) {
        if (!t.includes(v as string))
          return `${k} is ${typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : String(v)}`;
      } else if (t === 'date') {
        if (!isDate(v)) return `${k} is not a date`;
      } else if (t === 'string' || t === 'text') {
        if (typeof v !== 'string' || v.length > (t === 'string' ? MAX_SHORT : MAX_TEXT))
          return `${k} is not a string`;
      } else if (typeof v !== t || (t === 'number' && !Number.isFinite(v))) {
        return `${k} is not a ${String(t)}`;
      }
    }
    return null;
  };
}

function check(x: unknown, ...checks: Check[]): string | null {
  if (!isObj(x)) return 'not an object';
  for (const c of checks) {
    const p = c(x);
    if (p) return p;
  }
  return null;
}

const projectCheck = fields({
  id: 'string',
  name: 'string',
  sourceLang: LANGS,
  targetLang: LANGS,
  createdAt: 'date',
  updatedAt: 'date',
});
const documentCheck = fields({
  id: 'string',
  projectId: 'string',
  name: 'string',
  order: 'number',
});
const segmentCheck = fields({
  id: 'string',
  docId: 'string',
  order: 'string',
  paragraphStart: 'boolean',
  source: 'text',
  target: 'text',
  status: STATUSES,
  confidence: 'number',
  note: 'text',
  updatedAt: 'date',
  rev: 'number',
});
const linkCheck: Check = (r) =>
  isObj(r.link) && Number.isFinite(r.link.source) && Number.isFinite(r.link.target)
    ? null
    : 'link is not {source, target}';
const commentCheck = fields({
  id: 'string',
  author: 'string',
  role: ROLES,
  at: 'date',
  text: 'text',
  resolved: 'boolean',
});
// An LQA issue is optional; when present it must be one of the model's (core/lqa.ts): a score
// must never count a severity nobody can read.
const issueCheck: Check = (c) => {
  const issue = own(c, 'issue');
  const withdrawn = own(c, 'withdrawn');
  if (withdrawn !== undefined && typeof withdrawn !== 'boolean')
    return 'withdrawn is not a boolean';
  if (issue === undefined) return null;
  if (!isObj(issue)) return 'issue is not {category, severity}';
  const { category, severity } = {
    category: own(issue, 'category'),
    severity: own(issue, 'severity'),
  };
  if (!isCategory(category)) return `issue.category is ${shortly(category)}`;
  if (!isSeverity(severity)) return `issue.severity is ${shortly(severity)}`;
  return null;
};
const shortly = (v: unknown) =>
  typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : String(v);
// Comments are optional; when present they must be a list of sound comments.
const commentsCheck: Check = (r) => {
  if (!Object.hasOwn(r, 'comments') || r.comments === undefined) return null;
  if (!Array.isArray(r.comments)) return 'comments is not a list';
  for (const [i, c] of r.comments.entries()) {
    const p = isObj(c) ? (commentCheck(c) ?? issueCheck(c)) : 'not an object';
    if (p) return `comments[${i}]: ${p}`;
  }
  return null;
};
const revisionCheck = fields({
  segmentId: 'string',
  docId: 'string',
  field: [...FIELDS, 'restore'],
  before: 'text',
  after: 'text',
  role: ROLES,
  author: 'string',
  at: 'date',
});
const versionSegmentCheck = fields({
  id: 'string',
  order: 'string',
  source: 'text',
  target: 'text',
  status: STATUSES,
  note: 'text',
});
const versionCheck = fields({
  id: 'string',
  docId: 'string',
  name: 'string',
  author: 'string',
  createdAt: 'date',
});

export const problemOfProject = (x: unknown) => check(x, projectCheck);
export const problemOfDocument = (x: unknown) => check(x, documentCheck);
export const problemOfSegment = (x: unknown) => check(x, segmentCheck, linkCheck, commentsCheck);
export const problemOfRevision = (x: unknown) => check(x, revisionCheck);
export const problemOfVersionSegment = (x: unknown) => check(x, versionSegmentCheck);
export const problemOfVersionMeta = (x: unknown) => check(x, versionCheck);

export const isProject = (x: unknown): x is Project => problemOfProject(x) === null;
export const isDocument = (x: unknown): x is DocumentRecord => problemOfDocument(x) === null;
export const isSegment = (x: unknown): x is Segment => problemOfSegment(x) === null;
export const isRevision = (x: unknown): x is Revision => problemOfRevision(x) === null;
export const isVersionSegment = (x: unknown): x is VersionSegment =>
  problemOfVersionSegment(x) === null;
export const isVersionMeta = (x: unknown): x is VersionMeta => problemOfVersionMeta(x) === null;
export { isObj };
