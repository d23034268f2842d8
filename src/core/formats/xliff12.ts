// XLIFF 1.2 (and 1.1, and Trados SDLXLIFF) in and out.
import type { Pair, Status } from '../model.js';
import { baseName, defaultStatus, exportedDocuments, xmlSafePair } from './common.js';
import { CodeTable, collapseLayout, preserves, readInline, writeInline } from './inline-codes.js';
import { PairOutput, readWhole, type BatchOptions, type FormatReader } from './batches.js';
import { ImportFinisher } from './langs.js';
import { FormatError, type Bitext, type ExportOptions, type ImportResult } from './types.js';
import { escapeAttr, escapeText } from './xml-safety.js';
import { attr, child, descendants, elements, textContent, type XmlElement } from './xml.js';
import { warning } from './warnings.js';

/** Ours → XLIFF 1.2 `state`. */
export const STATE_OUT_12: Record<Status, string> = {
  new: 'new',
  draft: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  approved: 'final',
  rejected: 'needs-review-translation',
};

/** XLIFF 1.2 `state` → ours (every value the spec defines). */
const STATE_IN_12: Record<string, Status> = {
  new: 'new',
  'needs-translation': 'draft',
  'needs-adaptation': 'draft',
  'needs-l10n': 'draft',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'approved',
  'needs-review-translation': 'rejected',
  'needs-review-adaptation': 'rejected',
  'needs-review-l10n': 'rejected',
};

/** Trados Studio keeps the real status in sdl:seg `conf`, not in `state`. */
const SDL_CONF: Record<string, Status> = {
  Draft: 'draft',
  Translated: 'translated',
  RejectedTranslation: 'rejected',
  ApprovedTranslation: 'reviewed',
  RejectedSignOff: 'rejected',
  ApprovedSignOff: 'approved',
};

/** memoQ keeps its row status in `mq:status` on the trans-unit. */
const MEMOQ_STATUS: Record<string, Status> = {
  NotStarted: 'new',
  PartiallyEdited: 'draft',
  Pretranslated: 'draft',
  MachineTranslated: 'draft',
  Edited: 'draft',
  ManuallyConfirmed: 'translated',
  Confirmed: 'translated',
  Reviewer1Confirmed: 'reviewed',
  Reviewer2Confirmed: 'approved',
  Rejected: 'rejected',
};

interface UnitContext {
  warnings: string[];
  /** Units marked translate="no" (structure, not text). */
  skipped: number;
  invalidStates: Map<string, number>;
}

function statusOf(
  unit: XmlElement,
  target: XmlElement | undefined,
  text: string,
  ctx: UnitContext,
  sdl?: string,
): Status {
  if (sdl && SDL_CONF[sdl]) return SDL_CONF[sdl];
  const mq = Object.entries(unit.attrs).find(([k]) => k.endsWith(':status'))?.[1];
  if (mq && MEMOQ_STATUS[mq]) return MEMOQ_STATUS[mq];
  const state = target && attr(target, 'state');
  if (state !== undefined) {
    const mapped = STATE_IN_12[state];
    // needs-translation on an empty target is simply untranslated.
    if (mapped) return mapped === 'draft' && !text.trim() ? 'new' : mapped;
    if (!state.startsWith('x-'))
      ctx.invalidStates.set(state, (ctx.invalidStates.get(state) ?? 0) + 1);
  }
  if (attr(unit, 'approved') === 'yes' && text.trim()) return 'approved';
  return defaultStatus(text);
}

function notesOf(unit: XmlElement): string | undefined {
  const notes = elements(unit, 'note').map((n) => textContent(n));
  return notes.length ? notes.join('\n') : undefined;
}

function segMarks(el: XmlElement | undefined): XmlElement[] {
  return el ? descendants(el, 'mrk').filter((m) => attr(m, 'mtype') === 'seg') : [];
}

function readUnit(
  unit: XmlElement,
  ctx: UnitContext,
  out: Pair[],
  preserve: boolean,
  file: string,
): void {
  const read = (el: XmlElement, table: CodeTable) => {
    const s = readInline(el, { origin: 'xliff12', table });
    return preserves(el, preserve) ? s : collapseLayout(s);
  };
  const source = child(unit, 'source');
  if (!source)
    throw new FormatError(
      'missing-element',
      { element: 'source', parent: 'trans-unit' },
      '<trans-unit> without <source>',
      file,
      unit.line,
    );
  const target = child(unit, 'target');
  const id = attr(unit, 'id');
  const note = notesOf(unit);
  const sdlConf = new Map(
    descendants(unit, 'seg')
      .filter((s) => s.name.includes(':'))
      .map((s) => [attr(s, 'id') ?? '', attr(s, 'conf') ?? ''] as const),
  );
  const srcMarks = segMarks(child(unit, 'seg-source'));
  const tgtMarks = segMarks(target);
  const make = (
    src: XmlElement,
    tgt: XmlElement | undefined,
    pid: string | undefined,
    sdl?: string,
  ) => {
    const table = new CodeTable();
    const s = read(src, table);
    table.startTarget();
    const t = tgt ? read(tgt, table) : '';
    const pair: Pair = { source: s, target: t, status: statusOf(unit, target, t, ctx, sdl) };
    if (pid !== undefined) pair.id = pid;
    if (note !== undefined) pair.note = note;
    if (table.codes.length) pair.codes = table.codes;
    out.push(pair);
  };
  // seg-source/mrk segmentation: one pair per segment, matched to the target's by mid.
  if (srcMarks.length > 0 && (tgtMarks.length > 0 || !target)) {
    for (const m of srcMarks) {
      const mid = attr(m, 'mid') ?? '';
      const t = tgtMarks.find((x) => attr(x, 'mid') === mid);
      const pid = srcMarks.length > 1 ? `${id ?? ''}#${mid}` : id;
      make(m, t, pid, sdlConf.get(mid));
    }
    return;
  }
  make(source, target, id);
}

/** `xml:space` through the groups between a file and a unit. */
function preserveOf(file: XmlElement, path: readonly XmlElement[]): boolean {
  return path.reduce((p, group) => preserves(group, p), preserves(file, false));
}

/** Reads XLIFF 1.2 (1.1, SDLXLIFF) as a stream: each <trans-unit> is a tree only while read. */
export function xliff12Reader(file: string, out: BatchOptions): FormatReader {
  const pairs = new PairOutput(out, new ImportFinisher(true));
  const warnings: string[] = [];
  const ctx: UnitContext = { warnings, invalidStates: new Map(), skipped: 0 };
  let root: XmlElement | undefined;
  let sourceLang = '';
  let targetLang = '';
  let targetAttrLang: string | undefined;
  let files = 0;
  // The <file> being read: its document, its <body>, and what to do with units outside a body
  // (read only if the file turns out to have no body).
  let doc = -1;
  let fileEl: XmlElement | undefined;
  let body: XmlElement | undefined;
  let bodyless: (() => void)[] = [];

  const read = (unit: XmlElement, path: readonly XmlElement[]) => {
    const found: Pair[] = [];
    readUnit(unit, ctx, found, preserves(unit, preserveOf(fileEl as XmlElement, path)), file);
    for (const p of found) pairs.push(doc, p);
  };
  /** The groups between the file (or its body) and an element, or undefined if it is elsewhere. */
  const groupsTo = (open: readonly XmlElement[]): XmlElement[] | undefined => {
    const inBody = open[2] !== undefined && open[2] === body;
    const path = open.slice(inBody ? 3 : 2);
    if (!inBody && body) return undefined;
    return path.every((g) => g.local === 'group') ? path : undefined;
  };

  return {
    start(el, open) {
      if (el.local === 'target' && !targetAttrLang) targetAttrLang = attr(el, 'lang') || undefined;
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
        return false;
      }
      if (open.length === 1) {
        if (el.local !== 'file') return false;
        files++;
        const sl = attr(el, 'source-language') ?? '';
        const tl = attr(el, 'target-language') ?? '';
        if (!sl) warnings.push(warning('xliff-no-source-language', { line: el.line ?? '?' }));
        sourceLang ||= sl;
        targetLang ||= tl;
        pairs.declare(sourceLang, targetLang);
        fileEl = el;
        body = undefined;
        bodyless = [];
        doc = pairs.addDocument(attr(el, 'original') || baseName(file));
        return false;
      }
      if (open[1] !== fileEl) return false;
      if (open.length === 2 && el.local === 'body' && !body) {
        body = el;
        bodyless = [];
        return false;
      }
      if (el.local !== 'trans-unit') return false;
      const path = groupsTo(open);
      if (!path) return false;
      const inBody = body !== undefined;
      if (attr(el, 'translate') === 'no') {
        if (inBody) ctx.skipped++;
        else bodyless.push(() => ctx.skipped++);
        return false;
      }
      return true;
    },
    element(unit, open) {
      const path = groupsTo(open) ?? [];
      if (body) read(unit, path);
      else bodyless.push(() => read(unit, path));
    },
    end(el) {
      if (el !== fileEl) return;
      if (!body) for (const run of bodyless) run();
      bodyless = [];
      fileEl = undefined;
    },
    finish() {
      if (files === 0)
        throw new FormatError(
          'missing-element',
          { element: 'file', parent: 'xliff' },
          'XLIFF without <file>',
          file,
          root?.line,
        );
      if (ctx.skipped) warnings.push(warning('xliff-untranslatable', { count: ctx.skipped }));
      for (const [state, n] of ctx.invalidStates)
        warnings.push(warning('xliff-invalid-state', { count: n, state }));
      // The target language can also hide on the targets themselves.
      return pairs.finish('xliff12', sourceLang, targetLang || (targetAttrLang ?? ''), warnings);
    },
  };
}

export function parseXliff12(text: string, file: string): ImportResult {
  return readWhole(text, file, (out) => xliff12Reader(file, out));
}

export function writeXliff12(doc: Bitext, opts: ExportOptions = {}): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
  ];
  for (const d of exportedDocuments(doc, opts)) {
    out.push(
      `  <file original="${escapeAttr(d.name)}" source-language="${escapeAttr(doc.sourceLang)}"` +
        ` target-language="${escapeAttr(doc.targetLang)}" datatype="plaintext">`,
      '    <body>',
    );
    const ids = d.pairs.map((p) => p.id);
    const useIds = ids.every((i) => i) && new Set(ids).size === ids.length;
    d.pairs.forEach((raw, i) => {
      const p = xmlSafePair(raw, `${d.name} #${i + 1}`, opts.warnings);
      const status = p.status ?? defaultStatus(p.target);
      const id = escapeAttr(useIds ? (p.id as string) : String(i + 1));
      const approved = status === 'approved' ? ' approved="yes"' : '';
      out.push(`      <trans-unit id="${id}" xml:space="preserve"${approved}>`);
      out.push(`        <source>${writeInline(p.source, p.codes, { format: 'xliff12' })}</source>`);
      if (p.target || status !== 'new')
        out.push(
          `        <target state="${STATE_OUT_12[status]}">${writeInline(p.target, p.codes, { format: 'xliff12' })}</target>`,
        );
      if (p.note) out.push(`        <note>${escapeText(p.note)}</note>`);
      out.push('      </trans-unit>');
    });
    out.push('    </body>', '  </file>');
  }
  out.push('</xliff>', '');
  return out.join('\n');
}
