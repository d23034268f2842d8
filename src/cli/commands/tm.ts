// `bitext tm lookup TM QUERIES --source-lang L --target-lang L [--min 50] [--max 5] --format jsonl`:
// one JSON array per query line, best first, of {"score", "source", "target"}; [] when nothing
// reaches --min.
import { createTmIndex } from '../../core/tm/index.js';
import { unitText } from '../../core/tm/files.js';
import { langCode } from '../../core/text/lang.js';
import { UsageError, type Io } from '../bitext.js';
import { readNamed } from '../file-errors.js';
import { decodeText, splitLines } from './align.js';
import { loadTm, parseLang, parseOptions, parsePercent } from './tm-args.js';

const USAGE =
  'usage: bitext tm lookup TM QUERIES --source-lang L --target-lang L [--min 50] [--max 5] [--format jsonl]\n' +
  '  TM: .tmx, .tsv (source<TAB>target a line) or .xlf (confirmed units); QUERIES: a sentence a line';

export async function run(args: string[], io: Io): Promise<number> {
  const { positionals, options: o } = parseOptions(
    args,
    ['source-lang', 'target-lang', 'min', 'max', 'format'],
    USAGE,
  );
  const [sub, tmPath, queriesPath, ...rest] = positionals;
  if (sub !== 'lookup') throw new UsageError(`expected "tm lookup"\n${USAGE}`);
  if (!tmPath || !queriesPath || rest.length)
    throw new UsageError(`expected TM and QUERIES\n${USAGE}`);
  if (!o['source-lang'] || !o['target-lang'])
    throw new UsageError(`--source-lang and --target-lang are required\n${USAGE}`);
  if (o.format !== undefined && o.format !== 'jsonl')
    throw new UsageError(`--format must be jsonl, not "${o.format}"`);
  const source = parseLang('--source-lang', o['source-lang']);
  const target = parseLang('--target-lang', o['target-lang']);
  if (source === target) throw new UsageError('--source-lang and --target-lang must differ');
  const min = parsePercent('--min', o.min, 50);
  const max = parsePercent('--max', o.max, 5);
  const queries = splitLines(decodeText(await readNamed(io.readInput, queriesPath), queriesPath));
  const tm = await loadTm('tm', tmPath, source, target, io);
  const index = createTmIndex(langCode(source));
  for (const u of tm.units) index.add(u);
  index.compact();
  const out: string[] = [];
  for (const q of queries) {
    const matches = q.trim() ? index.lookup(q, { min, max }) : [];
    out.push(
      JSON.stringify(
        matches.map((m) => ({
          score: m.score,
          source: unitText(m.unit, 'source'),
          target: unitText(m.unit, 'target'),
        })),
      ),
    );
    // Written in pieces, so a long batch shows progress and memory stays flat.
    if (out.length >= 1000) io.stdout(out.splice(0).join('\n') + '\n');
  }
  if (out.length) io.stdout(out.join('\n') + '\n');
  return 0;
}
