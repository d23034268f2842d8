// Output formats of `bitext align`. Minimal on purpose: a fuller TMX writer belongs to
// core/formats; these only have to be correct (valid TMX 1.4b, escaped XML, JSON, TSV).
import type { LangCode as AlignLang, Bead } from '../../core/align/index.js';
import { joinTexts } from '../../core/text/join.js';

export interface Aligned {
  beads: Bead[];
  source: string[];
  target: string[];
  sourceLang: AlignLang;
  targetLang: AlignLang;
}

const ids = (xs: number[]): string => `[${xs.join(',')}]`;

export function writeBeads({ beads }: Aligned): string {
  return beads.map((b) => `${ids(b.src)}:${ids(b.tgt)}\n`).join('');
}

/** Sentences of one side of a bead, joined by the app's one join rule. */
const joinSentences = (lang: AlignLang, parts: string[]): string => joinTexts(parts, lang);

/** A TSV cell: tabs and line breaks would break the table. */
const cell = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

/** source TAB target TAB confidence, one line per bead (an empty cell for a missing side). */
export function writeTsv(d: Aligned): string {
  return d.beads
    .map((b) => {
      const s = cell(
        joinSentences(
          d.sourceLang,
          b.src.map((i) => d.source[i]!),
        ),
      );
      const t = cell(
        joinSentences(
          d.targetLang,
          b.tgt.map((j) => d.target[j]!),
        ),
      );
      return `${s}\t${t}\t${b.confidence.toFixed(3)}\n`;
    })
    .join('');
}

export function writeJson(d: Aligned): string {
  const beads = d.beads.map((b) => ({
    src: b.src,
    tgt: b.tgt,
    confidence: +b.confidence.toFixed(4),
    source: joinSentences(
      d.sourceLang,
      b.src.map((i) => d.source[i]!),
    ),
    target: joinSentences(
      d.targetLang,
      b.tgt.map((j) => d.target[j]!),
    ),
  }));
  return (
    JSON.stringify({ sourceLang: d.sourceLang, targetLang: d.targetLang, beads }, null, 1) + '\n'
  );
}

/** Text as XML character data: markup escaped, characters XML 1.0 forbids dropped. */
export function xmlEscape(s: string): string {
  return s
    .replace(/\p{Cc}/gu, (c) => (c === '\t' || c === '\n' || c === '\r' ? c : ''))
    .replace(/[\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const tmxLang = (l: AlignLang): string => (l === 'zh' ? 'zh-Hans' : 'en');

/** TMX 1.4b; beads with an empty side are left out (a translation memory holds pairs). */
export function writeTmx(d: Aligned): string {
  const sl = tmxLang(d.sourceLang);
  const tl = tmxLang(d.targetLang);
  const units = d.beads
    .filter((b) => b.src.length && b.tgt.length)
    .map((b) => {
      const s = xmlEscape(
        joinSentences(
          d.sourceLang,
          b.src.map((i) => d.source[i]!),
        ),
      );
      const t = xmlEscape(
        joinSentences(
          d.targetLang,
          b.tgt.map((j) => d.target[j]!),
        ),
      );
      return (
        `    <tu>\n      <prop type="x-confidence">${b.confidence.toFixed(3)}</prop>\n` +
        `      <tuv xml:lang="${sl}"><seg>${s}</seg></tuv>\n` +
        `      <tuv xml:lang="${tl}"><seg>${t}</seg></tuv>\n    </tu>\n`
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
    `  <header creationtool="bitext" creationtoolversion="0.1.0" segtype="sentence" ` +
    `o-tmf="bitext" adminlang="en" srclang="${sl}" datatype="plaintext"/>\n` +
    `  <body>\n${units}  </body>\n</tmx>\n`
  );
}
