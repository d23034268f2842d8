// What the document's whole-document operations write: bulk patches, Replace all patches, the
// rows shown after a change, and where a split cuts the other side.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Segment, Status } from '../../src/core/model.js';
import {
  bulkPatches,
  nearestBoundary,
  replacePatches,
  withRowChanges,
  type BulkAction,
} from '../../src/core/row-changes.js';

// What every row here shares; each case sets only its text and status.
const BASE = { paragraphStart: false, link: { source: 1, target: 1 }, confidence: 1, note: '' };
const seg = (id: string, source: string, target: string, status: Status, docId = 'd'): Segment => ({
  ...BASE,
  ...{ id, docId, order: id, source, target, status, updatedAt: 0, rev: 1 },
});

const rows = [
  seg('a', '开源', '', 'new'),
  seg('b', '杭州', 'Hangzhou', 'draft'),
  seg('c', '代码', 'Code', 'translated'),
  seg('d', '信任', '信任', 'reviewed'),
];

// A patch as text: "id:field=value,…"; rows without a patch are left out.
const show = (ps: { id: string; patch: Record<string, unknown> }[]) =>
  ps.map(
    (p) =>
      `${p.id}:${Object.entries(p.patch)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(',')}`,
  );

describe('core/row-changes: bulkPatches', () => {
  const cases: [string, string[], BulkAction, Status, string[], number][] = [
    // name, ids, action, confirmAs, patches, skippedEmpty
    ['confirm skips an empty row', ['a', 'b'], 'confirm', 'translated', ['b:status=translated'], 1],
    ['confirm leaves a row already so', ['c'], 'confirm', 'translated', [], 0],
    [
      'a reviewer confirms to reviewed',
      ['b', 'c', 'd'],
      'confirm',
      'reviewed',
      ['b:status=reviewed', 'c:status=reviewed'],
      0,
    ],
    [
      'copy source drafts a confirmed row',
      ['b', 'c'],
      'copySource',
      'translated',
      ['b:target=杭州', 'c:target=代码,status=draft'],
      0,
    ],
    ['copy source leaves a row that has it', ['d'], 'copySource', 'translated', [], 0],
    [
      'copy source into a new row',
      ['a'],
      'copySource',
      'translated',
      ['a:target=开源,status=draft'],
      0,
    ],
    ['clear empties and resets', ['a', 'b'], 'clear', 'translated', ['b:target=,status=new'], 0],
    [
      'a status',
      ['a', 'b', 'c'],
      { status: 'translated' },
      'translated',
      ['a:status=translated', 'b:status=translated'],
      0,
    ],
    ['unknown ids change nothing', ['x'], 'clear', 'translated', [], 0],
    [
      'document order, not selection order',
      ['c', 'b'],
      'clear',
      'translated',
      ['b:target=,status=new', 'c:target=,status=new'],
      0,
    ],
  ];
  for (const [name, ids, action, confirmAs, want, skipped] of cases)
    it(name, () => {
      const r = bulkPatches(rows, ids, action, confirmAs);
      assert.deepEqual(show(r.patches), want);
      assert.equal(r.skippedEmpty, skipped);
    });
});

describe('core/row-changes: replacePatches', () => {
  // Replaces every "o" with "0" (a stand-in for core/find's replaceAllIn).
  const zero = (text: string) => ({
    text: text.replaceAll('o', '0'),
    count: text.split('o').length - 1,
  });
  const cases: [string, 'source' | 'target', typeof zero, string[], number][] = [
    [
      'a confirmed row is drafted, a draft stays one',
      'target',
      zero,
      ['b:target=Hangzh0u', 'c:target=C0de,status=draft'],
      2,
    ],
    [
      'a draft stays a draft',
      'target',
      (t) => ({ text: t.replace('H', 'h'), count: t.includes('H') ? 1 : 0 }),
      ['b:target=hangzhou'],
      1,
    ],
    [
      'counts every match',
      'target',
      (t) => ({ text: t.replace(/[aeiou]/g, 'V'), count: (t.match(/[aeiou]/g) ?? []).length }),
      ['b:target=HVngzhVV', 'c:target=CVdV,status=draft'],
      5,
    ],
    ['a match replaced by itself is no change', 'target', (t) => ({ text: t, count: 1 }), [], 0],
    [
      'the source side',
      'source',
      (t) => ({ text: t.replace('代', '源'), count: t.includes('代') ? 1 : 0 }),
      ['c:source=源码,status=draft'],
      1,
    ],
  ];
  for (const [name, scope, replace, want, count] of cases)
    it(name, () => {
      const r = replacePatches(rows, scope, replace);
      assert.deepEqual(show(r.patches), want);
      assert.equal(r.count, count);
    });
});

describe('core/row-changes: withRowChanges', () => {
  const ids = (xs: Segment[]) => xs.map((s) => `${s.id}${s.target === 'X' ? '*' : ''}`).join(' ');
  const cases: [string, Segment[], string[], string][] = [
    ['nothing changed', [], [], 'a b c d'],
    ['a row replaced in place', [seg('b', '杭州', 'X', 'draft')], [], 'a b* c d'],
    ['a row removed', [], ['c'], 'a b d'],
    ['a new row sorted in', [seg('bb', '新', 'X', 'new')], [], 'a b bb* c d'],
    [
      'a split: one replaced, one added',
      [seg('b', '杭', 'X', 'draft'), seg('b5', '州', '', 'new')],
      [],
      'a b* b5 c d',
    ],
    ['a merge: one replaced, one removed', [seg('a', '开源杭州', 'X', 'draft')], ['b'], 'a* c d'],
    ["another document's row is left out", [seg('e', '', 'X', 'new', 'other')], [], 'a b c d'],
  ];
  for (const [name, changed, removed, want] of cases)
    it(name, () => assert.equal(ids(withRowChanges(rows, 'd', changed, removed)), want));
  it('leaves the rows given as they were', () => {
    const before = rows.slice();
    withRowChanges(rows, 'd', [seg('bb', '', '', 'new')], ['a']);
    assert.deepEqual(rows, before);
  });
});

describe('core/row-changes: nearestBoundary', () => {
  // Sentences split after "." or "。" (a stand-in for the segmenter).
  const sentences = (text: string) => text.match(/[^.。]+[.。]?\s*/g) ?? [];
  const cases: [string, number, number][] = [
    ['One.', 0.5, 4],
    ['One. Two.', 0.5, 5],
    ['One. Two. Three.', 0.1, 5],
    ['One. Two. Three.', 0.7, 10],
    // The end is nearer than any boundary: the side is kept whole in the first row.
    ['One. Two. Three.', 0.9, 16],
    ['一。二。三。', 0.5, 2],
    ['', 0.5, 0],
  ];
  for (const [text, fraction, want] of cases)
    it(`${JSON.stringify(text)} at ${fraction} → ${want}`, () =>
      assert.equal(nearestBoundary(text, fraction, 'en', sentences), want));
});
