// `bitext convert IN OUT`: between bilingual formats, chosen by file extension.
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { cutHead, HEAD, NotUtf8, plan, readStream } from '../../core/formats/file-stream.js';
import {
  exportAs,
  formatForFile,
  importFile,
  type ExportOptions,
  type ImportedDocument,
  type ImportOptions,
  type ImportResult,
} from '../../core/formats/index.js';
import { UsageError, type Io } from '../bitext.js';
import { fileError, readNamed } from '../file-errors.js';

const USAGE =
  'usage: bitext convert IN OUT [--xliff 1|2] [--confirmed-only] [--bom] [--no-formula-protection]\n' +
  '       [--encoding LABEL] [--source-lang L] [--target-lang L] [--target-only]\n' +
  '  formats by extension: .tmx .xlf/.xliff .tsv .csv .html .docx .txt';

export async function run(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        xliff: { type: 'string', default: '1' },
        'confirmed-only': { type: 'boolean', default: false },
        bom: { type: 'boolean', default: false },
        'no-formula-protection': { type: 'boolean', default: false },
        'target-only': { type: 'boolean', default: false },
        encoding: { type: 'string' },
        'source-lang': { type: 'string' },
        'target-lang': { type: 'string' },
      },
    });
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  const { values: v, positionals } = parsed;
  const [input, output] = positionals;
  if (!input || !output || positionals.length > 2)
    throw new UsageError(`expected IN and OUT\n${USAGE}`);
  if (v.xliff !== '1' && v.xliff !== '2') throw new UsageError('--xliff must be 1 or 2');
  let format = formatForFile(output, v.xliff === '2' ? 2 : 1);
  if (!format)
    throw new UsageError(`cannot tell the output format from "${basename(output)}"\n${USAGE}`);
  if (v['target-only']) {
    if (format !== 'docx' && format !== 'text')
      throw new UsageError('--target-only needs a .docx or .txt output');
    format = format === 'docx' ? 'docx-target' : 'text-target';
  }
  if (input !== '-' && (await sameFile(input, output)))
    throw new UsageError(
      `${output} is the input file: choose another output, the input is never overwritten`,
    );
  // Opened before the input is read: an output that cannot be written is said at once, not after
  // minutes of parsing.
  const out = await openOutput(output);
  try {
    const bytes = await readNamed(io.readInput, input);
    const options: ImportOptions = {
      encoding: v.encoding,
      sourceLang: v['source-lang'],
      targetLang: v['target-lang'],
    };
    const name = basename(input);
    const doc = (await streamed(name, bytes, options)) ?? importFile(name, bytes, options);
    doc.sourceLang = v['source-lang'] ?? (doc.sourceLang || 'und');
    doc.targetLang = v['target-lang'] ?? (doc.targetLang || 'und');
    const warnings: string[] = [...doc.warnings];
    const opts: ExportOptions = {
      confirmedOnly: v['confirmed-only'],
      bom: v.bom,
      formulaProtection: !v['no-formula-protection'],
      warnings,
    };
    await out.write(exportAs(format, doc, opts));
    for (const w of warnings) io.stderr(`bitext convert: warning: ${w}\n`);
    const pairs = doc.documents.reduce((n, d) => n + d.pairs.length, 0);
    io.stderr(`bitext convert: ${pairs} pair(s), ${doc.format} → ${format}\n`);
    return 0;
  } catch (e) {
    await out.discard();
    throw e;
  }
}

/**
 * TMX and XLIFF read as the app's import Worker reads them: decoded and parsed a chunk at a time,
 * with no whole text or tree beside the pairs (a 50 MB TMX peaked at ~900 MB read whole).
 * Undefined when the file must be read whole (another format, an encoding only a guess settles,
 * bytes that turn out not to be UTF-8), which then says why if it cannot be read.
 */
async function streamed(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportResult | undefined> {
  const head = bytes.subarray(0, HEAD);
  const p = plan(name, cutHead(head, head.length === bytes.length), options);
  if (!p) return undefined;
  const documents: ImportedDocument[] = [];
  try {
    const reading = readStream(name, bytes, p, options);
    for (let step = await reading.next(); ; step = await reading.next()) {
      if (step.done) {
        const summary = step.value;
        return {
          ...summary,
          documents: summary.documents.map((d, i) => documents[i] ?? { name: d.name, pairs: [] }),
        };
      }
      for (const run of step.value)
        for (const pair of run.pairs)
          (documents[run.document] ??= { name: run.name, pairs: [] }).pairs.push(pair);
    }
  } catch (e) {
    if (e instanceof NotUtf8) return undefined;
    throw e;
  }
}

/** True when both paths are one file (the same path, a symlink or a hard link to it). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

interface Output {
  /** Writes all of the data and puts it in place. */
  write: (data: Uint8Array | string) => Promise<void>;
  /** Leaves no trace of a write that did not finish. */
  discard: () => Promise<void>;
}

/**
 * A regular file is written to a temp file beside it and renamed over it only when complete, so
 * nothing is half-written. A device or pipe (/dev/stdout, /dev/full, a FIFO) cannot be replaced
 * by renaming: it is written directly. Every error names OUT, never the temp file.
 */
async function openOutput(output: string): Promise<Output> {
  const st = await stat(output).catch(() => null);
  if (st?.isDirectory()) throw fileError(output, Object.assign(new Error(), { code: 'EISDIR' }));
  const direct = st !== null && !st.isFile();
  const path = direct ? output : join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  let fh: FileHandle | null = null;
  try {
    fh = await open(path, direct ? 'w' : 'wx');
  } catch (e) {
    throw fileError(output, e);
  }
  const handle = fh;
  const close = () => handle.close().catch(() => undefined);
  return {
    write: async (data) => {
      try {
        await handle.writeFile(data);
        await handle.close();
        if (!direct) await rename(path, output);
      } catch (e) {
        throw fileError(output, e);
      }
    },
    discard: async () => {
      await close();
      if (!direct) await rm(path, { force: true });
    },
  };
}
