import { expect } from '@open-wc/testing';
import { calibrateEdges, edgeClasses, edgeCost } from '../../../src/core/align/edges.js';
import type { PathStep } from '../../../src/core/align/dp.js';

// How a sentence starts (0 plain, 1 contrast, 2 result, 3 condition, 4 time, 5 speech) and ends
// (0 . 1 ? 2 ! 3 …/— 4 :, plus 5 when it closes a quotation).
const CASES: [string, 'zh' | 'en', number, number][] = [
  ['但是当初调她来，分明有修理一下的意思。', 'zh', 1, 0],
  ['But it was clear from the start.', 'en', 1, 0],
  ['However, nothing came of it.', 'en', 1, 0],
  ['Butter was scarce.', 'en', 0, 0],
  ['所以他走了。', 'zh', 2, 0],
  ['So he left.', 'en', 2, 0],
  ['如果明天下雨呢？', 'zh', 3, 1],
  ['When he came back, it was dark!', 'en', 4, 2],
  ['韦小宝道：“赢了十几两银子，不过…… 不过……”', 'zh', 5, 3 + 5],
  ["'I won a dozen taels,' replied Trinket.", 'en', 5, 0],
  ["'You what?'", 'en', 5, 1 + 5],
  ['“不必说了。”', 'zh', 5, 0 + 5],
  ['海老公怒道：', 'zh', 0, 4],
  ['I met this . . .', 'en', 0, 3],
  ["'But I—'", 'en', 5, 3 + 5],
];

describe('core/align edges', () => {
  for (const [text, lang, start, end] of CASES) {
    it(`${text} → start ${start}, end ${end}`, () => {
      const c = edgeClasses([text], lang);
      expect([c.start[0], c.end[0]]).to.deep.equal([start, end]);
    });
  }

  it('a pairing seen at the boundaries costs less than chance, its opposite more', () => {
    // Ten 1-1 beads: every "But" sentence meets a 但是 sentence, every question a question.
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < 10; k++) {
      zh.push(k % 2 ? '但是他来了。' : '他来了吗？');
      en.push(k % 2 ? 'But he came.' : 'Did he come?');
    }
    const steps: PathStep[] = zh.map((_, k) => ({ i0: k, a: 1, j0: k, b: 1, type: 0, cost: 0 }));
    const model = calibrateEdges(steps, edgeClasses(zh, 'zh'), edgeClasses(en, 'en'));
    const agree = edgeCost(model, 1, 1, 1, 1); // 但是 … 。 against But … .
    const disagree = edgeCost(model, 1, 1, 0, 1); // 但是 … 。 against Did … ?
    expect(agree).to.be.below(0);
    expect(disagree).to.be.above(0);
    expect(disagree).to.be.at.most(4); // two edges, each capped
  });

  it('both sides plain, the commonest pair at borders and inside beads alike, costs nothing', () => {
    // Plain sentences at every border, a question only now and then: plain against plain is
    // far above chance at the borders, and still no credit.
    const zh = ['他来了。', '她走了。', '天黑了。', '你来吗？', '风停了。', '雨下了。'];
    const en = [
      'He came.',
      'She left.',
      'It got dark.',
      'Are you coming?',
      'The wind fell.',
      'It rained.',
    ];
    const steps: PathStep[] = zh.map((_, k) => ({ i0: k, a: 1, j0: k, b: 1, type: 0, cost: 0 }));
    const model = calibrateEdges(steps, edgeClasses(zh, 'zh'), edgeClasses(en, 'en'));
    expect([model.start[0], model.end[0]]).to.deep.equal([0, 0]);
    expect(edgeCost(model, 0, 1, 0, 1)).to.equal(0);
    expect(edgeCost(model, 3, 1, 3, 1)).to.be.below(0); // a question against a question
  });
});
