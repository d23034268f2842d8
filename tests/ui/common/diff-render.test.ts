import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import { renderDiff } from '../../../src/ui/common/diff-render.js';
import type { TextDiff } from '../../../src/core/diff/text-diff.js';

// 增长了1.2亿 → 增长了1.3亿元: one hunk that changes a number and words.
const diff: TextDiff = {
  parts: [
    { kind: 'equal', text: '增长了' },
    { kind: 'delete', text: '1.2亿', hunk: 0 },
    { kind: 'insert', text: '1.3亿元', hunk: 0 },
  ],
  hunks: [{ deleted: '1.2亿', inserted: '1.3亿元', kinds: ['number', 'text'] }],
  kinds: ['number', 'text'],
};

const titleOfInsert = async () => {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  render(renderDiff(diff, 'inline'), host);
  return host.querySelector('ins')!.title;
};

describe('renderDiff', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));

  it('names the kinds of a change with the list separator of the UI language', async () => {
    expect(await titleOfInsert()).to.equal('inserted: number, text');
    await setLanguage('zh-CN');
    const zh = await titleOfInsert();
    expect(zh).to.equal('插入：数字、文字');
  });
});
