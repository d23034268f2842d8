// XLIFF 2.0/2.1 core in and out.
import type { Pair, Status } from '../model.js';
import { STATUSES } from '../model.js';
import { baseName, exportedDocuments, defaultStatus, xmlSafePair } from './common.js';
import { CodeTable, collapseLayout, preserves, readInline, writeInline } from './inline-codes.js';
import { PairOutput, readWhole, type BatchOptions, type FormatReader } from './batches.js';
import { ImportFinisher } from './langs.js';
import { FormatError, type Bitext, type ExportOptions, type ImportResult } from './types.js';
import { escapeAttr, escapeText } from './xml-safety.js';
import { attr, child, elements, textContent, type XmlElement } from './xml.js';
import { warning } from './warnings.js';

/** Ours → 2.0 `state`; the statuses 2.0 lacks travel in `subState="bitext:…"`. */
export const STATE_OUT_2: Record<Status, string> = {
  new: 'initial',
  draft: 'initial',
  translated: 'translated',
  reviewed: 'reviewed',
  approved: 'final',
  rejected: 'translated',
};
const STATE_IN_2: Record<string, Status> = {
  initial: 'new',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'approved',
};
const SUB_PREFIX = 'bitext:';

interface Ctx {
  warnings: string[];
  badStates: Map<string, number>;
}

function statusOf(seg: XmlElement, target: string, ctx: Ctx): Status {
  const sub = attr(seg, 'subState') ?? '';
  const ours = sub.startsWith(SUB_PREFIX) ? sub.slice(SUB_PREFIX.length) : '';
  if ((STATUSES as readonly string[]).includes(ours)) return ours as Status;
  const state = attr(seg, 'state');
  if (state === undefined) return defaultStatus(target) === 'new' ? 'new' : 'draft';
  const mapped = STATE_IN_2[state];
  if (!mapped) {
    ctx.badStates.set(state, (ctx.badStates.get(state) ?? 0) + 1);
    return defaultStatus(target);
  }
  return mapped === 'new' && target.trim() ? 'draft' : mapped;
}

const RANK: Record<Status, number> = {
  rejected: 0,
  new: 1,
  draft: 2,
  translated: 3,
  reviewed: 4,
  approved: 5,
};

function readUnit(unit: XmlElement, ctx: Ctx, out: Pair[], preserve: boolean, file: string): void {
  const parts = elements(unit).filter((e) => e.local === 'segment' || e.local === 'ignorable');
  const segments = parts.filter((e) => e.local === 'segment');
  const uid = attr(unit, 'id') ?? '';
  if (segments.length === 0) {
    ctx.warnings.push(warning('xliff2-no-segment', { unit: uid, line: unit.line ?? '?' }));
    return;
  }
  const data = new Map(
    elements(child(unit, 'originalData') ?? unit, 'data').map(
      (d) => [attr(d, 'id') ?? '', textContent(d)] as const,
    ),
  );
  const notes = elements(child(unit, 'notes') ?? unit, 'note').map(textContent);
  const read = (el: XmlElement, table: CodeTable) => {
    const s = readInline(el, { origin: 'xliff2', table, data });
    return preserves(el, preserve) ? s : collapseLayout(s);
  };
  const finish = (pair: Pair, table: CodeTable, id: string) => {
    pair.id = id;
    if (notes.length) pair.note = notes.join('\n');
    if (table.codes.length) pair.codes = table.codes;
    out.push(pair);
  };
  const reordered = parts.some(
    (p) => child(p, 'target') && attr(child(p, 'target') as XmlElement, 'order'),
  );
  if (!reordered) {
    segments.forEach((seg) => {
      const table = new CodeTable();
      const src = child(seg, 'source');
      if (!src)
        throw new FormatError(
          'missing-element',
          { element: 'source', parent: 'segment' },
          '<segment> without <source>',
          file,
          seg.line,
        );
      const source = read(src, table);
      table.startTarget();
      const tgt = child(seg, 'target');
      const target = tgt ? read(tgt, table) : '';
      const id =
        segments.length > 1 ? `${uid}#${attr(seg, 'id') ?? segments.indexOf(seg) + 1}` : uid;
      finish({ source, target, status: statusOf(seg, target, ctx) }, table, id);
    });
    return;
  }
  // Targets re-sequenced with `order`: the unit becomes one pair, target parts in their order.
  const table = new CodeTable();
  const source = parts
    .map((p) =>
      child(p, 'source')
        ? readInline(child(p, 'source') as XmlElement, { origin: 'xliff2', table, data })
        : '',
    )
    .join('');
  table.startTarget();
  const slots: string[] = [];
  parts.forEach((p, i) => {
    const tgt = child(p, 'target');
    // An ignorable without target keeps its source (whitespace between segments) in place.
    if (!tgt && p.local === 'ignorable' && child(p, 'source')) {
      slots[i] ??= readInline(child(p, 'source') as XmlElement, { origin: 'xliff2', table, data });
      return;
    }
    if (!tgt) return;
    const pos = Number(attr(tgt, 'order') ?? i + 1) - 1;
    slots[Number.isInteger(pos) && pos >= 0 ? pos : i] = readInline(tgt, {
      origin: 'xliff2',
      table,
      data,
    });
  });
  const target = slots.join('');
  const statuses = segments.map((s) => statusOf(s, target, ctx));
  const status = statuses.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));
  ctx.warnings.push(warning('xliff2-reordered', { unit: uid }));
  finish({ source, target, status }, table, uid);
}

/** Reads XLIFF 2 as a stream: each <unit> is a tree only while it is read. */
export function xliff2Reader(file: string, out: BatchOptions): FormatReader {
  const pairs = new PairOutput(out, new ImportFinisher(true));
  const warnings: string[] = [];
  const ctx: Ctx = { warnings, badStates: new Map() };
  let root: XmlElement | undefined;
  let fileEl: XmlElement | undefined;
  let doc = -1;
  let hasTargets = false;
  return {
    start(el, open) {
      if (open.length === 0) {
        if (el.local !== 'xliff')
          throw new FormatError(
            'not-xliff',
            { element: el.name },
            `not XLIFF: the root element is <${el.name}>`,
            file,
            el.line,
          );
        root = el;
        pairs.declare(attr(el, 'srcLang') ?? '', attr(el, 'trgLang') ?? '');
        return false;
      }
      if (open.length === 1) {
        if (el.local === 'file') {
          fileEl = el;
          doc = pairs.addDocument(attr(el, 'original') || attr(el, 'id') || baseName(file));
        }
        return false;
      }
      // Units of the file, directly or in groups (inside anything else they are not units).
      return (
        open[1] === fileEl && el.local === 'unit' && open.slice(2).every((g) => g.local === 'group')
      );
    },
    element(unit, open) {
      const preserve = open
        .slice(2)
        .reduce((p, group) => preserves(group, p), preserves(fileEl as XmlElement, false));
      const found: Pair[] = [];
      readUnit(unit, ctx, found, preserves(unit, preserve), file);
      for (const p of found) {
        if (p.target) hasTargets = true;
        pairs.push(doc, p);
      }
    },
    finish() {
      if (pairs.documents.length === 0)
        throw new FormatError(
          'missing-element',
          { element: 'file', parent: 'xliff' },
          'XLIFF without <file>',
          file,
          root?.line,
        );
      const sourceLang = (root && attr(root, 'srcLang')) ?? '';
      let targetLang = (root && attr(root, 'trgLang')) ?? '';
      if (hasTargets && !targetLang) {
        warnings.push(warning('xliff2-no-target-language'));
        targetLang = '';
      }
      for (const [s, n] of ctx.badStates)
        warnings.push(warning('xliff2-invalid-state', { count: n, state: s }));
      return pairs.finish('xliff2', sourceLang, targetLang, warnings);
    },
  };
}

export function parseXliff2(text: string, file: string): ImportResult {
  return readWhole(text, file, (out) => xliff2Reader(file, out));
}

const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;

export function writeXliff2(doc: Bitext, opts: ExportOptions = {}): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeAttr(doc.sourceLang)}" trgLang="${escapeAttr(doc.targetLang)}">`,
  ];
  exportedDocuments(doc, opts).forEach((d, fi) => {
    out.push(`  <file id="f${fi + 1}" original="${escapeAttr(d.name)}" xml:space="preserve">`);
    const ids = d.pairs.map((p) => p.id ?? '');
    const useIds = ids.every((i) => NMTOKEN.test(i)) && new Set(ids).size === ids.length;
    d.pairs.forEach((raw, i) => {
      const p = xmlSafePair(raw, `${d.name} #${i + 1}`, opts.warnings);
      const status = p.status ?? defaultStatus(p.target);
      const data = new Map<string, string>();
      const source = writeInline(p.source, p.codes, { format: 'xliff2', data });
      const target = writeInline(p.target, p.codes, { format: 'xliff2', data });
      out.push(`    <unit id="${escapeAttr(useIds ? (ids[i] ?? '') : `u${i + 1}`)}">`);
      if (p.note) out.push(`      <notes><note>${escapeText(p.note)}</note></notes>`);
      if (data.size) {
        const entries = [...data]
          .map(([k, v]) => `<data id="${k}">${escapeText(v)}</data>`)
          .join('');
        out.push(`      <originalData>${entries}</originalData>`);
      }
      const sub = ['new', 'draft', 'rejected'].includes(status)
        ? ` subState="${SUB_PREFIX}${status}"`
        : '';
      out.push(`      <segment state="${STATE_OUT_2[status]}"${sub}>`);
      out.push(`        <source>${source}</source>`);
      if (p.target || status !== 'new') out.push(`        <target>${target}</target>`);
      out.push('      </segment>', '    </unit>');
    });
    out.push('  </file>');
  });
  out.push('</xliff>', '');
  return out.join('\n');
}
