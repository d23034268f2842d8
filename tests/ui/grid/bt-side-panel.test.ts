import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-side-panel.js';
import { asked } from '../ask.js';
import type { BtSidePanel } from '../../../src/ui/grid/bt-side-panel.js';

describe('bt-side-panel', () => {
  before(() => initI18n('en').then(loadAllStrings));
  after(() => setLanguage('en'));

  // The widths the grid page gives the panel (grid-template-columns: … minmax(16rem, 24rem)): at
  // its widest, and in a 1024 px window (368 px).
  for (const lang of ['en', 'zh-CN'] as const)
    for (const width of ['24rem', '368px'])
      it(`keeps its six tabs on one line at the page's panel width ${width} (${lang})`, async () => {
        await setLanguage(lang);
        const el = await fixture<BtSidePanel>(
          html`<bt-side-panel style="display:block;width:var(--w)"></bt-side-panel>`,
        );
        el.style.setProperty('--w', width);
        await el.updateComplete;
        await aTimeout(50);
        const tops = [...el.shadowRoot!.querySelectorAll('[role="tab"]')].map((t) =>
          Math.round(t.getBoundingClientRect().top),
        );
        expect(tops.length).to.equal(6);
        expect(new Set(tops).size, `tab tops ${tops.join(', ')}`).to.equal(1);
      });

  it('offers Rename and Delete of a team version only where this member may, named as for local ones', async () => {
    await setLanguage('en');
    const v = (id: string, name: string) => ({
      id,
      docId: 'd',
      name,
      author: 'Tina',
      createdAt: 1,
      segmentCount: 2,
    });
    const el = await fixture<BtSidePanel>(html`<bt-side-panel shared></bt-side-panel>`);
    el.versions = [v('a', 'Mine'), v('b', 'Theirs')];
    el.manageable = new Set(['a']);
    await el.show('versions');
    const labels = () =>
      [...el.shadowRoot!.querySelectorAll('li button')].map((b) => b.getAttribute('aria-label'));
    expect(labels()).to.deep.equal([
      'Restore the document to Mine',
      'Rename Mine',
      'Delete Mine',
      'Restore the document to Theirs',
    ]);
    await expect(el).to.be.accessible();
    // Delete asks first, as for a local version; declined, nothing is asked of the page.
    const deleted: string[] = [];
    el.addEventListener('bt-request-delete-version', (e) => deleted.push(e.detail.id));
    const del = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Delete Mine"]')!;
    del.focus();
    del.click();
    let q = await asked();
    expect([q.title, q.message, q.confirmLabel]).to.deep.equal([
      'Delete the version “Mine”?',
      'The document itself is not changed.',
      'Delete version',
    ]);
    await q.answer(false);
    expect(deleted).to.deep.equal([]);
    expect(el.shadowRoot!.activeElement, 'focus back on Delete').to.equal(del);
    del.click();
    q = await asked();
    await q.answer(true);
    expect(deleted).to.deep.equal(['a']);
    // Rename asks for the new name in a field holding the current one.
    const renamed: { id: string; name: string }[] = [];
    el.addEventListener('bt-request-rename-version', (e) => renamed.push(e.detail));
    const rename = () =>
      el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Rename Mine"]')!.click();
    rename();
    q = await asked();
    expect([q.title, q.confirmLabel]).to.deep.equal([
      'Rename the version “Mine”',
      'Rename version',
    ]);
    expect((q.focused as HTMLInputElement).value).to.equal('Mine');
    await q.answer(false);
    expect(renamed, 'cancelled: no rename').to.deep.equal([]);
    rename();
    await (await asked()).answer('  Final ');
    expect(renamed).to.deep.equal([{ id: 'a', name: 'Final' }]);
    // Restore asks too (it can be undone: the focus starts on Restore version).
    const restored: string[] = [];
    el.addEventListener('bt-request-restore-version', (e) => restored.push(e.detail.id));
    const restore = () =>
      el
        .shadowRoot!.querySelector<HTMLButtonElement>(
          '[aria-label="Restore the document to Theirs"]',
        )!
        .click();
    restore();
    q = await asked();
    expect([q.title, q.confirmLabel]).to.deep.equal(['Restore “Theirs”?', 'Restore version']);
    expect(q.focused?.textContent?.trim()).to.equal('Restore version');
    await q.answer(false);
    expect(restored).to.deep.equal([]);
    restore();
    await (await asked()).answer(true);
    expect(restored).to.deep.equal(['b']);
    // A viewer's list: nothing to press.
    el.readOnly = true;
    await el.updateComplete;
    expect(labels()).to.deep.equal([]);
  });
});
