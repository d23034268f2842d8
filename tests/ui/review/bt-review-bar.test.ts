import '../../setup.js';
import { expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import '../../../src/ui/review/bt-review-bar.js';
import type { BtReviewBar } from '../../../src/ui/review/bt-review-bar.js';
import { compareRows } from '../../../src/core/diff/index.js';
import { snapshotOf } from '../../../src/core/review.js';
import { rows } from '../fixtures.js';

/** The summary of one row whose English translation gained a 15-word sentence (100+ letters). */
function summary() {
  const [a] = rows(1).map((s) => ({ ...s, target: 'The summit opened.' }));
  const b = {
    ...a,
    target:
      'The summit opened. Over two thousand developers from forty countries came to Hangzhou for three days of talks.',
  };
  return compareRows([snapshotOf(a)], [snapshotOf(b)], {
    sourceLang: 'zh-Hans',
    targetLang: 'en',
  }).summary;
}

const text = (el: BtReviewBar) =>
  el.shadowRoot!.querySelector('.summary')!.textContent!.replace(/\s+/g, ' ');

describe('bt-review-bar', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));

  it('counts Chinese characters as such, so English text inserted is not "0 characters"', async () => {
    const el = await fixture<BtReviewBar>(
      html`<bt-review-bar .summary=${summary()} .shown=${1}></bt-review-bar>`,
    );
    expect(text(el)).to.contain(
      'Translation: 0 Chinese characters / 15 words inserted, 0 Chinese characters / 0 words deleted',
    );
    expect(text(el)).to.contain('1 of 1 row shown');
    await setLanguage('zh-CN');
    await el.updateComplete;
    expect(text(el)).to.contain('译文：插入 0 个汉字 / 15 个词');
    expect(text(el)).to.contain('显示 1 / 1 行');
  });
});
