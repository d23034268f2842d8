// TMX 1.1–1.4 in, TMX 1.4b out.
import type { Pair } from '../model.js';
import {
  baseName,
  defaultStatus,
  exportedDocuments,
  isStatus,
  parseTmxDate,
  tmxDate,
  xmlSafePair,
} from './common.js';
import {
  DEFAULT_BATCH,
  PairOutput,
  readWhole,
  type BatchOptions,
  type FormatReader,
} from './batches.js';
import { CodeTable, joinSides, readInline, writeInline, type Side } from './inline-codes.js';
import { ImportFinisher, sameLanguage } from './langs.js';
import { FormatError, type Bitext, type ExportOptions, type ImportResult } from './types.js';
import { escapeAttr, escapeText } from './xml-safety.js';
import { attr, child, elements, textContent, type XmlElement } from './xml.js';
import { warning } from './warnings.js';

const STATUS_PROP = 'x-bitext-status';
const DOC_PROP = 'x-bitext-document';

const langOf = (el: XmlElement) => (attr(el, 'lang') ?? '').trim();

/**
 * A pair read from TMX, with the unit's authors (`creationid`, `changeid`): a TM keeps them; a
 * project has no place for them and leaves them.
 */
export interface AuthoredPair extends Pair {
  createdBy?: string;
  changedBy?: string;
}

/** An attribute's text, or undefined when absent or blank. */
const nonBlank = (el: XmlElement, name: string) => attr(el, name)?.trim() || undefined;

/** A <tuv> as soon as it is read; which one is the target is known only later. */
interface Variant {
  lang: string;
  line: number;
  seg?: Side;
  notes: string[];
}

/** A <tu> kept in the shape of the pair it becomes, without its element tree. */
interface Unit {
  id?: string;
  srclang?: string;
  created?: number;
  changed?: number;
  createdBy?: string;
  changedBy?: string;
  status?: string;
  document?: string;
  notes: string[];
  variants: Variant[];
}

function readUnit(tu: XmlElement): Unit {
  const props = elements(tu, 'prop');
  const prop = (type: string) => props.find((p) => attr(p, 'type') === type);
  const status = prop(STATUS_PROP);
  const doc = prop(DOC_PROP);
  return {
    id: attr(tu, 'tuid'),
    srclang: attr(tu, 'srclang'),
    created: parseTmxDate(attr(tu, 'creationdate')),
    changed: parseTmxDate(attr(tu, 'changedate')),
    createdBy: nonBlank(tu, 'creationid'),
    changedBy: nonBlank(tu, 'changeid'),
    status: status && textContent(status).trim(),
    document: doc && textContent(doc),
    notes: elements(tu, 'note').map(textContent),
    variants: elements(tu, 'tuv').map((tuv) => {
      const seg = child(tuv, 'seg');
      const table = new CodeTable();
      const text = seg && readInline(seg, { origin: 'tmx', table });
      return {
        lang: langOf(tuv),
        line: tuv.line,
        seg: text === undefined ? undefined : { text, codes: table.codes },
        notes: elements(tuv, 'note').map(textContent),
      };
    }),
  };
}

/** The variant for a language: exact tag first (any case), else the same primary language. */
function pick(variants: Variant[], lang: string, not?: Variant): Variant | undefined {
  const exact = variants.find((v) => v !== not && v.lang.toLowerCase() === lang.toLowerCase());
  return exact ?? variants.find((v) => v !== not && sameLanguage(v.lang, lang));
}

/** Counts the languages other than the source, to choose the target as the most frequent. */
class LanguageCount {
  private readonly counts = new Map<string, number>();
  /** The spelling first used in the file, by lower-case tag. */
  private readonly spelling = new Map<string, string>();

  add(unit: Unit, sourceLang: string): void {
    for (const { lang } of unit.variants) {
      const l = lang.toLowerCase();
      if (!l || l === sourceLang.toLowerCase()) continue;
      this.counts.set(l, (this.counts.get(l) ?? 0) + 1);
      if (!this.spelling.has(l)) this.spelling.set(l, lang);
    }
  }

  best(sourceLang: string): string {
    let best = '';
    let most = 0;
    // Another language wins over another variety of the source language (fr over en-GB for en-US).
    const score = (l: string, n: number) => n + (sameLanguage(l, sourceLang) ? 0 : 1e9);
    for (const [l, n] of this.counts) if (score(l, n) > most) [best, most] = [l, score(l, n)];
    return this.spelling.get(best) ?? best;
  }
}

/**
 * Reads TMX as a stream. Without `targetLang` the target is the most frequent other language of
 * the units read before the first batch (of the whole file when read whole).
 */
export function tmxReader(
  file: string,
  out: BatchOptions,
  opts: { targetLang?: string } = {},
): FormatReader {
  const pairs = new PairOutput(out, new ImportFinisher());
  const batchSize = out.batchSize ?? DEFAULT_BATCH;
  const languages = new LanguageCount();
  const docIndex = new Map<string, number>();
  const warnings: string[] = [];
  let root: XmlElement | undefined;
  let body: XmlElement | undefined;
  let headerLang: string | undefined;
  let sourceLang: string | undefined;
  let targetLang = opts.targetLang || undefined;
  let pending: Unit[] = [];
  let units = 0;
  let noSource = 0;
  let extra = 0;

  const toPair = (unit: Unit, source: string, target: string) => {
    const src = pick(
      unit.variants,
      unit.srclang && unit.srclang !== '*all*' ? unit.srclang : source,
    );
    const tgt = target ? pick(unit.variants, target, src) : undefined;
    if (unit.variants.length > (src ? 1 : 0) + (tgt ? 1 : 0)) extra++;
    if (!src) {
      noSource++;
      return;
    }
    if (!src.seg)
      throw new FormatError(
        'missing-element',
        { element: 'seg', parent: 'tuv' },
        '<tuv> without <seg>',
        file,
        src.line,
      );
    const joined = joinSides(src.seg, tgt?.seg);
    const notes = [...unit.notes, ...src.notes, ...(tgt?.notes ?? [])];
    const pair: AuthoredPair = {
      source: joined.source,
      target: joined.target,
      status: isStatus(unit.status) ? unit.status : defaultStatus(joined.target),
    };
    if (notes.length) pair.note = [...new Set(notes)].join('\n');
    if (joined.codes.length) pair.codes = joined.codes;
    if (unit.id) pair.id = unit.id;
    if (unit.created !== undefined) pair.createdAt = unit.created;
    if (unit.changed !== undefined) pair.updatedAt = unit.changed;
    if (unit.createdBy) pair.createdBy = unit.createdBy;
    if (unit.changedBy) pair.changedBy = unit.changedBy;
    const name = unit.document || baseName(file);
    let doc = docIndex.get(name);
    if (doc === undefined) docIndex.set(name, (doc = pairs.addDocument(name)));
    pairs.declare(source, target);
    pairs.push(doc, pair);
  };

  /** The header's srclang, else the language of the first variant of the first unit. */
  const sourceOf = (first: Unit | undefined) => {
    const lang = headerLang ?? '';
    if (lang && lang !== '*all*') return lang;
    return first?.variants[0]?.lang ?? (body ? langOf(body) : '');
  };

  const decide = (source: string) => {
    targetLang = languages.best(source);
    for (let i = 0; i < pending.length; i++) toPair(pending[i] as Unit, source, targetLang);
    pending = [];
  };

  return {
    start(el, open) {
      if (open.length === 0) {
        if (el.local !== 'tmx')
          throw new FormatError(
            'not-tmx',
            { element: el.name },
            `not a TMX file: the root element is <${el.name}>`,
            file,
            el.line,
          );
        root = el;
        return false;
      }
      if (open.length === 1) {
        if (el.local === 'body') body ??= el;
        return el.local === 'header' && headerLang === undefined;
      }
      return open.length === 2 && open[1] === body && el.local === 'tu';
    },
    element(el) {
      if (el.local === 'header') {
        headerLang = attr(el, 'srclang') ?? '';
        return;
      }
      const unit = readUnit(el);
      units++;
      sourceLang ??= sourceOf(unit);
      languages.add(unit, sourceLang);
      if (targetLang !== undefined) toPair(unit, sourceLang, targetLang);
      else {
        pending.push(unit);
        if (pending.length >= batchSize) decide(sourceLang);
      }
    },
    finish() {
      if (!body)
        throw new FormatError(
          'missing-element',
          { element: 'body', parent: 'tmx' },
          'TMX without <body>',
          file,
          root?.line,
        );
      const chosen = targetLang;
      sourceLang ??= sourceOf(undefined);
      if (chosen === undefined) decide(sourceLang);
      else if (!opts.targetLang && languages.best(sourceLang) !== chosen)
        warnings.push(
          warning('tmx-target-guessed', {
            chosen,
            units: batchSize,
            other: languages.best(sourceLang) ?? '',
          }),
        );
      const target = targetLang ?? '';
      if (noSource) warnings.push(warning('tmx-no-source', { count: noSource, lang: sourceLang }));
      if (extra)
        warnings.push(warning('tmx-other-languages', { count: extra, source: sourceLang, target }));
      if (units === 0) warnings.push(warning('tmx-empty'));
      if (pairs.documents.length === 0) pairs.addDocument(baseName(file));
      return pairs.finish('tmx', sourceLang, target, warnings);
    },
  };
}

export function parseTmx(
  text: string,
  file: string,
  opts: { targetLang?: string } = {},
): ImportResult {
  return readWhole(text, file, (out) => tmxReader(file, out, opts));
}

export function writeTmx(doc: Bitext, opts: ExportOptions = {}): string {
  const now = tmxDate(opts.now ?? Date.now());
  const src = escapeAttr(doc.sourceLang);
  const tgt = escapeAttr(doc.targetLang);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Bitext Workbench" creationtoolversion="${escapeAttr(opts.toolVersion ?? '0.1.0')}"` +
      ` segtype="sentence" o-tmf="Bitext Workbench" adminlang="en" srclang="${src}"` +
      ` datatype="plaintext" creationdate="${now}"/>`,
    '  <body>',
  ];
  const docs = exportedDocuments(doc, opts);
  // A unit without source text (a translation sentence an alignment left unpaired) would put an
  // empty segment in every memory the file is imported into: left out, and said so.
  let noSource = 0;
  for (const d of docs) {
    d.pairs.forEach((raw, i) => {
      if (!raw.source.trim()) {
        noSource++;
        return;
      }
      const p = xmlSafePair(raw, `${d.name} #${i + 1}`, opts.warnings);
      const dates =
        ` creationdate="${tmxDate(p.createdAt ?? opts.now ?? Date.now())}"` +
        (p.updatedAt !== undefined ? ` changedate="${tmxDate(p.updatedAt)}"` : '');
      out.push(`    <tu${p.id ? ` tuid="${escapeAttr(p.id)}"` : ''}${dates}>`);
      out.push(`      <prop type="${STATUS_PROP}">${p.status ?? defaultStatus(p.target)}</prop>`);
      if (docs.length > 1) out.push(`      <prop type="${DOC_PROP}">${escapeText(d.name)}</prop>`);
      if (p.note) out.push(`      <note>${escapeText(p.note)}</note>`);
      const seg = (s: string) => `<seg>${writeInline(s, p.codes, { format: 'tmx' })}</seg>`;
      out.push(`      <tuv xml:lang="${src}">${seg(p.source)}</tuv>`);
      if (p.target) out.push(`      <tuv xml:lang="${tgt}">${seg(p.target)}</tuv>`);
      out.push('    </tu>');
    });
  }
  if (noSource) opts.warnings?.push(warning('tmx-source-empty', { count: noSource }));
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
