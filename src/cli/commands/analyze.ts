// `bitext analyze FILE --tm TM [--format csv|json] [--source-lang L] [--target-lang L]`: the
// document's segments and source size per match band against the TM, as CAT tools quote a job.
// FILE is any bilingual file `convert` reads; plain text, DOCX and HTML are cut into sentences.
import { basename } from 'node:path';
import { extensionOf, importFile, toAppLang } from '../../core/formats/index.js';
import type { Lang } from '../../core/model.js';
import { segmentParagraph } from '../../core/segment/index.js';
import { analysisCsv, analyze, type AnalysisRow } from '../../core/tm/analyze.js';
import { createTmIndex } from '../../core/tm/index.js';
import { detectLang, langCode } from '../../core/text/lang.js';
import { UsageError, type Io } from '../bitext.js';
import { readNamed } from '../file-errors.js';
import { decodeText, splitLines } from './align.js';
import { loadTm, parseLang, parseOptions } from './tm-args.js';

const USAGE =
  'usage: bitext analyze FILE --tm TM [--format csv|json] [--source-lang L] [--target-lang L]';

export async function run(args: string[], io: Io): Promise<number> {
  const { positionals, options: o } = parseOptions(
    args,
    ['tm', 'format', 'source-lang', 'target-lang'],
    USAGE,
  );
  const [file, ...rest] = positionals;
  if (!file || rest.length) throw new UsageError(`expected one FILE\n${USAGE}`);
  if (!o.tm) throw new UsageError(`--tm TM is required\n${USAGE}`);
  const format = o.format ?? 'csv';
  if (format !== 'csv' && format !== 'json')
    throw new UsageError(`--format must be csv or json, not "${format}"`);
  const bytes = await readNamed(io.readInput, file);
  // A .txt is the source text, a paragraph a line (not interleaved source and target lines).
  const text = extensionOf(file) === 'txt';
  const doc = text
    ? undefined
    : importFile(basename(file), bytes, {
        sourceLang: o['source-lang'],
        targetLang: o['target-lang'],
      });
  const sources = doc
    ? doc.documents.flatMap((d) => d.pairs.map((p) => p.source))
    : splitLines(decodeText(bytes, file)).filter((l) => l.trim());
  const detected = detectLang(sources.slice(0, 200).join('\n'));
  const source: Lang = o['source-lang']
    ? parseLang('--source-lang', o['source-lang'])
    : (toAppLang(doc?.sourceLang ?? '') ??
      (detected === 'unknown' ? undefined : detected === 'zh' ? 'zh-Hans' : 'en') ??
      'zh-Hans');
  const target: Lang = o['target-lang']
    ? parseLang('--target-lang', o['target-lang'])
    : source === 'en'
      ? 'zh-Hans'
      : 'en';
  const lang = langCode(source);
  // Paragraph formats hold paragraphs: a job is quoted by sentences.
  const paragraphs = !doc || doc.format === 'docx' || doc.format === 'html';
  const segments = paragraphs ? sources.flatMap((s) => segmentParagraph(s, lang)) : sources;
  const rows: AnalysisRow[] = segments.map((s, i) => ({
    source: s,
    prev: segments[i - 1] ?? '',
    next: segments[i + 1] ?? '',
  }));
  const tm = await loadTm('analyze', o.tm, source, target, io);
  const index = createTmIndex(lang);
  for (const u of tm.units) index.add(u);
  index.compact();
  const result = analyze(
    rows,
    (r) => index.lookup(r.source, { min: 50, max: 1, prev: r.prev, next: r.next })[0],
    lang,
  );
  io.stdout(format === 'json' ? JSON.stringify(result) + '\n' : analysisCsv(result));
  return 0;
}
