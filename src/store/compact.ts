// Rows as read back from IndexedDB share nothing: each of 262,000 carries its own copy of the
// document's id, of its status word and of a `{source: 1, target: 1}` link object. A whole
// document read for the grid gets those shared here, so an open document costs less memory; a row
// in another shape than the app writes is rebuilt in that shape.
import { STATUSES, type Link, type Segment, type Status } from '../core/model.js';

const STATUS = new Map<string, Status>(STATUSES.map((s) => [s, s]));
/** Shared, frozen: a row's link is replaced as a whole, never changed in place. */
const LINKS = new Map<string, Link>();

function sharedLink(l: Link): Link {
  // A damaged row is kept as it is, for the read's check to report.
  if (typeof l !== 'object' || l === null) return l;
  const keys = Object.keys(l);
  if (keys.length !== 2 || !Number.isInteger(l.source) || !Number.isInteger(l.target)) return l;
  const key = `${l.source},${l.target}`;
  let shared = LINKS.get(key);
  if (!shared) LINKS.set(key, (shared = Object.freeze({ source: l.source, target: l.target })));
  return shared;
}

/**
 * One copy of each short string: inline codes repeat the same few (`ph`, `<br/>`, `1`…) on
 * thousands of rows. Made per read, so it is let go with it.
 */
export function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    if (typeof s !== 'string' || s.length > 256) return s;
    const had = seen.get(s);
    if (had !== undefined) return had;
    seen.set(s, s);
    return s;
  };
}

/** The row's inline codes with their strings interned (new objects, same values). */
function compactCodes(codes: unknown, intern: (s: string) => string): unknown {
  if (!Array.isArray(codes)) return codes;
  return codes.map((c: unknown) => {
    if (typeof c !== 'object' || c === null) return c;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(c)) out[k] = typeof v === 'string' ? intern(v) : v;
    return out;
  });
}

const SHAPE = [
  'id',
  'docId',
  'order',
  'paragraphStart',
  'source',
  'target',
  'status',
  'link',
  'confidence',
  'note',
  'updatedAt',
  'rev',
];

/** The row's own fields are the app's, in the order it writes them (then `codes` at most). */
function inShape(r: Segment): boolean {
  const keys = Object.keys(r);
  if (
    keys.length !== SHAPE.length &&
    !(keys.length === SHAPE.length + 1 && keys[SHAPE.length] === 'codes')
  )
    return false;
  for (let i = 0; i < SHAPE.length; i++) if (keys[i] !== SHAPE[i]) return false;
  return true;
}

/**
 * The same row, its document id `docId` (when equal), status and link shared, the strings of its
 * inline codes interned.
 */
export function compactSegment(
  r: Segment,
  docId: string,
  intern: (s: string) => string = (s) => s,
): Segment {
  if (typeof r !== 'object' || r === null) return r;
  // A row as the app writes it (these fields, in this order) is shared in place: a copy would
  // double the garbage of reading a big document while the page reads it.
  if (inShape(r)) {
    if (r.docId === docId) r.docId = docId;
    r.status = STATUS.get(r.status) ?? r.status;
    r.link = sharedLink(r.link);
    if (r.codes !== undefined) r.codes = compactCodes(r.codes, intern) as Segment['codes'];
    return r;
  }
  const out: Segment = {
    id: r.id,
    docId: r.docId === docId ? docId : r.docId,
    order: r.order,
    paragraphStart: r.paragraphStart,
    source: r.source,
    target: r.target,
    status: STATUS.get(r.status) ?? r.status,
    link: sharedLink(r.link),
    confidence: r.confidence,
    note: r.note,
    updatedAt: r.updatedAt,
    rev: r.rev,
  };
  if (r.codes !== undefined) out.codes = compactCodes(r.codes, intern) as Segment['codes'];
  // Other optional fields (comments) and any a newer version wrote, as they were.
  for (const k of Object.keys(r))
    if (!(k in out))
      (out as unknown as Record<string, unknown>)[k] = (r as unknown as Record<string, unknown>)[k];
  return out;
}
