// Structural changes and bulk edits, each one undoable step in one transaction: merge, split
// and bulk updates (confirm all, accept all, replace-all).
import { keyBetween } from '../core/order.js';
import type { Lang, Segment } from '../core/model.js';
import { joinText } from '../core/text/join.js';
import type { Connection, WriteTx } from './connection.js';
import { StoreError } from './errors.js';
import { commitOp, OP_STORES, snapshot, type RevisionDraft } from './undo-log.js';
import type { OpChange, OpKind } from './schema.js';
import { makeSegment, samePatchValue, type SegmentPatch } from './segments.js';
import { getRow, getRows, ROW_STORES } from './rows.js';
import type { Who } from './util.js';

/** What an operation changed: rows written (in document order) and rows removed. */
export interface OpResult {
  opId: string;
  changed: Segment[];
  removed: string[];
}

// Inline codes are private-use characters U+E000 + i pointing at the row's `codes` list (see
// core/formats/inline-codes.ts). A merged row keeps the first row's list and appends the second
// row's, so the second row's placeholders move up by the first list's length.
const CODE_BASE = 0xe000;
const CODE_CHAR = /[\ue000-\uf8ff]/g;

function appendCodes(
  a: Segment,
  b: Segment,
): { codes?: Segment['codes']; source: string; target: string } {
  if (!b.codes?.length) return { codes: a.codes, source: b.source, target: b.target };
  const offset = a.codes?.length ?? 0;
  const shift = (t: string) =>
    t.replace(CODE_CHAR, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - CODE_BASE + offset + CODE_BASE),
    );
  return {
    codes: [...(a.codes ?? []), ...b.codes],
    source: shift(b.source),
    target: shift(b.target),
  };
}

type Build = (
  tx: WriteTx,
  at: number,
) => Promise<{ changes: OpChange[]; drafts?: RevisionDraft[] }>;

/** `ws.structure`: the row operations of the grid, each one step of the undo log. */
export class Structure {
  private reader: typeof import('./rows-read.js') | null = null;

  constructor(private readonly conn: Connection) {}

  /** Merges `secondId` into `firstId`; the second must be the row right after the first. */
  merge(firstId: string, secondId: string, who: Who): Promise<OpResult> {
    return this.run('merge', who, firstId, async (tx, at) => {
      const a = await this.row(tx, firstId);
      const b = await this.row(tx, secondId);
      const next = await this.neighbour(tx, a, 'next');
      if (next?.id !== b.id) throw new StoreError('invalid', 'only adjacent rows can be merged');
      const { codes, source: bSource, target: bTarget } = appendCodes(a, b);
      const lang = await this.langs(tx, a.docId);
      const merged: Segment = {
        ...a,
        ...(codes ? { codes } : {}),
        source: joinText(a.source, bSource, lang.source),
        target: joinText(a.target, bTarget, lang.target),
        note: [a.note, b.note].filter(Boolean).join('\n'),
        status: a.status === b.status ? a.status : a.target || b.target ? 'draft' : 'new',
        link: { source: a.link.source + b.link.source, target: a.link.target + b.link.target },
        confidence: Math.min(a.confidence, b.confidence),
        rev: a.rev + 1,
        updatedAt: at,
      };
      return {
        changes: [
          { id: a.id, before: a, after: merged },
          { id: b.id, before: b, after: null },
        ],
        drafts: [
          { segmentId: a.id, field: 'merge', before: snapshot(a), after: snapshot(merged) },
          { segmentId: b.id, field: 'merge', before: snapshot(b), after: '' },
        ],
      };
    });
  }

  /** Splits a row in two at a source offset and a target offset (UTF-16 indices). */
  split(segmentId: string, sourceAt: number, targetAt: number, who: Who): Promise<OpResult> {
    return this.run('split', who, segmentId, async (tx, at) => {
      const s = await this.row(tx, segmentId);
      const next = await this.neighbour(tx, s, 'next');
      const ls = s.source.slice(0, sourceAt).trimEnd();
      const lt = s.target.slice(0, targetAt).trimEnd();
      const rs = s.source.slice(sourceAt).trimStart();
      const rt = s.target.slice(targetAt).trimStart();
      const left: Segment = {
        ...s,
        source: ls,
        target: lt,
        link: { source: ls ? 1 : 0, target: lt ? 1 : 0 },
        rev: s.rev + 1,
        updatedAt: at,
      };
      const right = makeSegment(
        s.docId,
        keyBetween(s.order, next?.order ?? ''),
        {
          source: rs,
          target: rt,
          status: s.status,
          confidence: s.confidence,
          // Both halves keep the whole code list: their placeholders still index into it.
          codes: s.codes,
          link: {
            source: rs ? Math.max(1, s.link.source - left.link.source) : 0,
            target: rt ? Math.max(1, s.link.target - left.link.target) : 0,
          },
        },
        at,
      );
      return {
        changes: [
          { id: s.id, before: s, after: left },
          { id: right.id, before: null, after: right },
        ],
        drafts: [
          { segmentId: s.id, field: 'split', before: snapshot(s), after: snapshot(left) },
          { segmentId: right.id, field: 'split', before: '', after: snapshot(right) },
        ],
      };
    });
  }

  /** Applies many row patches as one step (confirm all, accept all, replace-all). */
  updateMany(docId: string, patches: { id: string; patch: SegmentPatch }[], who: Who) {
    return this.runDoc(docId, 'replace', who, async (tx, at) => {
      const changes: OpChange[] = [];
      // Each chunk read once; commitOp writes the rows back where they live (rows.ts).
      const stored = await getRows(
        tx,
        patches.map((p) => p.id),
      );
      for (const { id, patch } of patches) {
        const s = stored.get(id);
        if (!s) throw new StoreError('conflict', `row ${id} no longer exists`, [id]);
        const after = { ...s, ...patch, rev: s.rev + 1, updatedAt: at };
        const keys = ['source', 'target', 'status', 'note', 'comments'] as const;
        if (keys.some((k) => !samePatchValue(after[k], s[k])))
          changes.push({ id, before: s, after });
      }
      return { changes };
    });
  }

  private async run(kind: OpKind, who: Who, anyId: string, build: Build): Promise<OpResult> {
    // Merge and split look for a row's neighbour: that code is loaded before the transaction.
    this.reader ??= await import('./rows-read.js');
    const docId = await this.conn.read(ROW_STORES, async (tx) => {
      const s = await getRow(tx, anyId);
      if (!s) throw new StoreError('conflict', `row ${anyId} no longer exists`, [anyId]);
      return s.docId;
    });
    return this.runDoc(docId, kind, who, build);
  }

  private async runDoc(docId: string, kind: OpKind, who: Who, build: Build): Promise<OpResult> {
    const res = await this.conn.write(OP_STORES, async (tx) => {
      const { changes, drafts } = await build(tx, Date.now());
      if (changes.some((c) => (c.after ?? c.before)?.docId !== docId))
        throw new StoreError('invalid', 'an operation works on one document');
      if (changes.length === 0) return null;
      return commitOp(tx, docId, kind, who, changes, drafts);
    });
    if (!res) return { opId: '', changed: [], removed: [] };
    const { op, projectId } = res;
    const structural = op.changes.some((c) => !c.before || !c.after);
    this.conn.announce({
      type: structural ? 'structure' : 'segments',
      projectId,
      docId,
      segmentIds: op.changes.map((c) => c.id),
    });
    const changed = op.changes.flatMap((c) => (c.after ? [c.after] : []));
    changed.sort((x, y) => (x.order < y.order ? -1 : x.order > y.order ? 1 : 0));
    return { opId: op.id, changed, removed: op.changes.filter((c) => !c.after).map((c) => c.id) };
  }

  private async row(tx: WriteTx, id: string): Promise<Segment> {
    const s = await getRow(tx, id);
    if (!s) throw new StoreError('conflict', `row ${id} no longer exists`, [id]);
    return s;
  }

  private neighbour(tx: WriteTx, s: Segment, dir: 'prev' | 'next'): Promise<Segment | null> {
    if (!this.reader) throw new Error('rows-read.js is loaded by run()');
    return this.reader.neighbourRow(tx, s.docId, s, dir);
  }

  /** The project's languages, which decide how merged texts join. */
  private async langs(tx: WriteTx, docId: string): Promise<Record<'source' | 'target', Lang>> {
    const doc = await tx.objectStore('documents').get(docId);
    const p = doc && (await tx.objectStore('projects').get(doc.projectId));
    return { source: p?.sourceLang ?? 'en', target: p?.targetLang ?? 'en' };
  }
}
