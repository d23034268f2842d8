// `bitext align SOURCE TARGET --source-lang L --target-lang L [--presegmented]
//  [--format beads|tsv|tmx|json]` (DESIGN.md). Without --presegmented every line is a
// paragraph and is split into sentences first; bead ids are 0-based sentence numbers.
// `--batch PAIRS.tsv --out DIR` aligns many pairs in one process (align-batch.ts).
import { UsageError, type Io } from '../bitext.js';
import { existsSync } from 'node:fs';
import { alignDetailed, type PreparedFeatures } from '../../core/align/align.js';
import {
  align,
  alignParagraphs,
  type LangCode as AlignLang,
  type Bead,
  type Lexicon,
} from '../../core/align/index.js';
import { segmentText } from '../../core/segment/index.js';
import { readNamed } from '../file-errors.js';
import { LEXICON_PATH, loadLexiconFile } from '../lexicon-file.js';
import { startFeatures, worthParallel } from './align-parallel.js';
import { writeBeads, writeJson, writeTmx, writeTsv, type Aligned } from './align-writers.js';

const FORMATS = ['beads', 'tsv', 'tmx', 'json'] as const;
export type Format = (typeof FORMATS)[number];
/** Sentences a side beyond which the job is refused rather than left to exhaust memory. */
const MAX_SENTENCES = 1_000_000;

const LANGS: Record<string, AlignLang> = { zh: 'zh', 'zh-hans': 'zh', 'zh-cn': 'zh', en: 'en' };

function parseLang(flag: string, value: string | undefined): AlignLang {
  if (value === undefined) throw new UsageError(`${flag} is required (zh, zh-Hans, zh-CN or en)`);
  const lang = LANGS[value.toLowerCase()];
  if (!lang) throw new UsageError(`${flag} must be zh, zh-Hans, zh-CN or en, not "${value}"`);
  return lang;
}

export interface AlignSettings {
  sourceLang: AlignLang;
  targetLang: AlignLang;
  presegmented: boolean;
  format: Format;
}

interface Args extends AlignSettings {
  files: string[];
  batch?: string;
  out?: string;
}

function parseArgs(args: string[]): Args {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  let presegmented = false;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--presegmented') presegmented = true;
    else if (/^--(source-lang|target-lang|format|batch|out)(=|$)/.test(a)) {
      const [name, inline] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const value = inline ?? args[++k];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      opts[name] = value;
    } else if (a.startsWith('--') && a !== '--') throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (opts.batch !== undefined || opts.out !== undefined) {
    if (opts.batch === undefined || opts.out === undefined)
      throw new UsageError('--batch PAIRS.tsv and --out DIR go together');
    if (files.length)
      throw new UsageError('--batch takes its files from PAIRS.tsv, not the command line');
  } else if (files.length !== 2) throw new UsageError('expected two files: SOURCE TARGET');
  const format = (opts.format ?? 'beads') as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${opts.format}"`);
  }
  return {
    files,
    sourceLang: parseLang('--source-lang', opts['source-lang']),
    targetLang: parseLang('--target-lang', opts['target-lang']),
    presegmented,
    format,
    batch: opts.batch,
    out: opts.out,
  };
}

/** C0 controls other than tab and line breaks (NUL, BEL, ESC…), and DEL. */
const isBinaryControl = (c: string): boolean => {
  const code = c.charCodeAt(0);
  return (
    (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f' && c !== '\v') ||
    code === 0x7f
  );
};

/** UTF-8 text of a file, or a one-line reason why it is not text. */
export function decodeText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name}: not UTF-8 text`);
  }
  // NULs and other C0 controls are what binary data looks like once decoded; a stray one is
  // dropped, many mean this is not text at all (or UTF-16, which `convert` will handle).
  let controls = 0;
  const clean = text.replace(/^\uFEFF/, '').replace(/\p{Cc}/gu, (c) => {
    if (!isBinaryControl(c)) return c;
    controls++;
    return '';
  });
  if (controls >= 3 && controls > text.length / 100) {
    throw new Error(`${name}: binary data, not text`);
  }
  return clean;
}

/** Lines of a text: CRLF, lone CR and LF all end a line; a final line ending adds no line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Whether this language pair uses the zh→en lexicon. */
export const needsLexicon = (s: AlignSettings): boolean =>
  s.sourceLang !== s.targetLang || s.sourceLang === 'zh';

/**
 * Aligns one pair of texts and renders it in the chosen format (shared with --batch).
 * `prepared`: both sides' sentence features, already computed (presegmented texts only).
 */
export function alignTexts(
  srcText: string,
  tgtText: string,
  files: [string, string],
  settings: AlignSettings,
  lexicon: Lexicon | undefined,
  prepared?: PreparedFeatures,
): string {
  const opts = { sourceLang: settings.sourceLang, targetLang: settings.targetLang, lexicon };
  let src: string[];
  let tgt: string[];
  let beads: Bead[];
  if (settings.presegmented) {
    src = splitLines(srcText);
    tgt = splitLines(tgtText);
    check(src, tgt, files);
    beads = prepared ? alignDetailed(src, tgt, opts, prepared).beads : align(src, tgt, opts);
  } else {
    const sp = segmentText(srcText, settings.sourceLang);
    const tp = segmentText(tgtText, settings.targetLang);
    src = sp.flat();
    tgt = tp.flat();
    check(src, tgt, files);
    beads = alignParagraphs(sp, tp, opts);
  }
  const data: Aligned = { beads, source: src, target: tgt, ...opts };
  const writers = { beads: writeBeads, tsv: writeTsv, tmx: writeTmx, json: writeJson };
  return writers[settings.format](data);
}

export const NO_LEXICON =
  'bitext align: no lexicon (npm run build:lexicon); aligning on length and numbers\n';

export async function run(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args);
  if (a.batch !== undefined) {
    const { runBatch } = await import('./align-batch.js');
    return runBatch(a.batch, a.out!, a, io);
  }
  const texts = await Promise.all(
    a.files.map(async (f) => {
      return decodeText(await readNamed(io.readInput, f), f);
    }),
  );
  const [srcText, tgtText] = texts as [string, string];
  const files = a.files as [string, string];
  let prepared: PreparedFeatures | undefined;
  let lexicon: Lexicon | undefined;
  const lexiconPath = needsLexicon(a) && existsSync(LEXICON_PATH) ? LEXICON_PATH : undefined;
  const src = a.presegmented ? splitLines(srcText) : [];
  const tgt = a.presegmented ? splitLines(tgtText) : [];
  if (a.presegmented && worthParallel(src.length, tgt.length)) {
    check(src, tgt, files);
    // The worker starts first, so its start-up overlaps this thread's lexicon and features.
    const finish = startFeatures(
      { sentences: src, lang: a.sourceLang },
      { sentences: tgt, lang: a.targetLang },
      lexiconPath,
    );
    lexicon = lexiconPath ? loadLexiconFile(lexiconPath) : undefined;
    prepared = await finish(lexicon);
  } else lexicon = lexiconPath ? loadLexiconFile(lexiconPath) : undefined;
  if (!lexicon && a.sourceLang !== a.targetLang) io.stderr(NO_LEXICON);
  // Built whole before writing: an error never leaves half an output behind.
  io.stdout(alignTexts(srcText, tgtText, files, a, lexicon, prepared));
  return 0;
}

function check(src: string[], tgt: string[], files: string[]): void {
  // Two empty files would print nothing and look like success. One empty side is a real answer:
  // every sentence of the other side unmatched.
  if (src.length === 0 && tgt.length === 0)
    throw new Error(`${files[0]} and ${files[1]}: no text to align (both files are empty)`);
  for (const [list, f] of [
    [src, files[0]],
    [tgt, files[1]],
  ] as const) {
    if (list.length > MAX_SENTENCES) {
      throw new Error(`${f}: ${list.length} sentences, more than the ${MAX_SENTENCES} supported`);
    }
  }
}
