// TM files in and out: `.tmx` (any version the formats code reads), `.tsv` (source<TAB>target a
// line), `.xlf`/`.xliff` (confirmed units only) in; TMX 1.4b out, with creation and change dates
// and authors as `tu` attributes (creationdate/creationid/changedate/changeid), the context and
// origin as `prop`s, as memoQ and Trados write them.
import { CONFIRMED, type Pair } from '../model.js';
import { tmxDate } from '../formats/common.js';
import { decodeText } from '../formats/decode.js';
import { extensionOf, FormatError, importFile, plainText } from '../formats/index.js';
import { writeInline } from '../formats/inline-codes.js';
import { toAppLang } from '../formats/langs.js';
import { escapeAttr, escapeText, stripForbidden } from '../formats/xml-safety.js';
import { detectLang } from '../text/lang.js';
import type { TmUnit } from './types.js';
import { unitMeta } from './unit-meta.js';

export interface TmFile {
  /** Units in file order, each source + target once (the newest kept). */
  units: TmUnit[];
  /** The languages of `units` (after a swap, the ones asked for). */
  sourceLang: string;
  targetLang: string;
  /** True when the file held the pair the other way round and its sides were swapped. */
  swapped: boolean;
  /** Units skipped because their target was empty. */
  emptyTargets: number;
  /** XLIFF units skipped because they were not confirmed (translated, reviewed, approved). */
  unconfirmed: number;
  /** Units dropped as duplicates of a newer one with the same source and target. */
  duplicates: number;
  warnings: string[];
}

export interface ReadTmOptions {
  /** The pair asked for (any BCP 47 tags); a file holding the reverse pair is swapped. */
  sourceLang: string;
  targetLang: string;
  /** Files above this size are refused (default 2 GB: a TM of millions of units is normal). */
  maxBytes?: number;
  /** The date of units without one (ms since epoch; default: now, the time of the import). */
  now?: number;
}

export class TmLanguageError extends Error {
  override name = 'TmLanguageError';
  constructor(
    readonly file: string,
    readonly found: [string, string],
    readonly wanted: [string, string],
  ) {
    super(
      `${file}: the TM holds ${found[0] || '?'} → ${found[1] || '?'}, not ${wanted[0]} → ${wanted[1]}`,
    );
  }
}

/** A TSV TM: `source<TAB>target` a line; blank lines are skipped, a line without a tab has no target. */
function readTsv(name: string, bytes: Uint8Array): Pair[] {
  const { text } = decodeText(bytes, undefined, name);
  const pairs: Pair[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  // A header line naming the columns is not a unit.
  if (/^\s*source\s*\t\s*target\s*$/i.test(lines[0] ?? '')) lines.shift();
  for (const line of lines) {
    if (!line.trim()) continue;
    const tab = line.indexOf('\t');
    pairs.push(
      tab < 0
        ? { source: line, target: '' }
        : { source: line.slice(0, tab), target: line.slice(tab + 1).replace(/\t.*$/, '') },
    );
  }
  return pairs;
}

/**
 * A TSV does not name its languages: the columns' scripts tell, when they tell two different
 * languages; otherwise the pair asked for is assumed.
 */
function tsvLanguages(pairs: Pair[], opts: ReadTmOptions): [string, string] {
  const sample = pairs.slice(0, 500);
  const a = detectLang(sample.map((p) => p.source).join('\n'));
  const b = detectLang(sample.map((p) => p.target).join('\n'));
  if (a === 'unknown' || b === 'unknown' || a === b) return [opts.sourceLang, opts.targetLang];
  const tag = (l: 'zh' | 'en') => (l === 'zh' ? 'zh-Hans' : 'en');
  return [tag(a), tag(b)];
}

const same = (a: string, b: string) => {
  const x = toAppLang(a);
  return x !== undefined && x === toAppLang(b);
};

/** Reads a TM file into units for the pair asked; throws a FormatError or TmLanguageError. */
export function readTmFile(name: string, bytes: Uint8Array, opts: ReadTmOptions): TmFile {
  const ext = extensionOf(name);
  const warnings: string[] = [];
  let pairs: Pair[];
  let found: [string, string];
  let unconfirmed = 0;
  if (ext === 'tsv' || ext === 'tab') {
    if (bytes.length === 0) throw new FormatError('empty', {}, 'the file is empty', name);
    pairs = readTsv(name, bytes);
    found = tsvLanguages(pairs, opts);
  } else if (ext === 'tmx' || ext === 'xlf' || ext === 'xliff') {
    const doc = importFile(name, bytes, { maxBytes: opts.maxBytes ?? 2 ** 31 });
    warnings.push(...doc.warnings);
    pairs = doc.documents.flatMap((d) => d.pairs);
    found = [doc.sourceLang, doc.targetLang];
    if (ext !== 'tmx') {
      const all = pairs.length;
      pairs = pairs.filter((p) => CONFIRMED.includes(p.status ?? 'new'));
      unconfirmed = all - pairs.length;
    }
  } else {
    throw new FormatError(
      'unsupported-type',
      { ext, supported: 'tmx, tsv, xlf, xliff' },
      `unsupported TM file type ".${ext}" (supported: .tmx, .tsv, .xlf, .xliff)`,
      name,
    );
  }
  const wanted: [string, string] = [opts.sourceLang, opts.targetLang];
  let swapped = false;
  if (!(same(found[0], wanted[0]) && same(found[1], wanted[1]))) {
    if (same(found[0], wanted[1]) && same(found[1], wanted[0])) swapped = true;
    else throw new TmLanguageError(name, found, wanted);
  }
  const now = opts.now ?? Date.now();
  // The newest of each source + target; a later line wins a tie of dates.
  const byText = new Map<string, { pair: Pair; order: number; when: number }>();
  let emptyTargets = 0;
  let duplicates = 0;
  pairs.forEach((p, order) => {
    const [source, target] = swapped ? [p.target, p.source] : [p.source, p.target];
    if (!target.trim() || !source.trim()) {
      emptyTargets++;
      return;
    }
    const key = `${source}\u0000${target}`;
    const when = unitMeta(p, now).changedAt;
    const had = byText.get(key);
    if (had) duplicates++;
    if (!had || when >= had.when)
      byText.set(key, { pair: { ...p, source, target }, order: had?.order ?? order, when });
  });
  const units: TmUnit[] = [...byText.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ pair }, i) => {
      const unit: TmUnit = {
        id: String(i + 1),
        source: pair.source,
        target: pair.target,
        ...unitMeta(pair, now),
      };
      if (pair.codes?.length) unit.codes = pair.codes;
      return unit;
    });
  return {
    units,
    sourceLang: swapped ? found[1] : found[0],
    targetLang: swapped ? found[0] : found[1],
    swapped,
    emptyTargets,
    unconfirmed,
    duplicates,
    warnings,
  };
}

/** A unit's side as plain text: inline codes as their native text. */
export const unitText = (unit: TmUnit, side: 'source' | 'target'): string =>
  plainText(unit[side], unit.codes);

export interface WriteTmxOptions {
  sourceLang: string;
  targetLang: string;
  /** Fixed "now" for the header (ms since epoch), for reproducible output. */
  now?: number;
  toolVersion?: string;
  /** Receives a message per text that lost characters XML cannot hold. */
  warnings?: string[];
}

const prop = (type: string, value: string | undefined) =>
  value ? `      <prop type="${type}">${escapeText(value)}</prop>` : undefined;

/** TM units as TMX 1.4b. */
export function writeTmUnitsTmx(units: Iterable<TmUnit>, opts: WriteTmxOptions): string {
  const src = escapeAttr(opts.sourceLang);
  const tgt = escapeAttr(opts.targetLang);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Bitext Workbench" creationtoolversion="${escapeAttr(opts.toolVersion ?? '0.1.0')}"` +
      ` segtype="sentence" o-tmf="Bitext Workbench" adminlang="en" srclang="${src}"` +
      ` datatype="plaintext" creationdate="${tmxDate(opts.now ?? Date.now())}"/>`,
    '  <body>',
  ];
  for (const u of units) {
    const safe = (s: string | undefined, what: string) =>
      s === undefined ? undefined : stripForbidden(s, `unit ${u.id} ${what}`, opts.warnings);
    const attrs = [
      `tuid="${escapeAttr(u.id)}"`,
      `creationdate="${tmxDate(u.createdAt)}"`,
      u.author ? `creationid="${escapeAttr(u.author)}"` : '',
      `changedate="${tmxDate(u.changedAt)}"`,
      u.changedBy || u.author ? `changeid="${escapeAttr(u.changedBy ?? u.author ?? '')}"` : '',
    ].filter(Boolean);
    out.push(`    <tu ${attrs.join(' ')}>`);
    for (const p of [
      prop('x-context-pre', safe(u.prev, 'context')),
      prop('x-context-post', safe(u.next, 'context')),
      prop('x-project', safe(u.project, 'project')),
      prop('x-document', safe(u.document, 'document')),
    ])
      if (p) out.push(p);
    const seg = (s: string, what: string) =>
      `<seg>${writeInline(safe(s, what) ?? '', u.codes, { format: 'tmx' })}</seg>`;
    out.push(`      <tuv xml:lang="${src}">${seg(u.source, 'source')}</tuv>`);
    out.push(`      <tuv xml:lang="${tgt}">${seg(u.target, 'target')}</tuv>`);
    out.push('    </tu>');
  }
  out.push('  </body>', '</tmx>', '');
  return out.join('\n');
}
