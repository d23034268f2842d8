// One document of `bitext align --batch`: read both files, align, write DIR/NAME.EXT whole
// (through a temporary file and a rename, so a failure never leaves half an output behind).
// Runs in the main thread or in a batch worker alike.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lexicon } from '../core/align/index.js';
import { alignTexts, decodeText, type AlignSettings, type Format } from './commands/align.js';
import { fileError } from './file-errors.js';

export interface BatchJob {
  source: string;
  target: string;
  name: string;
}

export const EXTENSIONS: Record<Format, string> = {
  beads: 'align',
  tsv: 'tsv',
  tmx: 'tmx',
  json: 'json',
};

async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw fileError(path, e);
  }
  return decodeText(bytes, path);
}

/** Aligns one job; resolves to the output path, rejects with a one-line reason. */
export async function runJob(
  job: BatchJob,
  settings: AlignSettings,
  outDir: string,
  lexicon: Lexicon | undefined,
): Promise<string> {
  const [src, tgt] = await Promise.all([readText(job.source), readText(job.target)]);
  const text = alignTexts(src, tgt, [job.source, job.target], settings, lexicon);
  const out = join(outDir, `${job.name}.${EXTENSIONS[settings.format]}`);
  try {
    await writeFile(out + '.part', text);
    await rename(out + '.part', out);
  } catch (e) {
    throw fileError(out, e);
  }
  return out;
}
