// The entry browser of the Termbases list: what a user reads and presses, with a stand-in for
// the terms service's search (the real one is tested in tests/state/terms.test.ts).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement, html as litHtml } from 'lit';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { termsContext } from '../../../src/state/contexts.js';
import { entryRef, type TermsService } from '../../../src/state/terms.js';
import type { BrowsedEntry, TermbaseBrowse } from '../../../src/state/terms-browse.js';
import type { TermbaseMeta } from '../../../src/state/index.js';
import { openProject, useServices } from '../../state/helpers.js';
import '../../../src/ui/terms/bt-termbase-entries.js';
import '../../../src/ui/terms/bt-terms-panel.js';
import type { BtTermbaseEntries } from '../../../src/ui/terms/bt-termbase-entries.js';
import type { BtTermsPanel } from '../../../src/ui/terms/bt-terms-panel.js';

const TBX = `<?xml version="1.0"?><martif type="TBX"><text><body>
<termEntry id="a"><langSet xml:lang="zh-CN"><tig><term>开源</term></tig></langSet>
<langSet xml:lang="en"><tig><term>open source</term></tig></langSet></termEntry>
<termEntry id="b"><langSet xml:lang="zh-CN"><tig><term>开源峰会</term></tig></langSet>
<langSet xml:lang="en"><tig><term>Open Source Summit</term></tig></langSet></termEntry>
</body></text></martif>`;

const tb: TermbaseMeta = {
  id: 't1',
  name: '客户',
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  createdAt: 0,
  updatedAt: 0,
  entryCount: 12345,
};

const entry = (id: string, zh: string, en: string[], note?: string): BrowsedEntry => ({
  ref: entryRef('t1', id),
  source: [{ text: zh, status: 'preferred' }],
  target: en.map((text, i) => ({ text, status: i === 1 ? 'forbidden' : 'preferred' })),
  note,
});

/**
 * The service's search as the dialog sees it: 12,345 entries, of which the first listed are
 * 开源 (with a forbidden variant) and then fillers; a query keeps the entries holding it.
 */
class Search {
  queries: string[] = [];
  ended = 0;
  first = entry('a', '开源', ['open source', 'free software'], 'the client’s usage');
  browse = async (termbaseId: string, query: string, limit = 200) => {
    this.queries.push(query);
    const all = [
      this.first,
      entry('b', '开源峰会', ['Open Source Summit']),
      ...Array.from({ length: 12343 }, (_, i) => entry(`f${i}`, `词${i}`, [`word ${i}`])),
    ];
    const q = query.trim().toLowerCase();
    const hits = all.filter((e) =>
      [...e.source, ...e.target].some((t) => t.text.toLowerCase().includes(q)),
    );
    const r: TermbaseBrowse = {
      termbaseId,
      query,
      total: hits.length,
      shown: hits.slice(0, limit),
      sourceLang: 'zh-Hans',
      targetLang: 'en',
    };
    return r;
  };
  endBrowse = () => {
    this.ended++;
  };
}
/** What the dialog may use of the service: the stand-in has exactly that. */
const asService = (s: Search): Pick<TermsService, 'browse' | 'endBrowse'> => s;

const status = (el: BtTermbaseEntries) =>
  el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
const rows = (el: BtTermbaseEntries) => [...el.shadowRoot!.querySelectorAll('tbody tr')];

/** Types into the search box as a user does, and waits for the list to answer. */
async function type(el: BtTermbaseEntries, text: string, answered: () => boolean) {
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitUntil(answered, `no answer to “${text}”: ${status(el)}`);
}

class Host extends LitElement {
  override render() {
    return litHtml`<slot></slot>`;
  }
}
customElements.define('bt-test-terms-host', Host);

describe('bt-termbase-entries', () => {
  before(() => initI18n('en').then(loadAllStrings));
  const open = useServices();

  it('lists the first 200 entries of 12,345, says so, and narrows them as the user types', async () => {
    const s = new Search();
    const el = await fixture<BtTermbaseEntries>(
      html`<bt-termbase-entries open .termbase=${tb} .terms=${asService(s)}></bt-termbase-entries>`,
    );
    await waitUntil(() => rows(el).length > 0, 'the list never came');
    const root = el.shadowRoot!;
    expect(root.querySelector('dialog')!.open).to.equal(true);
    expect(root.querySelector('h2')!.textContent).to.equal('Entries of “客户”');
    const input = root.querySelector('input')!;
    expect(input.closest('label')!.textContent!.trim()).to.equal('Search terms');
    expect(root.activeElement).to.equal(input);
    // Never all of them: 200 (drawn a frame at a time), and a line saying how many there are.
    await waitUntil(() => rows(el).length === 200, `${rows(el).length} rows`);
    await new Promise((r) => requestAnimationFrame(r));
    expect(rows(el)).to.have.length(200);
    expect(status(el)).to.equal('Showing 200 of 12,345 entries — search to narrow');
    expect([...root.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Chinese',
      'English',
      'Note',
      'Edit',
    ]);
    // An entry's terms in each language, the forbidden one struck through and said so.
    const first = rows(el)[0]!;
    expect(first.querySelector('td.source')!.textContent!.trim()).to.equal('开源');
    expect(first.querySelector('td.source [lang]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(first.querySelector('td.target del')!.textContent).to.equal('free software');
    expect(first.querySelector('td.target')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'open source free software (do not use)',
    );
    expect(first.querySelector('td.note')!.textContent).to.equal('the client’s usage');
    await expect(el).to.be.accessible();

    await type(el, 'SOURCE', () => status(el) === '2 entries hold “SOURCE”');
    expect(rows(el).map((r) => r.querySelector('td.source')!.textContent!.trim())).to.deep.equal([
      '开源',
      '开源峰会',
    ]);
    await type(el, '峰会', () => status(el) === '1 entry holds “峰会”');
    // word 1, word 10…19, 100…199, 1000…1999, 10000…12342.
    await type(
      el,
      'word 1',
      () => status(el) === 'Showing 200 of 3,454 entries holding “word 1” — type more to narrow',
    );
    await type(el, 'nothing like it', () => status(el) === 'No entry holds “nothing like it”.');
    expect(rows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('waits for a pause in typing, and for the characters an IME composes', async () => {
    const s = new Search();
    const el = await fixture<BtTermbaseEntries>(
      html`<bt-termbase-entries open .termbase=${tb} .terms=${asService(s)}></bt-termbase-entries>`,
    );
    await waitUntil(() => s.queries.length === 1);
    const input = el.shadowRoot!.querySelector('input')!;
    for (const [value, isComposing] of [
      ['k', true],
      ['kai', true],
      ['开', false],
      ['开源', false],
    ] as const) {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { isComposing }));
    }
    await waitUntil(() => status(el) === '2 entries hold “开源”');
    expect(s.queries).to.deep.equal(['', '开源']);
    // Chrome's last input of a composition still says composing: its end searches.
    input.value = '峰会';
    input.dispatchEvent(new InputEvent('input', { isComposing: true }));
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '峰会' }));
    await waitUntil(() => status(el) === '1 entry holds “峰会”');
  });

  it('Edit asks for the form on that entry; the list follows a save; Close lets the entries go', async () => {
    const s = new Search();
    const el = await fixture<BtTermbaseEntries>(
      html`<bt-termbase-entries open .termbase=${tb} .terms=${asService(s)}></bt-termbase-entries>`,
    );
    await waitUntil(() => rows(el).length > 0);
    const edit = rows(el)[0]!.querySelector('button')!;
    expect([edit.getAttribute('aria-label'), edit.textContent!.trim()]).to.deep.equal([
      'Edit the entry “开源”',
      'Edit',
    ]);
    setTimeout(() => edit.click());
    const ev = await oneEvent(el, 'bt-request-open-edit-term');
    expect(ev.detail).to.deep.equal({ ref: entryRef('t1', 'a') });
    expect([ev.bubbles, ev.composed]).to.deep.equal([true, true]);
    // The dialog stays: a saved form re-reads the termbases, and the list shows the new text.
    expect(el.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    s.first = entry('a', '开源', ['Open Source']);
    el.termbase = { ...tb, updatedAt: 1 };
    await waitUntil(
      () => rows(el)[0]!.querySelector('td.target')!.textContent!.trim() === 'Open Source',
    );
    setTimeout(() =>
      [...el.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent!.trim() === 'Close')!
        .click(),
    );
    await oneEvent(el, 'bt-request-close');
    el.remove();
    expect(s.ended).to.equal(1);
  });

  it('keeps the keyboard on the Edit it was on, or puts it in the search box when that entry goes', async () => {
    const s = new Search();
    const el = await fixture<BtTermbaseEntries>(
      html`<bt-termbase-entries open .termbase=${tb} .terms=${asService(s)}></bt-termbase-entries>`,
    );
    await type(el, 'open source', () => rows(el).length === 2);
    const root = el.shadowRoot!;
    // The form saved a new text for the second entry: still found, its Edit keeps the keyboard.
    const edit = () => rows(el)[1]!.querySelector('button')!;
    const kept = edit();
    kept.focus();
    el.termbase = { ...tb, updatedAt: 1 };
    await waitUntil(() => s.queries.length === 3);
    await el.updateComplete;
    expect(root.activeElement).to.equal(kept);
    // Now it no longer holds the query: the keyboard goes to the search box, not to nowhere.
    s.first = entry('a', '开源', ['free and open-source']);
    const gone = rows(el)[0]!.querySelector('button')!;
    gone.focus();
    el.termbase = { ...tb, updatedAt: 2 };
    await waitUntil(() => rows(el).length === 1);
    await el.updateComplete;
    expect(root.activeElement).to.equal(root.querySelector('input'));
  });

  it('speaks Chinese', async () => {
    await initI18n('zh-CN');
    await loadAllStrings();
    try {
      const el = await fixture<BtTermbaseEntries>(
        html`<bt-termbase-entries
          open
          .termbase=${tb}
          .terms=${asService(new Search())}
        ></bt-termbase-entries>`,
      );
      await waitUntil(() => rows(el).length > 0);
      const root = el.shadowRoot!;
      expect(root.querySelector('h2')!.textContent).to.equal('术语库“客户”的词条');
      expect(root.querySelector('label')!.textContent!.trim()).to.equal('搜索术语');
      expect(status(el)).to.equal('共 12,345 条词条，显示前 200 条——请搜索以缩小范围');
      expect(rows(el)[0]!.querySelector('button')!.getAttribute('aria-label')).to.equal(
        '编辑词条“开源”',
      );
      await type(el, '开源', () => status(el) === '2 条词条含有“开源”');
      await expect(el).to.be.accessible();
    } finally {
      await initI18n('en');
      await loadAllStrings();
    }
  });

  it('opens from the Termbases list on the real service, and its Edit reaches the Terms tab’s listener', async () => {
    const s = await open();
    await openProject(s, [{ source: '开源峰会', target: '' }]);
    await s.terms.importFile('client.tbx', new Blob([TBX]));
    const host = await fixture<Host>(html`<bt-test-terms-host></bt-test-terms-host>`);
    new ContextProvider(host, { context: termsContext, initialValue: s.terms });
    // As the page renders it: the panel holds the list, the list the dialog, each in its shadow.
    const panel = document.createElement('bt-terms-panel') as BtTermsPanel;
    panel.termbases = s.terms.state.termbases;
    panel.read = s.terms.state.read;
    host.append(panel);
    await panel.updateComplete;
    const manager = panel.shadowRoot!.querySelector('bt-termbase-manager')!;
    await manager.updateComplete;
    const browse = manager.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-label="Browse the entries of “client”"]',
    )!;
    expect(browse.textContent!.trim()).to.equal('Entries…');
    await expect(manager).to.be.accessible();
    browse.click();
    await waitUntil(() => manager.shadowRoot!.querySelector('bt-termbase-entries'));
    const el = manager.shadowRoot!.querySelector('bt-termbase-entries')!;
    await waitUntil(() => rows(el).length === 2, 'the service in context answered');
    expect(status(el)).to.equal('All 2 entries');
    await type(el, 'summit', () => status(el) === '1 entry holds “summit”');
    const id = s.terms.state.termbases[0]!.id;
    setTimeout(() => rows(el)[0]!.querySelector('button')!.click());
    const ev = await oneEvent(panel, 'bt-request-open-edit-term');
    expect(ev.detail).to.deep.equal({ ref: entryRef(id, 'b') });
    // Saved as the form saves it: the termbases are read again, the list shows the new text.
    const edit = await s.terms.entryToEdit(ev.detail.ref);
    await s.terms.editEntry(ev.detail.ref, { ...edit!.form, target: 'OS Summit' });
    panel.termbases = s.terms.state.termbases;
    await waitUntil(
      () => rows(el)[0]?.querySelector('td.target')!.textContent!.trim() === 'OS Summit',
      'the list shows the saved text',
    );
    // Its close is the list's own: it does not bubble on to the page.
    let heard = false;
    panel.addEventListener('bt-request-close', () => (heard = true));
    el.shadowRoot!.querySelector('dialog')!.close();
    await waitUntil(() => !manager.shadowRoot!.querySelector('bt-termbase-entries'));
    expect(heard).to.equal(false);
  });
});
