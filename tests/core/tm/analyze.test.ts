import { expect } from '@open-wc/testing';
import { analysisCsv, analyze, bandOfScore } from '../../../src/core/tm/analyze.js';
import { createTmIndex, type TmUnit } from '../../../src/core/tm/index.js';

describe('core/tm/analyze: a job quoted by bands', () => {
  // [score, band]
  const bands: [number, string][] = [
    [101, 'context'],
    [100, 'exact'],
    [99, '95-99'],
    [95, '95-99'],
    [94, '85-94'],
    [85, '85-94'],
    [84, '75-84'],
    [75, '75-84'],
    [74, '50-74'],
    [50, '50-74'],
    [49, 'none'],
    [0, 'none'],
  ];
  for (const [score, band] of bands)
    it(`${score} is ${band}`, () => expect(bandOfScore(score)).to.equal(band));

  const units: TmUnit[] = [
    {
      id: '1',
      source: '价格为10元。',
      target: 'It costs 10 yuan.',
      prev: '开头。',
      next: '结尾。',
      createdAt: 0,
      changedAt: 0,
    },
    {
      id: '2',
      source: '这家公司去年发布了年度财务报告。',
      target: 'The company…',
      createdAt: 0,
      changedAt: 0,
    },
  ];
  const index = createTmIndex('zh');
  units.forEach((u) => index.add(u));
  const rows = [
    { source: '价格为10元。', prev: '开头。', next: '结尾。' }, // context 101, 4 characters and a number
    { source: '这家公司去年发布了年度财务报告。' }, // exact, 15
    { source: '这家公司今年发布了年度财务报告。' }, // 93, 15
    { source: '完全无关的句子 with English' }, // none, 7 characters and 2 words
    { source: '完全无关的句子 with English' }, // repetition
    { source: '这家公司去年发布了年度财务报告。' }, // exact again, not a repetition
    { source: '  ' }, // left out
  ];
  const result = analyze(
    rows,
    (r) => index.lookup(r.source, { min: 50, max: 1, prev: r.prev, next: r.next })[0],
    'zh',
  );

  it('puts every row in its best band, with its size', () => {
    const by = Object.fromEntries(
      result.bands.map((b) => [b.band, [b.segments, b.cjkChars, b.words]]),
    );
    expect(by).to.deep.equal({
      context: [1, 4, 1],
      exact: [2, 30, 0],
      repetition: [1, 7, 2],
      '95-99': [0, 0, 0],
      '85-94': [1, 15, 0],
      '75-84': [0, 0, 0],
      '50-74': [0, 0, 0],
      none: [1, 7, 2],
    });
    expect(result.total).to.deep.equal({ segments: 6, cjkChars: 63, words: 5 });
  });

  it('writes CSV, one line a band and a total', () => {
    const csv = analysisCsv(result).split('\r\n');
    expect(csv[0]).to.equal('Band,Segments,Chinese characters,Words');
    expect(csv[1]).to.equal('101%,1,4,1');
    expect(csv[9]).to.equal('Total,6,63,5');
    expect(csv).to.have.length(11);
  });
});
