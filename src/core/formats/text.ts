// Plain text: target-only text out, interleaved text (source line, target line, blank line) in
// and out; any other text comes in as one source paragraph per line.
import type { Pair } from '../model.js';
import { baseName, defaultStatus, exportedDocuments } from './common.js';
import { plainText } from './inline-codes.js';
import { finishImport, isChinese } from './langs.js';
import type { Bitext, ExportOptions, ImportResult } from './types.js';
import { warning } from './warnings.js';

const oneLine = (s: string) => s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');

/** Interleaved: one block per pair, separated by a blank line; documents separated by `# name`. */
export function writeInterleaved(doc: Bitext, opts: ExportOptions = {}): string {
  const docs = exportedDocuments(doc, opts);
  const blocks: string[] = [];
  for (const d of docs) {
    if (docs.length > 1) blocks.push(`### ${oneLine(d.name)}`);
    for (const p of d.pairs)
      blocks.push(
        `${oneLine(plainText(p.source, p.codes))}\n${oneLine(plainText(p.target, p.codes))}`,
      );
  }
  return (opts.bom ? '\uFEFF' : '') + blocks.map((b) => b + '\n\n').join('');
}

/** The translation alone: rows of a paragraph joined (no space in Chinese), one paragraph a line. */
export function writeTargetText(doc: Bitext, opts: ExportOptions = {}): string {
  const glue = isChinese(doc.targetLang) ? '' : ' ';
  const paragraphs: string[] = [];
  for (const d of exportedDocuments(doc, opts)) {
    let current: string[] = [];
    const flush = () => {
      if (current.length) paragraphs.push(current.join(glue));
      current = [];
    };
    const marked = d.pairs.some((p) => p.paragraphStart !== undefined);
    for (const p of d.pairs) {
      if (!marked || p.paragraphStart) flush();
      current.push(oneLine(plainText(p.target, p.codes)));
    }
    flush();
  }
  return (opts.bom ? '\uFEFF' : '') + paragraphs.map((p) => p + '\n').join('');
}

/** Reads interleaved text when every block is two lines; otherwise one source row per line. */
export function parseText(
  text: string,
  file: string,
  langs: { sourceLang?: string; targetLang?: string } = {},
): ImportResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const l of lines) {
    if (l.trim() === '') {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(l);
  }
  if (block.length) blocks.push(block);
  const warnings: string[] = [];
  const documents: { name: string; pairs: Pair[] }[] = [];
  const interleaved =
    blocks.length > 0 &&
    blocks.every((b) => b.length === 2 || (b.length === 1 && b[0]?.startsWith('### ')));
  const doc = (name: string) => {
    const d = { name, pairs: [] as Pair[] };
    documents.push(d);
    return d;
  };
  let current = blocks[0]?.[0]?.startsWith('### ') && interleaved ? undefined : doc(baseName(file));
  if (interleaved) {
    for (const b of blocks) {
      if (b.length === 1) {
        current = doc((b[0] ?? '').slice(4));
        continue;
      }
      const [source = '', target = ''] = b;
      (current ??= doc(baseName(file))).pairs.push({
        source,
        target,
        status: defaultStatus(target),
      });
    }
  } else {
    const d = current ?? doc(baseName(file));
    blocks.forEach((b) =>
      b.forEach((l) =>
        d.pairs.push({ source: l, target: '', status: 'new', paragraphStart: true }),
      ),
    );
    if (d.pairs.length) warnings.push(warning('text-no-translation'));
  }
  return finishImport({
    format: 'text',
    sourceLang: langs.sourceLang ?? '',
    targetLang: langs.targetLang ?? '',
    documents,
    warnings,
  });
}
