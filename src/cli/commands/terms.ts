// `bitext terms FILE --termbase TB --source-lang L --target-lang L --format jsonl` (DESIGN.md):
// one JSON object per recognised term, in row order, `{"row","start","end","source","targets"}`.
// FILE has one source segment per line (row i = line i), or is a .tmx/.xlf/.xliff/.tsv/.csv whose
// sources are the rows; TB is a .tbx, .tsv or .csv termbase. Offsets are UTF-16 code units.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeText, extensionOf, importFile } from '../../core/formats/index.js';
import { importTermbase } from '../../core/formats/termbase.js';
import { assertServes, TermIndex, termLang } from '../../core/terms/index.js';
import { UsageError, type Io } from '../bitext.js';
import { readNamed } from '../file-errors.js';

const USAGE =
  'usage: bitext terms FILE --termbase TB --source-lang L --target-lang L [--format jsonl]\n' +
  '  FILE: one source segment per line, or a .tmx/.xlf/.tsv/.csv (its sources); TB: .tbx .tsv .csv';

const BILINGUAL = new Set(['tmx', 'xlf', 'xliff', 'tsv', 'csv']);

/** The rows' source texts: a bilingual file's sources, or the lines of a text file. */
export function sourceRows(name: string, bytes: Uint8Array, source: string, target: string) {
  if (BILINGUAL.has(extensionOf(name))) {
    const doc = importFile(name, bytes, { sourceLang: source, targetLang: target });
    return doc.documents.flatMap((d) => d.pairs.map((p) => p.source));
  }
  const lines = decodeText(bytes, undefined, name).text.split(/\r?\n/);
  // A final line break ends the last row; it does not start an empty one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export async function run(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        termbase: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
        format: { type: 'string', default: 'jsonl' },
      },
    });
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(`expected one FILE\n${USAGE}`);
  if (!v.termbase) throw new UsageError(`--termbase TB is required\n${USAGE}`);
  if (!v['source-lang'] || !v['target-lang'])
    throw new UsageError(`--source-lang and --target-lang are required\n${USAGE}`);
  if (v.format !== 'jsonl') throw new UsageError(`--format must be jsonl, not "${v.format}"`);
  const source = termLang(v['source-lang']);
  const target = termLang(v['target-lang']);
  const tb = importTermbase(basename(v.termbase), await readNamed(io.readInput, v.termbase), {
    sourceLang: source,
    targetLang: target,
  });
  try {
    assertServes(tb.summary.langs, source, target);
  } catch (e) {
    throw new Error(`${v.termbase}: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const w of tb.warnings) io.stderr(`bitext terms: ${v.termbase}: warning: ${w}\n`);
  const rows = sourceRows(basename(file), await readNamed(io.readInput, file), source, target);
  const index = new TermIndex(source, target, tb.entries);
  const out: string[] = [];
  rows.forEach((text, row) => {
    for (const h of index.find(text))
      out.push(
        JSON.stringify({
          row,
          start: h.start,
          end: h.end,
          source: h.source,
          targets: h.targets.map((t) => ({ term: t.text, status: t.status })),
        }) + '\n',
      );
  });
  io.stdout(out.join(''));
  return 0;
}
