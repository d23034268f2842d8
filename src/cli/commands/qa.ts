// `bitext qa SRC TGT --source-lang L --target-lang L --presegmented --format jsonl` (row i is
// line i of both files) or `bitext qa FILE --format jsonl` for .tmx, .xlf/.xliff, .tsv (and the
// other bilingual formats `convert` reads). One JSON finding per line: {"row" (0-based, as in
// `align`), "check", "severity", "message", "params", "span"?, "rowId"?}. Exit 0 whether or not
// anything is found; non-zero only when the check cannot run. Messages are the app's English
// strings (locales/en/more/qa.json) through i18next, so the two never drift apart.
import { basename } from 'node:path';
import i18next from 'i18next';
import enQa from '../../../locales/en/more/qa.json' with { type: 'json' };
import { formatForFile, importFile, toAppLang } from '../../core/formats/index.js';
import { checkDocument, qaMessage, type QaContext, type QaRow } from '../../core/qa/index.js';
import { detectLang } from '../../core/text/index.js';
import { UsageError, type Io } from '../bitext.js';
import { readNamed } from '../file-errors.js';
import { decodeText, splitLines } from './align.js';

const USAGE =
  'usage: bitext qa SRC TGT --source-lang L --target-lang L --presegmented [--format jsonl]\n' +
  '       bitext qa FILE [--source-lang L] [--target-lang L] [--format jsonl]   (.tmx .xlf .tsv …)\n' +
  '  --termbase TB (.tbx .tsv .csv) adds the term check';

type Lang = 'zh' | 'en';

interface Args {
  files: string[];
  sourceLang?: Lang;
  targetLang?: Lang;
  presegmented: boolean;
  termbase?: string;
}

function parseLang(flag: string, value: string): Lang {
  const l = toAppLang(value);
  if (!l) throw new UsageError(`${flag} must be zh (zh-Hans, zh-CN…) or en, not "${value}"`);
  return l === 'en' ? 'en' : 'zh';
}

function parseArgs(args: string[]): Args {
  const files: string[] = [];
  const opts: Record<string, string> = {};
  let presegmented = false;
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!;
    if (a === '--presegmented') presegmented = true;
    else if (/^--(source-lang|target-lang|format|termbase)(=|$)/.test(a)) {
      const [name, inline] = a.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const value = inline ?? args[++k];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      opts[name] = value;
    } else if (a.startsWith('--') && a !== '--')
      throw new UsageError(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (opts.format !== undefined && opts.format !== 'jsonl')
    throw new UsageError(`--format must be jsonl, not "${opts.format}"`);
  if (files.length < 1 || files.length > 2)
    throw new UsageError(`expected SRC TGT or FILE\n${USAGE}`);
  if (files.length === 2 && !presegmented)
    throw new UsageError('two files are checked line by line: add --presegmented');
  if (files.length === 2 && (!opts['source-lang'] || !opts['target-lang']))
    throw new UsageError('--source-lang and --target-lang are required with SRC TGT');
  return {
    files,
    presegmented,
    termbase: opts.termbase,
    sourceLang: opts['source-lang'] ? parseLang('--source-lang', opts['source-lang']) : undefined,
    targetLang: opts['target-lang'] ? parseLang('--target-lang', opts['target-lang']) : undefined,
  };
}

async function readRows(a: Args, io: Io): Promise<{ rows: QaRow[]; ctx: QaContext }> {
  if (a.files.length === 2) {
    const [src, tgt] = await Promise.all(
      a.files.map(async (f) => splitLines(decodeText(await readNamed(io.readInput, f), f))),
    );
    if (src!.length !== tgt!.length) {
      throw new Error(
        `${a.files[0]} has ${src!.length} lines and ${a.files[1]} ${tgt!.length}: row i must be line i of both`,
      );
    }
    const rows = src!.map((source, i) => ({ id: '', source, target: tgt![i]! }));
    return { rows, ctx: { sourceLang: a.sourceLang!, targetLang: a.targetLang! } };
  }
  const file = a.files[0]!;
  if (!formatForFile(file))
    throw new UsageError(`cannot tell the format of "${basename(file)}"\n${USAGE}`);
  const doc = importFile(basename(file), await readNamed(io.readInput, file), {
    sourceLang: a.sourceLang,
    targetLang: a.targetLang,
  });
  const rows = doc.documents.flatMap((d) =>
    // The codes name a missing or extra tag by the chip the grid shows (⟨1, 1⟩), not by a number.
    d.pairs.map((p) => ({
      id: p.id ?? '',
      source: p.source,
      target: p.target,
      ...(p.codes?.length ? { codes: p.codes } : {}),
    })),
  );
  // The file's language tags, else what the text is written in.
  const lang = (given: Lang | undefined, tag: string, texts: string[]): Lang => {
    if (given) return given;
    const app = tag ? toAppLang(tag) : undefined;
    if (app) return app === 'en' ? 'en' : 'zh';
    const seen = detectLang(texts.slice(0, 200).join('\n'));
    if (seen === 'unknown')
      throw new UsageError(
        `cannot tell the languages of ${file}: give --source-lang and --target-lang`,
      );
    return seen;
  };
  const sourceLang = lang(
    a.sourceLang,
    doc.sourceLang,
    rows.map((r) => r.source),
  );
  const targetLang = lang(
    a.targetLang,
    doc.targetLang,
    rows.map((r) => r.target),
  );
  return { rows, ctx: { sourceLang, targetLang } };
}

function english(): (key: string, options?: Record<string, unknown>) => string {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'en',
    resources: { en: { translation: { qa: enQa } } },
    initAsync: false,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return (key, options) => i18n.t(key, options) as string;
}

/** The termbase's `term` check in the rows' direction (see core/terms/check.ts). */
async function termChecker(file: string, ctx: QaContext, io: Io) {
  const { importTermbase } = await import('../../core/formats/termbase.js');
  const { assertServes, termCheck } = await import('../../core/terms/index.js');
  const source = ctx.sourceLang === 'zh' ? 'zh-Hans' : 'en';
  const target = ctx.targetLang === 'zh' ? 'zh-Hans' : 'en';
  const tb = importTermbase(basename(file), await readNamed(io.readInput, file), {
    sourceLang: source,
    targetLang: target,
  });
  try {
    assertServes(tb.summary.langs, source, target);
  } catch (e) {
    throw new Error(`${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return termCheck(tb.entries, source, target);
}

export async function run(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args);
  const { rows, ctx } = await readRows(a, io);
  const t = english();
  const extra = a.termbase ? [await termChecker(a.termbase, ctx, io)] : [];
  const lines = checkDocument(rows, ctx, { extra }).map((f) =>
    JSON.stringify({
      row: f.row,
      check: f.check,
      severity: f.severity,
      message: qaMessage(f, t),
      params: f.params,
      ...(f.span ? { span: f.span } : {}),
      ...(f.rowId ? { rowId: f.rowId } : {}),
    }),
  );
  io.stdout(lines.map((l) => l + '\n').join(''));
  return 0;
}
