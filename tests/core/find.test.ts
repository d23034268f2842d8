import { expect } from '@open-wc/testing';
import { compileFind, findAll, replaceAllIn, type FindOptions } from '../../src/core/find.js';

const opts = (query: string, o: Partial<FindOptions> = {}): FindOptions => ({
  query,
  matchCase: false,
  wholeWord: false,
  regex: false,
  ...o,
});

describe('core/find', () => {
  // [text, options, expected match texts]
  const finds: [string, FindOptions, string[]][] = [
    ['Open source, open SOURCE', opts('source'), ['source', 'SOURCE']],
    ['Open source, open SOURCE', opts('source', { matchCase: true }), ['source']],
    ['cat catalog bobcat cat.', opts('cat', { wholeWord: true }), ['cat', 'cat']],
    ['开源峰会在杭州开幕，开源社区', opts('开源'), ['开源', '开源']],
    ['开源峰会在杭州开幕，开源社区', opts('开源', { wholeWord: true }), ['开源', '开源']],
    ['1.5 + 2.5 = 4', opts('1.5'), ['1.5']],
    ['a.b axb', opts('a.b'), ['a.b']],
    ['a.b axb', opts('a.b', { regex: true }), ['a.b', 'axb']],
    ['2026年10月14日', opts('\\d+', { regex: true }), ['2026', '10', '14']],
    ['𠀀𠀁 emoji 😀', opts('𠀁'), ['𠀁']],
    ['anything', opts('x*', { regex: true }), []],
  ];
  for (const [text, o, expected] of finds) {
    it(`finds ${JSON.stringify(expected)} for ${JSON.stringify(o.query)} in ${JSON.stringify(text)}`, () => {
      const re = compileFind(o);
      expect(re).to.be.instanceOf(RegExp);
      expect(findAll(text, re as RegExp).map((m) => text.slice(m.start, m.end))).to.deep.equal(
        expected,
      );
    });
  }

  it('reports an invalid regular expression instead of throwing', () => {
    expect(compileFind(opts('(unclosed', { regex: true }))).to.be.instanceOf(Error);
  });

  it('finds nothing for an empty query', () => {
    expect(compileFind(opts(''))).to.equal(undefined);
  });

  // [text, options, replacement, expected text, count]
  const replaces: [string, FindOptions, string, string, number][] = [
    ['colour and Colour', opts('colour'), 'color', 'color and color', 2],
    ['cost 5', opts('5'), '$1', 'cost $1', 1],
    ['June 12, 2023', opts('(\\w+) (\\d+)', { regex: true }), '$2 $1', '12 June, 2023', 1],
    ['峰会峰会', opts('峰会'), '会议', '会议会议', 2],
    ['nothing here', opts('zzz'), 'y', 'nothing here', 0],
  ];
  for (const [text, o, rep, expected, count] of replaces) {
    it(`replaces ${JSON.stringify(o.query)} with ${JSON.stringify(rep)} in ${JSON.stringify(text)}`, () => {
      const r = replaceAllIn(text, compileFind(o) as RegExp, rep, o.regex);
      expect(r).to.deep.equal({ text: expected, count });
    });
  }
});
