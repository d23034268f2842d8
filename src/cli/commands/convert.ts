// `bitext convert IN OUT`: between bilingual formats, chosen by file extension.
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  exportAs,
  formatForFile,
  importFile,
  type ExportOptions,
} from '../../core/formats/index.js';
import { UsageError, type Io } from '../bitext.js';

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
  const bytes = await io.readInput(input);
  const doc = importFile(basename(input), bytes, {
    encoding: v.encoding,
    sourceLang: v['source-lang'],
    targetLang: v['target-lang'],
  });
  doc.sourceLang = v['source-lang'] ?? (doc.sourceLang || 'und');
  doc.targetLang = v['target-lang'] ?? (doc.targetLang || 'und');
  const warnings: string[] = [...doc.warnings];
  const opts: ExportOptions = {
    confirmedOnly: v['confirmed-only'],
    bom: v.bom,
    formulaProtection: !v['no-formula-protection'],
    warnings,
  };
  const data = exportAs(format, doc, opts);
  // Nothing half-written: a temp file beside the target, renamed over it only when complete.
  const tmp = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, output);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  for (const w of warnings) io.stderr(`bitext convert: warning: ${w}\n`);
  const pairs = doc.documents.reduce((n, d) => n + d.pairs.length, 0);
  io.stderr(`bitext convert: ${pairs} pair(s), ${doc.format} → ${format}\n`);
  return 0;
}
