// `bitext segment --lang zh|en [--format lines|jsonl] [FILE]` (see DESIGN.md): every input line
// is a paragraph. jsonl prints one JSON array of sentences per input line (so line n of the
// output is line n of the input); lines prints the sentences one per line and an empty line
// after each paragraph. The whole output is built before anything is written.
import { readNamed } from '../file-errors.js';
import { UsageError, type Io } from '../bitext.js';
import { normalizeText } from '../../core/text/index.js';
import { segmentParagraph, type LangCode as SegLang } from '../../core/segment/index.js';

type Format = 'lines' | 'jsonl';

interface Args {
  lang: SegLang;
  format: Format;
  file?: string;
}

const LANGS: Record<string, SegLang> = { zh: 'zh', 'zh-Hans': 'zh', 'zh-CN': 'zh', en: 'en' };

export function parseArgs(args: string[]): Args {
  let lang: SegLang | undefined;
  let format: Format = 'lines';
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--lang') {
      const v = value();
      const l = LANGS[v];
      if (!l) throw new UsageError(`--lang must be zh or en, not "${v}"`);
      lang = l;
    } else if (a === '--format') {
      const v = value();
      if (v !== 'lines' && v !== 'jsonl') {
        throw new UsageError(`--format must be lines or jsonl, not "${v}"`);
      }
      format = v;
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else if (file === undefined) {
      file = a;
    } else {
      throw new UsageError(`one input file at most (got "${file}" and "${a}")`);
    }
  }
  if (!lang) throw new UsageError('--lang zh|en is required');
  return { lang, format, file };
}

/** UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused, never guessed. */
export function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // TextDecoder drops a UTF-8 BOM by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('input is not UTF-8 text (binary, or another encoding: convert it first)');
  }
}

export function format(paragraphs: string[][], fmt: Format): string {
  if (fmt === 'jsonl') return paragraphs.map((p) => JSON.stringify(p) + '\n').join('');
  return paragraphs.map((p) => p.map((s) => s + '\n').join('') + '\n').join('');
}

export async function run(args: string[], io: Io): Promise<number> {
  const opts = parseArgs(args);
  const bytes = await readNamed(io.readInput, opts.file);
  const text = normalizeText(decode(bytes));
  const lines = text.split('\n');
  // A final line break ends the last line; it does not start an empty paragraph.
  if (lines[lines.length - 1] === '') lines.pop();
  io.stdout(
    format(
      lines.map((l) => segmentParagraph(l, opts.lang)),
      opts.format,
    ),
  );
  return 0;
}
