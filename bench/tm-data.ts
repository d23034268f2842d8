// Real zh–en sentence pairs for the TM benchmark, read from ../shared/data (never copied into the
// project): the aligned gold sets (every 1-1, 1-2, 2-1… bead joined into one pair) and the
// Tatoeba slice of the formats data.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSet, SETS } from './align-data.js';

export interface BasePair {
  zh: string;
  en: string;
}

const TATOEBA = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'shared',
  'data',
  'formats',
  'text',
  'tatoeba-manythings_cmn-eng_slice.tsv',
);

/** Every pair of the shared data, or an empty list when it is absent. */
export function loadBasePairs(): BasePair[] {
  const out: BasePair[] = [];
  for (const [name, src, tgt] of SETS) {
    const set = loadSet(name, src, tgt);
    if (!set) continue;
    for (const doc of set.docs) {
      for (const line of doc.gold.split('\n')) {
        const m = /^\[([\d,]*)\]:\[([\d,]*)\]$/.exec(line.trim());
        if (!m || !m[1] || !m[2]) continue;
        const pick = (ids: string, lines: string[]) =>
          ids
            .split(',')
            .map((i) => lines[Number(i)] ?? '')
            .join(src === 'zh' ? '' : ' ');
        const s = pick(m[1], doc.source);
        const t = pick(m[2], doc.target);
        out.push(src === 'zh' ? { zh: s, en: t } : { zh: t.replace(/ /g, ''), en: s });
      }
    }
  }
  if (existsSync(TATOEBA)) {
    for (const line of readFileSync(TATOEBA, 'utf8').split('\n')) {
      const [en, zh] = line.split('\t');
      if (en && zh) out.push({ zh: zh.trim(), en: en.trim() });
    }
  }
  return out.filter((p) => p.zh && p.en);
}
