// TBX termbases: TBX-Basic / TBX 2008 (<martif>, termEntry › langSet › tig|ntig) and TBX v3 core
// (<tbx>, conceptEntry › langSec › termSec, DCA or DCT style) in; TBX-Basic 2008 out, which every
// CAT tool reads. Read as a stream with saxes, one concept entry at a time, so a 100,000-entry
// file is never one tree; DTD declarations are refused as everywhere else (a plain DOCTYPE reads).
import { finishTermbase } from '../terms/merge.js';
import { termLang } from '../terms/langs.js';
import type { Term, TermEntry, TermStatus, TermbaseData } from '../terms/types.js';
import { FormatError } from './types.js';
import { escapeAttr, escapeText, stripForbidden } from './xml-safety.js';
import { attr, elements, textContent, xmlReader, type XmlElement } from './xml.js';

const ENTRY = new Set(['termEntry', 'conceptEntry']);
const LANG = new Set(['langSet', 'langSec']);
const TERM_GROUP = new Set(['tig', 'ntig', 'termSec']);
const STATUS_TYPES = new Set([
  'administrativeStatus',
  'normativeAuthorization',
  'usageStatus',
  'status',
]);

/** TBX's status values (with or without `-admn-sts`) as the three the workbench knows. */
export function tbxStatus(value: string): TermStatus | undefined {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/-admn-sts$/, '');
  if (/^(preferred|standardized|legal|regulated)(term)?$/.test(v)) return 'preferred';
  if (/^admitted(term)?$/.test(v)) return 'admitted';
  if (/^(deprecated|superseded|forbidden|notrecommended|rejected)(term)?$/.test(v))
    return 'forbidden';
  return undefined;
}

const text = (el: XmlElement) => textContent(el).trim();
const typeOf = (el: XmlElement) => attr(el, 'type') ?? '';

/** A data category, DCA style (`<termNote type="partOfSpeech">`) or DCT style (`<partOfSpeech>`). */
function category(el: XmlElement, name: string): string | undefined {
  for (const c of elements(el)) {
    if (c.local === name) return text(c);
    if ((c.local === 'termNote' || c.local === 'descrip') && typeOf(c) === name) return text(c);
  }
  return undefined;
}

function statusOf(el: XmlElement): TermStatus | undefined {
  for (const c of elements(el)) {
    const type = c.local === 'termNote' ? typeOf(c) : c.local;
    if (STATUS_TYPES.has(type)) {
      const s = tbxStatus(text(c));
      if (s) return s;
    }
  }
  return undefined;
}

/** Who and when, from the transaction groups of an element: creation first, then changes. */
function transactions(el: XmlElement): { author?: string; created?: number; changed?: number } {
  const out: { author?: string; created?: number; changed?: number } = {};
  for (const g of elements(el, 'transacGrp')) {
    const kind = elements(g, 'transac').map(text)[0]?.toLowerCase() ?? '';
    const date = elements(g, 'date').map(text)[0];
    const when = date ? Date.parse(date) : NaN;
    const who = elements(g, 'transacNote').map(text)[0];
    if (who) out.author = who;
    if (Number.isNaN(when)) continue;
    if (/origination|creation/.test(kind)) out.created = when;
    else out.changed = Math.max(out.changed ?? 0, when);
  }
  return out;
}

function notes(el: XmlElement): string[] {
  return elements(el)
    .filter(
      (c) =>
        c.local === 'note' ||
        c.local === 'definition' ||
        (c.local === 'descrip' && typeOf(c) === 'definition'),
    )
    .map(text)
    .filter(Boolean);
}

/** One term group (tig, ntig › termGrp, termSec) as a Term; undefined without a term. */
function readTerm(group: XmlElement): Term | undefined {
  const inner = elements(group, 'termGrp')[0];
  const holders = inner ? [inner, group] : [group];
  const termEl = holders.map((h) => elements(h, 'term')[0]).find(Boolean);
  const value = termEl ? text(termEl) : '';
  if (!value) return undefined;
  const term: Term = {
    text: value,
    status: holders.map(statusOf).find(Boolean) ?? 'preferred',
  };
  const pos = holders.map((h) => category(h, 'partOfSpeech')).find(Boolean);
  if (pos) term.pos = pos;
  const note = holders.flatMap(notes).join('\n');
  if (note) term.note = note;
  const tx = transactions(group);
  if (tx.author) term.author = tx.author;
  const when = tx.changed ?? tx.created;
  if (when !== undefined) term.changedAt = when;
  return term;
}

export function readEntry(el: XmlElement, fallbackId: string): TermEntry {
  const entry: TermEntry = { id: attr(el, 'id') || fallbackId, terms: {} };
  const entryNotes = notes(el);
  const subject = category(el, 'subjectField');
  if (subject) entry.subject = subject;
  const tx = transactions(el);
  if (tx.author) entry.author = tx.author;
  if (tx.created !== undefined) entry.createdAt = tx.created;
  if (tx.changed !== undefined) entry.changedAt = tx.changed;
  for (const ls of elements(el).filter((c) => LANG.has(c.local))) {
    const lang = termLang(attr(ls, 'lang') ?? '');
    entryNotes.push(...notes(ls));
    const groups = elements(ls).filter((c) => TERM_GROUP.has(c.local));
    // Some writers put <term> straight into the language section.
    const terms = (groups.length ? groups : [ls]).map(readTerm).filter((t) => t !== undefined);
    if (!lang || terms.length === 0) continue;
    (entry.terms[lang] ??= []).push(...terms);
  }
  if (entryNotes.length) entry.note = [...new Set(entryNotes)].join('\n');
  return entry;
}

export interface TbxStream {
  /** The next piece of the text; it may end anywhere. */
  write(chunk: string): void;
  /** The end: duplicates merged, incomplete entries marked, the summary. */
  end(): TermbaseData;
}

/** Reads TBX given in chunks; `onEntries` hears the count of entries read every 1,000. */
export function tbxStream(file: string, opts: { onEntries?: (n: number) => void } = {}): TbxStream {
  const entries: TermEntry[] = [];
  const warnings: string[] = [];
  let rooted = false;
  let first = true;
  let unnamed = 0;
  const xml = xmlReader(file, {
    start(el, open) {
      if (open.length === 0) {
        if (el.local !== 'martif' && el.local !== 'tbx')
          throw new FormatError(
            'not-tbx',
            { element: el.name },
            `not a TBX file: the root element is <${el.name}>`,
            file,
            el.line,
          );
        rooted = true;
        return false;
      }
      return ENTRY.has(el.local);
    },
    element(el) {
      const e = readEntry(el, `e${entries.length + 1}`);
      if (Object.keys(e.terms).length === 0) {
        unnamed++;
        return;
      }
      entries.push(e);
      if (entries.length % 1000 === 0) opts.onEntries?.(entries.length);
    },
  });
  return {
    write(chunk) {
      // A UTF-8 BOM decoded as text is not XML; drop it where the file starts.
      xml.write(first ? chunk.replace(/^\uFEFF/, '') : chunk);
      first = false;
    },
    end() {
      xml.close();
      if (!rooted) throw new FormatError('no-root', {}, 'no XML root element', file);
      if (unnamed)
        warnings.push(`${unnamed} entr${unnamed === 1 ? 'y' : 'ies'} without any term skipped`);
      opts.onEntries?.(entries.length);
      return finishTermbase('tbx', entries, warnings);
    },
  };
}

export function parseTbx(text: string, file: string): TermbaseData {
  const s = tbxStream(file);
  s.write(text);
  return s.end();
}

const STATUS_OUT: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const safe = (s: string) => escapeText(stripForbidden(s, { part: 'term' }));

function transacGrp(kind: string, when: number | undefined, who: string | undefined, pad: string) {
  if (when === undefined && !who) return '';
  return (
    `${pad}<transacGrp><transac type="transactionType">${kind}</transac>` +
    (when !== undefined ? `<date>${isoDate(when)}</date>` : '') +
    (who ? `<transacNote type="responsibility">${safe(who)}</transacNote>` : '') +
    '</transacGrp>\n'
  );
}

/** An XML ID for the entry (TBX wants an NCName: no leading digit). */
const xmlId = (id: string) => {
  const clean = id.replace(/[^\w.-]/g, '_');
  return /^[A-Za-z_]/.test(clean) ? clean : `c${clean}`;
};

/** TBX-Basic (TBX 2008, <martif>), languages in `langs` order first. */
export function writeTbx(entries: readonly TermEntry[], langs: readonly string[] = []): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<martif type="TBX-Basic" xml:lang="${escapeAttr(langs[0] ?? 'en')}">\n`,
    '<martifHeader><fileDesc><sourceDesc><p>Bitext Workbench</p></sourceDesc></fileDesc>',
    '<encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc></martifHeader>\n',
    '<text><body>\n',
  ];
  for (const e of entries) {
    out.push(`<termEntry id="${escapeAttr(xmlId(e.id))}">\n`);
    if (e.subject) out.push(`  <descrip type="subjectField">${safe(e.subject)}</descrip>\n`);
    if (e.note) out.push(`  <note>${safe(e.note)}</note>\n`);
    out.push(transacGrp('origination', e.createdAt, e.author, '  '));
    if (e.changedAt !== undefined)
      out.push(transacGrp('modification', e.changedAt, undefined, '  '));
    const order = Object.keys(e.terms).sort(
      (a, b) => (langs.indexOf(a) + 1 || 99) - (langs.indexOf(b) + 1 || 99),
    );
    for (const lang of order) {
      out.push(`  <langSet xml:lang="${escapeAttr(lang)}">\n`);
      for (const t of e.terms[lang] ?? []) {
        out.push(`    <tig>\n      <term>${safe(t.text)}</term>\n`);
        if (t.pos) out.push(`      <termNote type="partOfSpeech">${safe(t.pos)}</termNote>\n`);
        out.push(
          `      <termNote type="administrativeStatus">${STATUS_OUT[t.status]}</termNote>\n`,
        );
        if (t.note) out.push(`      <note>${safe(t.note)}</note>\n`);
        out.push(transacGrp('modification', t.changedAt, t.author, '      '));
        out.push('    </tig>\n');
      }
      out.push('  </langSet>\n');
    }
    out.push('</termEntry>\n');
  }
  out.push('</body></text>\n</martif>\n');
  return out.join('');
}
