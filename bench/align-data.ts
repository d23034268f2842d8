// Shared by bench/align.ts and the accuracy test: the gold sets in ../shared/data/alignment
// (never copied into the project) and the official scorer beside them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LangCode as AlignLang, Bead } from '../src/core/align/index.js';

export const DATA_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'data',
  'alignment',
);

export interface GoldSet {
  name: string;
  sourceLang: AlignLang;
  targetLang: AlignLang;
  docs: { id: string; source: string[]; target: string[]; gold: string }[];
}

export const SETS: [string, AlignLang, AlignLang][] = [
  ['mac-dev', 'zh', 'en'],
  ['mag', 'en', 'zh'],
  ['bible-001', 'en', 'zh'],
];

const lines = (p: string): string[] => {
  const t = readFileSync(p, 'utf8');
  const l = t.split(/\r\n|\r|\n/);
  if (l[l.length - 1] === '') l.pop();
  return l;
};

export function loadSet(
  name: string,
  sourceLang: AlignLang,
  targetLang: AlignLang,
): GoldSet | undefined {
  const dir = join(DATA_DIR, name);
  if (!existsSync(join(dir, 'gold'))) return undefined;
  const docs = readdirSync(join(dir, 'gold'))
    .filter((f) => f.endsWith('.align'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.align'.length);
      return {
        id,
        source: lines(join(dir, sourceLang, `${id}.txt`)),
        target: lines(join(dir, targetLang, `${id}.txt`)),
        gold: readFileSync(join(dir, 'gold', f), 'utf8'),
      };
    });
  return { name, sourceLang, targetLang, docs };
}

export interface Scores {
  strict: { p: number; r: number; f1: number };
  lax: { p: number; r: number; f1: number };
}

interface Scorer {
  parseBeads: (text: string) => [number[], number[]][];
  scoreDocs: (golds: [number[], number[]][][], tests: [number[], number[]][][]) => Scores;
}

/** The official scorer (score.mjs), imported from the data folder. */
export async function loadScorer(): Promise<Scorer> {
  return (await import(join(DATA_DIR, 'score.mjs'))) as Scorer;
}

export const beadLines = (beads: Bead[]): string =>
  beads.map((b) => `[${b.src.join(',')}]:[${b.tgt.join(',')}]\n`).join('');
