import '../../setup.js';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { initI18n, loadAllStrings, setLanguage } from '../../../src/i18n/index.js';
import { deleteWorkspace } from '../../../src/store/index.js';
import '../../../src/ui/shell/bt-app.js';
import type { BtApp } from '../../../src/ui/shell/bt-app.js';

describe('bt-app', () => {
  before(async () => {
    await initI18n('en');
    await loadAllStrings();
    await deleteWorkspace('bitext-workbench');
    localStorage.removeItem('bt.demoSeeded');
    history.replaceState(null, '', location.pathname + location.search);
  });
  after(async () => {
    await setLanguage('en');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens the demo project on a first visit and is accessible', async () => {
    const el = await fixture<BtApp>(html`<bt-app></bt-app>`);
    for (let i = 0; i < 100 && !location.hash.startsWith('#/p/'); i++) await aTimeout(20);
    expect(location.hash).to.match(/^#\/p\//);
    const editor = () =>
      el.shadowRoot!.querySelector('bt-grid-page')?.shadowRoot?.querySelector('bt-editor');
    for (let i = 0; i < 100 && !editor()?.shadowRoot?.querySelector('bt-segment-row'); i++)
      await aTimeout(20);
    expect(el.shadowRoot!.querySelector('h1')!.textContent).to.contain('Bitext Workbench');
    expect(el.shadowRoot!.querySelector('.project')!.textContent).to.contain('Open-source summit');
    expect(editor()!.segments.length).to.equal(15);
    await expect(el).to.be.accessible();
  });

  it('names Projects and Translation memories in the header away from a project', async () => {
    const before = location.hash;
    const el = await fixture<BtApp>(html`<bt-app></bt-app>`);
    const links = () =>
      [...el.shadowRoot!.querySelectorAll('header > a')].map((a) => [
        a.textContent!.trim(),
        a.getAttribute('href'),
        a.getAttribute('aria-current'),
      ]);
    const expected = (current: string) => [
      ['Projects', '#/', current === 'Projects' ? 'page' : 'false'],
      ['Translation memories', '#/tm', current === 'Translation memories' ? 'page' : 'false'],
    ];
    try {
      for (const [hash, current] of [
        ['#/tm', 'Translation memories'],
        ['#/', 'Projects'],
        ['#/new', ''],
      ] as const) {
        location.hash = hash;
        const want = JSON.stringify(expected(current));
        for (let i = 0; i < 150 && JSON.stringify(links()) !== want; i++) await aTimeout(20);
        expect(links(), hash).to.deep.equal(expected(current));
      }
    } finally {
      // The next test finds the demo project open.
      location.hash = before;
    }
  });

  it('gives the focus back to Share when the share dialog closes', async () => {
    const el = await fixture<BtApp>(html`<bt-app></bt-app>`);
    const shareButton = () =>
      [...el.shadowRoot!.querySelectorAll('header button')].find(
        (b) => b.textContent!.trim() === 'Share',
      ) as HTMLButtonElement | undefined;
    for (let i = 0; i < 150 && !shareButton(); i++) await aTimeout(20);
    const dialog = () =>
      el.shadowRoot!.querySelector('bt-share-dialog')?.shadowRoot?.querySelector('dialog');
    for (let round = 0; round < 2; round++) {
      shareButton()!.focus();
      shareButton()!.click();
      for (let i = 0; i < 150 && !dialog()?.open; i++) await aTimeout(20);
      expect(dialog()?.open, 'the dialog opens').to.equal(true);
      const cancel = [...dialog()!.querySelectorAll('button')].find(
        (b) => b.textContent!.trim() === 'Cancel',
      )!;
      cancel.click();
      for (let i = 0; i < 50 && dialog()?.open; i++) await aTimeout(20);
      expect(dialog()?.open ?? false, 'the dialog closes').to.equal(false);
      // Compared as a flag: a DOM element in a failed assertion's message crashes the runner.
      expect(
        el.shadowRoot!.activeElement === shareButton(),
        `focus on Share after closing, round ${round + 1}`,
      ).to.equal(true);
    }
  });
});
