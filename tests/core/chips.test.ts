import { expect } from '@open-wc/testing';
import {
  CHIP_BASE,
  codeMismatch,
  fromEditable,
  storedAfterEdit,
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
    const stored = `Click ${P(0)}Save${P(1)} n\u200Bow`;
    // Field: 'Click ⟨1Save1⟩ n⟦ZWSP⟧ow'
    // [offset in the field, offset in the stored text]
    for (const [at, want] of [
      [0, 0],
      [6, 6],
      [7, 6], // inside ⟨1: before it
      [8, 7], // after ⟨1
      [12, 11], // after Save
      [14, 12], // after 1⟩
      [16, 14], // after n
      [18, 14], // inside the marker
      [22, 15], // after ⟦ZWSP⟧
      [24, 17],
    ])
      expect(storedOffset(stored, at, bold), `offset ${at}`).to.equal(want);
  });
});

describe('core/chips: hidden characters in an editable field', () => {
  const RLO = '\u202E';
  const ZW = '\u200B';
  it('shows them as markers, with or without codes', () => {
    expect(toEditable(`abc${RLO}gpj.exe`, undefined)).to.equal('abc⟦RLO⟧gpj.exe');
    expect(toEditable(`${P(0)}a${ZW}b${P(1)}`, bold)).to.equal('⟨1a⟦ZWSP⟧b1⟩');
  });

  // [name, stored before, codes, the field after the user's edit, stored after]
  const edits: [string, string, InlineCode[] | undefined, string, string][] = [
    ['typing after a marker', `abc${RLO}gpj`, undefined, 'abc⟦RLO⟧gpjX', `abc${RLO}gpjX`],
    ['typing before a marker', `abc${RLO}gpj`, undefined, 'abXc⟦RLO⟧gpj', `abXc${RLO}gpj`],
    ['typing right at a marker', `a${ZW}b`, undefined, 'aX⟦ZWSP⟧b', `aX${ZW}b`],
    ['typing right after a marker', `a${ZW}b`, undefined, 'a⟦ZWSP⟧Xb', `a${ZW}Xb`],
    ['two markers side by side', `a${ZW}${ZW}b`, undefined, 'a⟦ZWSP⟧⟦ZWSP⟧bc', `a${ZW}${ZW}bc`],
    ['deleting a whole marker', `a${ZW}b`, undefined, 'ab', 'ab'],
    ['a broken marker is text', `a${RLO}b`, undefined, 'a⟦RLOb', 'a⟦RLOb'],
    ['a typed marker is text', 'ab', undefined, 'a⟦RLO⟧b', 'a⟦RLO⟧b'],
    [
      'marker and codes together',
      `${P(0)}a${ZW}b${P(1)}`,
      bold,
      '⟨1a⟦ZWSP⟧bc1⟩',
      `${P(0)}a${ZW}bc${P(1)}`,
    ],
    [
      'a code label typed still makes the code',
      `a${ZW}`,
      bold,
      'a⟦ZWSP⟧⟨1x1⟩',
      `a${ZW}${P(0)}x${P(1)}`,
    ],
    ['a literal label in the text stays text', 'see ⟨1⟩', bold, 'see ⟨1⟩!', 'see ⟨1⟩!'],
    ['no hidden characters: the field as typed', 'abc', undefined, 'abcd', 'abcd'],
    ['replacing everything', `x${RLO}y`, undefined, '新', '新'],
  ];
  for (const [name, before, codes, field, after] of edits) {
    it(name, () => {
      expect(storedAfterEdit(before, field, codes)).to.equal(after);
      // What is stored is shown again as the field holds it (the caret does not jump).
      expect(toEditable(after, codes)).to.equal(field);
    });
  }
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
