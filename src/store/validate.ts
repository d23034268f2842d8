// Shape checks for records read from the database or a backup file. A record written by a bug,
// an extension or a damaged disk must be reported, never crash the app. Each check returns the
// first problem found, or null when the record is sound.
import { STATUSES } from '../core/model.js';
import type { DocumentRecord, Project, Revision, Segment, VersionSegment } from '../core/model.js';
import type { VersionMeta } from './schema.js';

type Rec = Record<string, unknown>;
type Check = (r: Rec) => string | null;

const isObj = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const LANGS = ['zh-Hans', 'en'];
const ROLES = ['translator', 'reviewer'];
const FIELDS = ['source', 'target', 'status', 'note', 'merge', 'split', 'insert', 'delete'];

function fields(spec: Record<string, 'string' | 'number' | 'boolean' | readonly string[]>): Check {
  return (r) => {
    for (const [k, t] of Object.entries(spec)) {
      const v = r[k];
      if (Array.isArray(t)) {
        if (!t.includes(v as string)) return `${k} is ${JSON.stringify(v)}`;
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
  createdAt: 'number',
  updatedAt: 'number',
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
  source: 'string',
  target: 'string',
  status: STATUSES,
  confidence: 'number',
  note: 'string',
  updatedAt: 'number',
  rev: 'number',
});
const linkCheck: Check = (r) =>
  isObj(r.link) && typeof r.link.source === 'number' && typeof r.link.target === 'number'
    ? null
    : 'link is not {source, target}';
const commentCheck = fields({
  id: 'string',
  author: 'string',
  role: ROLES,
  at: 'number',
  text: 'string',
  resolved: 'boolean',
});
// Comments are optional; when present they must be a list of sound comments.
const commentsCheck: Check = (r) => {
  if (r.comments === undefined) return null;
  if (!Array.isArray(r.comments)) return 'comments is not a list';
  for (const [i, c] of r.comments.entries()) {
    const p = isObj(c) ? commentCheck(c) : 'not an object';
    if (p) return `comments[${i}]: ${p}`;
  }
  return null;
};
const revisionCheck = fields({
  segmentId: 'string',
  docId: 'string',
  field: [...FIELDS, 'restore'],
  before: 'string',
  after: 'string',
  role: ROLES,
  author: 'string',
  at: 'number',
});
const versionSegmentCheck = fields({
  id: 'string',
  order: 'string',
  source: 'string',
  target: 'string',
  status: STATUSES,
  note: 'string',
});
const versionCheck = fields({
  id: 'string',
  docId: 'string',
  name: 'string',
  author: 'string',
  createdAt: 'number',
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
