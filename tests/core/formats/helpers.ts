// Shared fixtures for the format tests.
import type { Pair } from '../../../src/core/model.js';
import type { Bitext, ImportResult } from '../../../src/core/formats/index.js';

export const enc = (s: string) => new TextEncoder().encode(s);

export const fromHex = (hex: string) =>
  new Uint8Array((hex.match(/../g) ?? []).map((h) => parseInt(h, 16)));

/** The fields a round trip must keep. */
export function essentials(
  r: Bitext,
  fields: (keyof Pair)[] = ['source', 'target', 'status', 'note'],
) {
  return r.documents.map((d) => ({
    name: d.name,
    pairs: d.pairs.map((p) =>
      Object.fromEntries(fields.map((f) => [f, p[f] ?? (f === 'note' ? '' : undefined)])),
    ),
  }));
}

export const allPairs = (r: ImportResult) => r.documents.flatMap((d) => d.pairs);

export const sample: Bitext = {
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  documents: [
    {
      name: 'chapter-1.txt',
      pairs: [
        {
          source: '太平寺始建于南北朝。',
          target: 'Taiping Temple was founded in the Southern Dynasties.',
          status: 'translated',
          note: '',
        },
        { source: '“夕照塔影”是常州八景之一。', target: '', status: 'new', note: 'check the name' },
        {
          source: '价格：<b>10元</b> & "引号"',
          target: 'Price: <b>10 yuan</b> & "quotes"',
          status: 'reviewed',
          note: 'a < b & c',
        },
        { source: '=SUM(A1:A2)', target: '-1 @cmd +2', status: 'approved', note: '' },
        {
          source: '第一行\n第二行\t制表',
          target: 'line one\nline two\ttab',
          status: 'draft',
          note: 'multi\nline',
        },
        { source: '𠀋𠀌 emoji 👩‍👩‍👧 é', target: 'e\u0301 😀', status: 'rejected', note: '' },
      ],
    },
    {
      name: 'chapter-2.txt',
      pairs: [
        {
          source: '全世界版权所有。',
          target: 'All rights reserved worldwide.',
          status: 'approved',
          note: '',
        },
      ],
    },
  ],
};
