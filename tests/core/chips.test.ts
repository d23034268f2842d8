import { expect } from '@open-wc/testing';
import {
  CHIP_BASE,
  codeMismatch,
  fromEditable,
  storedOffset,
  toEditable,
} from '../../src/core/chips.js';
import type { InlineCode } from '../../src/core/model.js';

const code = (kind: InlineCode['kind'], data: string, id = '1', tag = 'ph'): InlineCode => ({
  kind,
  id,
  tag,
  data,
});
const P = (i: number) => String.fromCharCode(CHIP_BASE + i);
const bold = [code('open', '<b>', '1', 'bpt'), code('close', '</b>', '1', 'ept')];
const brAndBold = [code('standalone', '<br/>', ''), ...bold];

describe('core/chips: inline codes in an editable field', () => {
  // [name, stored text, codes, as the field shows it]
  const cases: [string, string, InlineCode[] | undefined, string][] = [
    ['no codes', 'Plain text', undefined, 'Plain text'],
    ['a pair', `Click ${P(0)}Save${P(1)} now`, bold, 'Click ⟨1Save1⟩ now'],
    ['standalone and pair', `A${P(0)}B ${P(1)}粗体${P(2)}`, brAndBold, 'A⟨1⟩B ⟨2粗体2⟩'],
    ['Chinese around codes', `点击${P(0)}保存${P(1)}。`, bold, '点击⟨1保存1⟩。'],
    ['a placeholder with no code stays', `x${P(5)}y`, bold, `x${P(5)}y`],
    [
      'a file character kept as such',
      `a${P(0)}b`,
      [code('standalone', P(0), '', '#char')],
      `a${P(0)}b`,
    ],
  ];
  for (const [name, stored, codes, shown] of cases) {
    it(`${name}: shown and read back`, () => {
      expect(toEditable(stored, codes)).to.equal(shown);
      expect(fromEditable(shown, codes)).to.equal(stored);
    });
  }

  // [name, typed in the field, stored]
  const typed: [string, string, string][] = [
    ['codes moved by the translator', '⟨1Save1⟩ now, click', `${P(0)}Save${P(1)} now, click`],
    ['a broken label is text, its code dropped', '⟨1Save1 now', `${P(0)}Save1 now`],
    ['a label of no code is text', '⟨7⟩ and 3⟩', '⟨7⟩ and 3⟩'],
    ['a label typed twice gives the code twice', '⟨1a1⟩⟨1b1⟩', `${P(0)}a${P(1)}${P(0)}b${P(1)}`],
  ];
  for (const [name, shown, stored] of typed) {
    it(name, () => expect(fromEditable(shown, bold)).to.equal(stored));
  }

  it('maps a caret offset in the field to the stored text', () => {
    const shown = 'Click ⟨1Save1⟩ now';
    // [offset in the field, offset in the stored text]
    for (const [at, want] of [
      [0, 0],
      [6, 6],
      [8, 7], // after ⟨1
      [12, 11], // after Save
      [14, 12], // after 1⟩
      [shown.length, shown.length - 2],
    ])
      expect(storedOffset(shown, at, bold), `offset ${at}`).to.equal(want);
  });
});

describe('core/chips: the tag check', () => {
  const s = `点击${P(0)}保存${P(1)}${P(2)}`;
  const codes = [...bold, code('standalone', '<br/>', '')];
  // [name, target, missing, extra]
  const cases: [string, string, string[], string[]][] = [
    ['all there, moved', `${P(2)}${P(0)}Save${P(1)}`, [], []],
    ['one missing', `${P(0)}Save${P(1)}`, ['⟨3⟩'], []],
    ['a pair half gone', `${P(0)}Save${P(2)}`, ['1⟩'], []],
    ['one twice', `${P(0)}Save${P(1)}${P(2)}${P(2)}`, [], ['⟨3⟩']],
    ['an empty translation is not checked', '', [], []],
  ];
  for (const [name, target, missing, extra] of cases) {
    it(name, () => expect(codeMismatch(s, target, codes)).to.deep.equal({ missing, extra }));
  }
  it('no codes, nothing to check', () =>
    expect(codeMismatch('甲', 'A', undefined)).to.deep.equal({ missing: [], extra: [] }));
});
