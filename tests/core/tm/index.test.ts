import { expect } from '@open-wc/testing';
import {
  createTmIndex,
  exhaustiveLookup,
  loadTmIndex,
  type TmUnit,
} from '../../../src/core/tm/index.js';

const unit = (id: string, source: string, changedAt = 0, extra: Partial<TmUnit> = {}): TmUnit => ({
  id,
  source,
  target: `T:${source}`,
  createdAt: changedAt,
  changedAt,
  ...extra,
});

/** A deterministic mix of near-duplicates: clauses recombined, characters changed. */
function corpus(n: number): TmUnit[] {
  const parts = [
    '研究团队',
    '去年',
    '在会议上',
    '讨论了',
    '人工智能的发展',
    '发布了年度报告',
    '结果令人满意',
    '预计明年继续推进',
    '成本降低了10%',
    '参与人数超过了300人',
  ];
  const out: TmUnit[] = [];
  let s = 7;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const k = 2 + Math.floor(rnd() * 4);
    let text = '';
    for (let j = 0; j < k; j++) text += parts[Math.floor(rnd() * parts.length)];
    if (rnd() < 0.3) text = text.replace(/[\u4e00-\u9fff]/, '新');
    out.push(unit(`u${i}`, text + (rnd() < 0.5 ? '。' : ''), Math.floor(rnd() * 50)));
  }
  return out;
}

const brief = (ms: { unit: TmUnit; score: number; kind: string }[]) =>
  ms.map((m) => `${m.unit.id}:${m.score}:${m.kind}`);

describe('core/tm/index: candidate index against the exhaustive search', () => {
  const units = corpus(600);
  const index = createTmIndex('zh');
  for (const u of units) index.add(u);
  const queries = [
    ...units.slice(0, 40).map((u) => u.source),
    '研究团队去年讨论了人工智能',
    '完全不同的句子',
    '成本降低了20%。',
    '',
  ];
  for (const min of [50, 70, 95]) {
    it(`returns what the exhaustive search returns, min ${min}`, () => {
      for (const q of queries)
        expect(brief(index.lookup(q, { min, max: 5 })), q).to.deep.equal(
          brief(exhaustiveLookup(units, q, { min, max: 5 })),
        );
    });
  }

  it('does the same once the pending units are merged into the buckets', () => {
    const merged = createTmIndex('zh', { bits: 10 });
    for (const u of units.slice(0, 300)) merged.add(u);
    merged.compact();
    for (const u of units.slice(300)) merged.add(u);
    for (const q of queries.slice(0, 20))
      expect(brief(merged.lookup(q, { min: 60 })), q).to.deep.equal(
        brief(exhaustiveLookup(units, q, { min: 60 })),
      );
  });

  it('ranks context (101) over exact (100) over fuzzy, ties newest first', () => {
    const ix = createTmIndex('zh');
    ix.add(unit('old', '价格为10元。', 1));
    ix.add(unit('new', '价格为10元。', 5));
    ix.add(unit('ctx', '价格为10元。', 0, { prev: '第一句。', next: '第三句。' }));
    ix.add(unit('near', '价格为12元。', 9));
    ix.add(unit('far', '价格为10元左右。', 9));
    const got = ix.lookup('价格为10元。', { min: 50, prev: '第一句。', next: '第三句。' });
    expect(brief(got)).to.deep.equal([
      'ctx:101:context',
      'new:100:exact',
      'old:100:exact',
      'near:99:fuzzy',
      'far:71:fuzzy',
    ]);
    expect(brief(ix.lookup('价格为10元。', { min: 50, max: 2 }))).to.deep.equal([
      'new:100:exact',
      'old:100:exact',
    ]);
  });

  it('keeps one unit per id, and forgets removed ones', () => {
    const ix = createTmIndex('en');
    ix.add(unit('a', 'Save the file.', 1));
    ix.add(unit('a', 'Save the document.', 2));
    expect(ix.size).to.equal(1);
    expect(brief(ix.lookup('Save the file.', { min: 50 }))).to.deep.equal(['a:66:fuzzy']);
    ix.remove('a');
    ix.remove('missing');
    expect(ix.size).to.equal(0);
    expect(ix.lookup('Save the document.', { min: 0 })).to.deep.equal([]);
  });

  it('respects min and max', () => {
    const ix = createTmIndex('en');
    ['Open the file.', 'Open the big file.', 'Close the file.', 'Print it.'].forEach((s, i) =>
      ix.add(unit(`${i}`, s, i)),
    );
    expect(brief(ix.lookup('Open the file.', { min: 70 }))).to.deep.equal([
      '0:100:exact',
      '1:75:fuzzy',
    ]);
    expect(ix.lookup('Open the file.', { min: 70, max: 1 })).to.have.length(1);
    expect(ix.lookup('Open the file.', { max: 0 })).to.deep.equal([]);
  });

  it('comes back from a snapshot without its units being tokenised again', () => {
    const ix = createTmIndex('zh', { bits: 12 });
    units.slice(0, 200).forEach((u) => ix.add(u));
    ix.remove('u3');
    const snap = structuredClone(ix.snapshot());
    const byId = new Map(units.map((u) => [u.id, u]));
    const back = loadTmIndex(
      snap,
      snap.ids.map((id) => byId.get(id)),
    );
    expect(back.size).to.equal(199);
    back.add(units[300] as TmUnit);
    const some = units.slice(0, 200).filter((u) => u.id !== 'u3');
    for (const q of queries.slice(0, 10))
      expect(brief(back.lookup(q, { min: 60 })), q).to.deep.equal(
        brief(exhaustiveLookup([...some, units[300] as TmUnit], q, { min: 60 })),
      );
  });
});

describe('core/tm/index: a big TM of units that differ only in numbers', () => {
  // One template, 5,000 numbers: every unit shares every bigram of the query (all numbers are
  // one token to the bigrams), more than the 3,000 units a lookup scores.
  const template = (n: number) => `第${n}号图书馆与博物馆在学校附近合作，编号${n}。`;
  const units = Array.from({ length: 5000 }, (_, i) => unit(`t${i}`, template(i), 7));
  const index = createTmIndex('zh');
  for (const u of units) index.add(u);
  index.compact();
  // Pending units (added after the merge) are found by their text too.
  const late = unit('late', template(777_777), 7);
  index.add(late);

  // [what, query, the first match as id:score:kind]
  const cases: [string, string, string][] = [
    ['the exact unit, the last one', template(4999), 't4999:100:exact'],
    ['the exact unit, early', template(12), 't12:100:exact'],
    ['the exact unit, whitespace aside', `  ${template(3210)} `, 't3210:100:exact'],
    ['an exact unit not merged yet', template(777_777), 'late:100:exact'],
    // A half-width comma: 99 with the same numbers, 97 with other numbers (adjusted).
    ['numbers equal beat numbers adjusted', template(4321).replace('，', ','), 't4321:99:fuzzy'],
    [
      'one of two numbers equal beats none',
      `第4444号图书馆与博物馆在学校附近合作，编号999999。`,
      't4444:99:fuzzy',
    ],
  ];
  for (const [what, query, first] of cases)
    it(what, () => {
      const got = index.lookup(query, { min: 50, max: 9 });
      expect(brief(got)[0]).to.equal(first);
      expect(got.filter((m) => m.score >= 100)).to.have.length(first.includes(':100:') ? 1 : 0);
    });

  it('lists the other units after the exact one, each once', () => {
    const got = brief(index.lookup(template(4999), { min: 50, max: 5 }));
    expect(got[0]).to.equal('t4999:100:exact');
    expect(got.slice(1).every((m) => m.endsWith(':98:fuzzy'))).to.equal(true);
    expect(new Set(got).size).to.equal(5);
  });

  it('finds the exact unit once removed and replaced, and in a snapshot of an older version', () => {
    const ix = createTmIndex('zh');
    for (const u of units) ix.add(u);
    ix.remove('t4000');
    ix.add(unit('t4001', '别的句子。', 9));
    expect(brief(ix.lookup(template(4000), { min: 100 }))).to.deep.equal([]);
    expect(brief(ix.lookup(template(4001), { min: 100 }))).to.deep.equal([]);
    expect(brief(ix.lookup('别的句子。', { min: 100 }))).to.deep.equal(['t4001:100:exact']);
    // Snapshots saved before the exact keys existed have none: they are computed from the units.
    const old = structuredClone(ix.snapshot());
    delete old.exact;
    delete old.numMask;
    delete old.byExact;
    const byId = new Map(
      [...units, unit('t4001', '别的句子。', 9)].map((u) => [u.id, u] as [string, TmUnit]),
    );
    const back = loadTmIndex(
      old,
      old.ids.map((id) => byId.get(id)),
    );
    expect(brief(back.lookup(template(4998), { min: 50, max: 1 }))).to.deep.equal([
      't4998:100:exact',
    ]);
    expect(
      brief(back.lookup(template(4321).replace('，', ','), { min: 50, max: 1 })),
    ).to.deep.equal(['t4321:99:fuzzy']);
  });
});
