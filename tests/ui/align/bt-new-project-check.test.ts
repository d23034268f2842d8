import '../../setup.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import type { AlignRow } from '../../../src/core/beads.js';
import '../../../src/ui/library/bt-new-project.js';
import type { BtNewProject } from '../../../src/ui/library/bt-new-project.js';
import type { BtAlignView } from '../../../src/ui/align/bt-align-view.js';
import { useServices } from '../../state/helpers.js';
import { deepActiveElement } from '../../../src/ui/common/deep-focus.js';
import { asked } from '../ask.js';
import { formRoot, pageButtons, settled } from '../library/new-project-dom.js';

const rows: AlignRow[] = [
  { source: ['甲。'], target: ['A.'], confidence: 0.9, paragraphStart: true },
  { source: ['乙。'], target: ['B.'], confidence: 1, paragraphStart: false, checked: true },
  { source: ['丙。'], target: ['C.'], confidence: 0.2, paragraphStart: false },
];

describe('bt-new-project: the alignment check survives a reload', () => {
  const open = useServices();
  before(() => initI18n('en').then(loadAllStrings));

  it('resumes a saved check (texts, fixes, place) and saves each new fix', async () => {
    const s = await open();
    await s.library.loadCheck();
    await s.library.check!.save({
      name: 'Letters',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      sourceText: '甲。乙。丙。',
      targetText: 'A. B. C.',
      rows,
      active: 2,
      topRow: 0,
    });
    const el = await fixture<BtNewProject>(
      html`<bt-new-project .library=${s.library}></bt-new-project>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('bt-align-view'));
    const view = el.shadowRoot!.querySelector<BtAlignView>('bt-align-view')!;
    await view.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'Resumed where you left off: 3 rows, 1 checked by you.',
    );
    const selected = view.shadowRoot!.querySelector('li[aria-selected="true"]')!;
    expect(selected.getAttribute('aria-posinset')).to.equal('3');
    expect(
      [...view.shadowRoot!.querySelectorAll('li')].map(
        (li) => li.querySelector('.conf')!.textContent,
      ),
    ).to.satisfy((c: string[]) => c[1].includes('checked by you'));
    await expect(el).to.be.accessible();

    // A fix is saved: the stored draft follows.
    [...view.shadowRoot!.querySelectorAll('li')][0].click();
    await view.updateComplete;
    [...view.shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Merge with next row'))!
      .click();
    await waitUntil(async () => (await s.library.check!.load())?.rows.length === 2, 'draft saved', {
      timeout: 3000,
    });
    const d = await s.library.check!.load();
    expect(d?.rows[0].source).to.deep.equal(['甲。', '乙。']);
    expect(d?.sourceText).to.equal('甲。乙。丙。');
  });

  it('keeps texts typed but not yet aligned across a reload', async () => {
    const s = await open();
    await s.library.loadCheck();
    const el = await fixture<BtNewProject>(
      html`<bt-new-project .library=${s.library}></bt-new-project>`,
    );
    await settled(el);
    const [src, tgt] = formRoot(el).querySelectorAll('bt-text-input');
    const type = (input: Element, text: string) => {
      const ta = input.shadowRoot!.querySelector('textarea')!;
      ta.value = text;
      ta.dispatchEvent(new Event('input'));
    };
    type(src, '甲。乙。');
    type(tgt, 'A. B.');
    // Saved after a pause in typing (a reload, or a crash, while aligning finds them).
    await waitUntil(async () => (await s.library.check!.load())?.targetText === 'A. B.', 'saved', {
      timeout: 3000,
    });
    el.remove();

    const again = await fixture<BtNewProject>(
      html`<bt-new-project .library=${s.library}></bt-new-project>`,
    );
    await waitUntil(
      () =>
        again
          .shadowRoot!.querySelector('bt-new-project-texts')
          ?.shadowRoot?.querySelector('[role="status"]')
          ?.textContent?.includes('are back'),
      'the texts were not said to be back',
    );
    await settled(again);
    const texts = [...formRoot(again).querySelectorAll('bt-text-input')].map(
      (i) => i.shadowRoot!.querySelector('textarea')!.value,
    );
    expect(texts).to.deep.equal(['甲。乙。', 'A. B.']);
    expect(again.shadowRoot!.querySelector('bt-align-view')).to.equal(null);
    await expect(again).to.be.accessible();
  });

  it('Cancel forgets the saved check', async () => {
    const s = await open();
    await s.library.loadCheck();
    await s.library.check!.save({
      name: '',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      sourceText: '甲。',
      targetText: 'A.',
      rows: rows.slice(0, 1),
      active: 0,
      topRow: 0,
    });
    const el = await fixture<BtNewProject>(
      html`<bt-new-project .library=${s.library}></bt-new-project>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('bt-align-view'));
    const back = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Back to the texts',
    )!;
    back.focus();
    back.click();
    // The button went with the check: the keyboard is in the source text, not on the page.
    await waitUntil(
      () => deepActiveElement()?.tagName === 'TEXTAREA',
      `the keyboard is on ${deepActiveElement()?.tagName ?? 'nothing'}`,
    );
    expect(deepActiveElement()?.getAttribute('lang')).to.equal('zh-Hans');
    pageButtons(el)
      .find((b) => b.textContent!.trim() === 'Cancel')!
      .click();
    await waitUntil(async () => (await s.library.check!.load()) === undefined, 'draft gone', {
      timeout: 3000,
    });
  });

  it('goes back from the texts to the check with its fixes, and asks before they are lost', async () => {
    const s = await open();
    await s.library.loadCheck();
    await s.library.check!.save({
      name: 'Letters',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      sourceText: '甲。乙。丙。',
      targetText: 'A. B. C.',
      rows,
      active: 1,
      topRow: 0,
    });
    const el = await fixture<BtNewProject>(
      html`<bt-new-project .library=${s.library}></bt-new-project>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('bt-align-view'));
    // Resumed: the keyboard is in the rows, where it was, not at the page's top.
    await waitUntil(
      () => deepActiveElement()?.getAttribute('role') === 'listbox',
      `the keyboard is on ${deepActiveElement()?.tagName ?? 'nothing'}`,
    );
    const buttonNamed = (name: string) =>
      pageButtons(el).find((b) => b.textContent!.trim() === name);
    const viewNow = () => el.shadowRoot!.querySelector<BtAlignView>('bt-align-view')!;
    const undo = () =>
      [...viewNow().shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent!.trim() === 'Undo',
      )!;
    expect(el.shadowRoot!.textContent).to.contain('Resumed where you left off');
    // A fix to take back later, after going to the texts and back: row 2 (checked) takes row 3.
    [...viewNow().shadowRoot!.querySelectorAll('button')]
      .find((b) => b.textContent!.includes('Merge with next row'))!
      .click();
    await viewNow().updateComplete;
    const fixed = viewNow().rows;
    expect(undo().disabled).to.equal(false);
    await el.updateComplete;
    // The "resumed" line spoke of the rows before the fix, and goes.
    expect(el.shadowRoot!.textContent).to.not.contain('Resumed where you left off');
    buttonNamed('Back to the texts')!.click();
    await settled(el);
    // The texts are those of the check: aligning them is "again", and the check is one click away.
    expect(buttonNamed('Segment and align')).to.equal(undefined);
    buttonNamed('Segment and align again')!.click();
    const q = await asked();
    expect([q.title, q.message, q.confirmLabel]).to.deep.equal([
      'Align the texts again?',
      'The alignment is made afresh: the 1 row you fixed or marked as checked loses its fix.',
      'Align again',
    ]);
    await q.answer(false);
    expect(el.shadowRoot!.querySelector('progress'), 'declined: nothing aligned').to.equal(null);
    buttonNamed('Cancel')!.click();
    const leave = await asked();
    expect(leave.confirmLabel).to.equal('Discard the check');
    await leave.answer(false);
    expect(await s.library.check!.load(), 'declined: the check is kept').to.not.equal(undefined);
    buttonNamed('Back to the check')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('bt-align-view'));
    const view = el.shadowRoot!.querySelector<BtAlignView>('bt-align-view')!;
    await view.updateComplete;
    expect(view.rows).to.deep.equal(fixed);
    await waitUntil(() => deepActiveElement()?.getAttribute('role') === 'listbox');
    // Its undo steps came back with it.
    expect(undo().disabled, 'Undo after Back to the check').to.equal(false);
    undo().click();
    await view.updateComplete;
    expect(view.rows).to.deep.equal(rows);
    await expect(el).to.be.accessible();
  });

  it('keeps the row the user is on when a fix follows a move at once', async () => {
    const s = await open();
    await s.library.loadCheck();
    const many: AlignRow[] = Array.from({ length: 8 }, (_, i) => ({
      source: [`第${i + 1}句。`],
      target: [`Sentence ${i + 1}.`],
      confidence: 0.9,
      paragraphStart: i === 0,
    }));
    await s.library.check!.save({
      name: '',
      sourceLang: 'zh-Hans',
      targetLang: 'en',
      sourceText: many.map((r) => r.source[0]).join(''),
      targetText: many.map((r) => r.target[0]).join(' '),
      rows: many,
      active: 0,
      topRow: 0,
    });
    const el = await fixture<BtNewProject>(
      html`<bt-new-project .library=${s.library}></bt-new-project>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('bt-align-view'));
    const view = el.shadowRoot!.querySelector<BtAlignView>('bt-align-view')!;
    await view.updateComplete;
    const list = view.shadowRoot!.querySelector('[role="listbox"]') as HTMLElement;
    const key = async (k: string) => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      await view.updateComplete;
      await el.updateComplete;
    };
    await key('ArrowDown');
    // The page hears where the user is once they pause…
    await new Promise((r) => setTimeout(r, 400));
    // …then they move on and fix the row at once: the page's re-render must not move them back.
    await key('ArrowDown');
    await key('Enter');
    await new Promise((r) => setTimeout(r, 50));
    expect(view.active).to.equal(2);
    expect(view.rows[2].checked).to.equal(true);
    await key('ArrowDown');
    await key('Enter');
    expect(view.active).to.equal(3);
    expect(view.rows.map((r) => !!r.checked)).to.deep.equal([
      false,
      false,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
