import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { compareRows } from '../../../src/core/diff/index.js';
import { snapshotOf } from '../../../src/core/review.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/review/bt-compare-row.js';
import type { BtCompareRow } from '../../../src/ui/review/bt-compare-row.js';
import { before as older, now } from './review-fixtures.js';

const c = compareRows(older.map(snapshotOf), now.map(snapshotOf), {
  sourceLang: 'zh-Hans',
  targetLang: 'zh-Hans',
});

async function row(i: number, decidable = true) {
  const el = await fixture<BtCompareRow>(
    html`<bt-compare-row
      role="listitem"
      .row=${c.rows[i]}
      .n=${i + 1}
      .current=${now[i]}
      ?decidable=${decidable}
    ></bt-compare-row>`,
  );
  // A list item is only valid inside a list, as the compare view renders it.
  const list = document.createElement('div');
  list.setAttribute('role', 'list');
  list.setAttribute('aria-label', 'list');
  el.replaceWith(list);
  list.append(el);
  await el.updateComplete;
  return el;
}

const button = (el: BtCompareRow, label: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;

describe('bt-compare-row', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('names the change type and the kinds of each mark; is accessible', async () => {
    const el = await row(3);
    expect(el.shadowRoot!.querySelector('.type')!.textContent).to.equal('Modified');
    const marks = [...el.shadowRoot!.querySelectorAll('del, ins')];
    expect(marks.map((m) => [m.tagName, m.getAttribute('title')])).to.deep.equal([
      ['DEL', 'deleted: number'],
      ['INS', 'inserted: number'],
    ]);
    await expect(el.parentElement!).to.be.accessible();
  });

  it('shows inline codes in the diff as chips, so a moved tag is seen', async () => {
    const codes = [
      { kind: 'open' as const, id: '1', tag: 'bpt', data: '<b>' },
      { kind: 'close' as const, id: '1', tag: 'ept', data: '</b>' },
    ];
    const a = { ...now[0], target: 'Click \uE000Save\uE001 now.', codes };
    const b = { ...a, target: '\uE000Click\uE001 Save now.' };
    const d = compareRows([snapshotOf(a)], [snapshotOf(b)], {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    const el = await fixture<BtCompareRow>(
      html`<bt-compare-row .row=${d.rows[0]} .n=${1} .current=${b}></bt-compare-row>`,
    );
    const chips = [...el.shadowRoot!.querySelectorAll('del .chip, ins .chip')];
    expect(chips.length, 'the moved tags are marked').to.be.greaterThan(0);
    expect(chips.map((c) => c.textContent)).to.include('⟨1');
    expect(el.shadowRoot!.textContent).not.to.match(/[\uE000-\uE0FF]/u);
  });

  it('shows the codes of an unchanged source as chips too, never as placeholder characters', async () => {
    const codes = [
      { kind: 'open' as const, id: '1', tag: 'bpt', data: '<b>' },
      { kind: 'close' as const, id: '1', tag: 'ept', data: '</b>' },
    ];
    const a = { ...now[0], source: '点击\uE000保存\uE001。', target: 'Click Save.', codes };
    const b = { ...a, target: 'Click Save now.' };
    const d = compareRows([snapshotOf(a)], [snapshotOf(b)], {
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    });
    const el = await fixture<BtCompareRow>(
      html`<bt-compare-row .row=${d.rows[0]} .n=${1} .current=${b}></bt-compare-row>`,
    );
    const source = el.shadowRoot!.querySelector('.source .text')!;
    expect([...source.querySelectorAll('.chip')].map((c) => c.textContent)).to.deep.equal([
      '⟨1',
      '1⟩',
    ]);
    expect(source.textContent).not.to.match(/[\uE000-\uF8FF]/u);
  });

  it('asks to set approved or rejected statuses', async () => {
    const el = await row(1);
    setTimeout(() => button(el, 'Approve').click());
    const ev = await oneEvent(el, 'bt-request-set-statuses');
    expect(ev.detail).to.deep.equal({ ids: ['s1'], status: 'approved' });
  });

  it('has no decisions when B is not now', async () => {
    const el = await row(1, false);
    expect(button(el, 'Accept')).to.equal(undefined);
  });

  it('shows comments with their state; resolving and adding are requests', async () => {
    const el = await row(5);
    const comments = el.shadowRoot!.querySelector('bt-row-comments')!;
    await comments.updateComplete;
    const root = comments.shadowRoot!;
    expect(root.querySelector('li')!.textContent).to.contain('请核对');
    expect(root.querySelector('li .state')!.textContent).to.equal('open');
    const resolve = [...root.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Resolve',
    )!;
    setTimeout(() => resolve.click());
    const ev = await oneEvent(el, 'bt-request-resolve-comment');
    expect(ev.detail).to.deep.equal({ id: 's5', commentId: 'c1', resolved: true });

    (root.querySelector('button.add') as HTMLButtonElement).click();
    await aTimeout(20);
    root.querySelector('input')!.value = '  改为“峰会”  ';
    setTimeout(() => root.querySelector('form')!.requestSubmit());
    const added = await oneEvent(el, 'bt-request-comment');
    expect(added.detail).to.deep.equal({ id: 's5', text: '改为“峰会”' });
  });
});
