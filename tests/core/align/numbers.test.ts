import { expect } from '@open-wc/testing';
import { enNumbers, parseChineseNumeral, zhNumbers } from '../../../src/core/align/index.js';

describe('core/align numbers', () => {
  const numerals: [string, number][] = [
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['两百', 200],
    ['二〇二三', 2023],
    ['一千零五', 1005],
    ['三亿', 300000000],
    ['万', 10000],
  ];
  for (const [text, value] of numerals) {
    it(`parseChineseNumeral(${text}) = ${value}`, () => {
      expect(parseChineseNumeral(text)).to.equal(value);
    });
  }

  const zh: [string, string[]][] = [
    ['2023年6月12日', ['2023', '6', '12']],
    ['二〇二三年六月十二日', ['2023', '6', '12']],
    ['3.5万元', ['35000']],
    ['１２亿人', ['1200000000']],
    ['两万', ['20000']],
    ['他买了一个苹果', []],
    ['百分之24.44', ['100', '24.44']],
    ['', []],
  ];
  for (const [text, keys] of zh) {
    it(`zhNumbers(${JSON.stringify(text)})`, () => expect(zhNumbers(text)).to.deep.equal(keys));
  }

  const en: [string, string[]][] = [
    ['June 12, 2023', ['6', '12', '2023']],
    ['35,000 yuan', ['35000']],
    ['1.2 billion people', ['1200000000']],
    ['three cats and twenty dogs', ['3', '20']],
    ['you may go in March', ['3']],
    ['24.44 percent', ['24.44']],
    ['no numbers here', []],
    // Texts without digits are read by hand, not by the pattern: whole runs of letters only,
    // months capitalised, any case of a number word.
    ['Often they fought in May, not in may; SEVENTEEN times, the Tenth.', ['5', '17', '10']],
    ['twenty-one; Seventeens; tenths', ['20']],
    ['The constructor of ten', ['10']],
  ];
  for (const [text, keys] of en) {
    it(`enNumbers(${JSON.stringify(text)})`, () => expect(enNumbers(text)).to.deep.equal(keys));
  }

  const same: [string, string][] = [
    ['2023年6月12日', 'June 12, 2023'],
    ['3.5万', '35,000'],
    ['十二亿', '1.2 billion'],
    ['三个人', 'three people'],
  ];
  for (const [z, e] of same) {
    it(`${z} and ${e} give the same number keys`, () => {
      expect([...zhNumbers(z)].sort()).to.deep.equal([...enNumbers(e)].sort());
    });
  }
});
