import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { asked } from '../ask.js';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import { TermIndex, type TermEntry } from '../../../src/core/terms/index.js';
import '../../../src/ui/grid/bt-segment-row.js';
import '../../../src/ui/terms/bt-terms-panel.js';
import '../../../src/ui/terms/bt-termbase-manager.js';
import '../../../src/ui/terms/bt-add-term-dialog.js';
import type { BtSegmentRow } from '../../../src/ui/grid/bt-segment-row.js';
import type { BtTermsPanel } from '../../../src/ui/terms/bt-terms-panel.js';
import type { BtTermbaseManager } from '../../../src/ui/terms/bt-termbase-manager.js';
import type { BtAddTermDialog } from '../../../src/ui/terms/bt-add-term-dialog.js';
import { isAddTerm, termNumber } from '../../../src/ui/terms/terms-controller.js';
import { insertable } from '../../../src/ui/terms/numbering.js';
import { numberSuggestions } from '../../../src/core/numbers/render.js';
import { rows } from '../fixtures.js';

const TB: TermEntry[] = [
  {
    id: 'a',
    terms: {
      'zh-Hans': [{ text: '开源', status: 'preferred' }],
      en: [
        { text: 'open source', status: 'preferred', pos: 'noun', note: 'the client’s usage' },
        { text: 'free software', status: 'forbidden' },
      ],
    },
  },
  {
    id: 'b',
    terms: {
      'zh-Hans': [{ text: '开源峰会', status: 'preferred' }],
      en: [
        { text: 'open-source summit', status: 'preferred' },
        { text: 'OSS summit', status: 'admitted' },
      ],
    },
  },
  {
    id: 'c',
    terms: {
      'zh-Hans': [{ text: '杭州', status: 'preferred' }],
      en: [{ text: 'Hangzhou', status: 'preferred' }],
    },
  },
];
const index = new TermIndex('zh-Hans', 'en', TB);
const termbases = [
  {
    id: 't1',
    name: '客户',
    sourceLang: 'zh-Hans',
    targetLang: 'en',
    createdAt: 0,
    updatedAt: 0,
    entryCount: 3,
  },
];

describe('terms in the grid', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('underlines the terms of the active row, longest first, and types an insertion like the user', async () => {
    const [s] = rows(1);
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row
        .segment=${s}
        role="row"
        .index=${1}
        active
        .terms=${index.find(s!.source)}
      ></bt-segment-row>`,
    );
    const terms = [...el.shadowRoot!.querySelectorAll('[role="term"]')].map((x) => x.textContent);
    expect(terms).to.deep.equal(['开源峰会', '杭州']);
    expect(el.shadowRoot!.querySelector('.source [lang]')!.textContent).to.equal(s!.source);
    const ta = el.shadowRoot!.querySelector('textarea')!;
    ta.value = 'The  opened.';
    ta.setSelectionRange(4, 4);
    setTimeout(() => el.insertInTarget('open-source summit'));
    const ev = await oneEvent(el, 'bt-request-edit');
    expect(ev.detail).to.deep.equal({
      id: s!.id,
      field: 'target',
      value: 'The open-source summit opened.',
    });
    // A row is only valid inside a grid, as the editor renders it.
    const grid = document.createElement('div');
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-label', 'grid');
    el.replaceWith(grid);
    grid.append(el);
    await expect(grid).to.be.accessible();
  });

  it('lists the hits with numbered insert buttons, forbidden terms marked and never offered', async () => {
    const hits = index.find('开源峰会与开源');
    const el = await fixture<BtTermsPanel>(
      html`<bt-terms-panel
        .hits=${hits}
        .row=${3}
        .read=${['t1']}
        .termbases=${termbases}
      ></bt-terms-panel>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('ol')!.getAttribute('aria-label')).to.equal('Terms of row 3');
    const buttons = [...root.querySelectorAll('ol .targets button')].map((b) =>
      b.getAttribute('title'),
    );
    expect(buttons).to.deep.equal([
      'Insert “open-source summit” (Ctrl+Alt+1)',
      'Insert “OSS summit” (Ctrl+Alt+2)',
      'Insert “open source” (Ctrl+Alt+3)',
    ]);
    expect(root.querySelector('.forbidden')!.textContent).to.match(
      /free software\s*\(do not use\)/,
    );
    // A term's part of speech and note are shown beside it, outside its button's name.
    expect(root.textContent).to.match(/open source\s*Ctrl\+Alt\+3\s*noun; the client’s usage/);
    setTimeout(() => (root.querySelectorAll('ol .targets button')[2] as HTMLButtonElement).click());
    const ev = await oneEvent(el, 'bt-request-insert-term');
    expect(ev.detail).to.deep.equal({ text: 'open source' });
    await expect(el).to.be.accessible();
  });

  it('lists the row’s numbers in the target language after its terms, numbered on from them', async () => {
    const source = '开源峰会收入达1.2亿元';
    const hits = index.find(source);
    const numbers = numberSuggestions(source, false);
    expect(insertable(hits, numbers)).to.deep.equal([
      'open-source summit',
      'OSS summit',
      '120 million',
      '120,000,000',
    ]);
    const el = await fixture<BtTermsPanel>(
      html`<bt-terms-panel
        .hits=${hits}
        .numbers=${numbers}
        .row=${4}
        .read=${['t1']}
        .termbases=${termbases}
      ></bt-terms-panel>`,
    );
    const root = el.shadowRoot!;
    const list = root.querySelector(
      'ol[aria-label="Numbers and dates of row 4 in the target language"]',
    )!;
    expect(list.textContent).to.contain('1.2亿');
    expect([...list.querySelectorAll('button')].map((b) => b.getAttribute('title'))).to.deep.equal([
      'Insert “120 million” (Ctrl+Alt+3)',
      'Insert “120,000,000” (Ctrl+Alt+4)',
    ]);
    setTimeout(() => list.querySelector('button')!.click());
    const ev = await oneEvent(el, 'bt-request-insert-term');
    expect(ev.detail).to.deep.equal({ text: '120 million' });
    await expect(el).to.be.accessible();
    // Numbers need no termbase.
    el.read = [];
    await el.updateComplete;
    expect(root.textContent).to.contain('No termbase is read by this project yet');
    expect(root.querySelector('ol[aria-label^="Numbers and dates"]')).to.not.equal(null);
  });

  it('says when no termbase is read, and when a row has no term', async () => {
    const el = await fixture<BtTermsPanel>(html`<bt-terms-panel .row=${2}></bt-terms-panel>`);
    expect(el.shadowRoot!.textContent).to.contain('No termbase is read by this project yet');
    el.read = ['t1'];
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('No termbase term in row 2.');
  });

  it('manages termbases: read, write, export, and import with progress', async () => {
    const el = await fixture<BtTermbaseManager>(
      html`<bt-termbase-manager
        .termbases=${termbases}
        .read=${[]}
        .importing=${{ status: 'running', progress: 0.4 }}
      ></bt-termbase-manager>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('progress')!.value).to.equal(0.4);
    // What a user reads: how far the import is, and the pair in words, not language tags.
    const text = root.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('40 %');
    expect(text).to.contain('3 entries · Chinese ↔ English');
    expect(text).to.contain('Export: TBX TSV CSV');
    el.termbases = [{ ...termbases[0], entryCount: 30000 }];
    await el.updateComplete;
    expect(root.textContent).to.contain('30,000 entries');
    // Only a team project's shared termbase says that what changes in it changes for everyone.
    expect(root.textContent).to.not.contain('Shared with the team');
    el.termbases = [{ ...termbases[0], entryCount: 30000, team: 'p1' }];
    await el.updateComplete;
    expect(root.textContent).to.contain('Shared with the team: a term added, changed or deleted');
    // Deleting it says that only this device's copy goes.
    root.querySelector<HTMLButtonElement>('button[aria-label="Delete “客户”"]')!.click();
    const team = await asked();
    expect(team.message).to.contain('only this device’s copy is deleted');
    await team.answer(false);
    el.termbases = [{ ...termbases[0], entryCount: 30000 }];
    await el.updateComplete;
    const read = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(read.getAttribute('aria-label')).to.equal('Read “客户”');
    setTimeout(() => read.click());
    expect((await oneEvent(el, 'bt-request-choose-termbases')).detail).to.deep.equal({
      read: ['t1'],
      write: undefined,
    });
    const tbx = root.querySelector<HTMLButtonElement>('button[aria-label="Export “客户” as TBX"]')!;
    setTimeout(() => tbx.click());
    expect((await oneEvent(el, 'bt-request-export-termbase')).detail).to.deep.equal({
      id: 't1',
      format: 'tbx',
    });
    await expect(el).to.be.accessible();
    // Delete asks first, in the app's own dialog.
    let deleted = false;
    el.addEventListener('bt-request-delete-termbase', () => (deleted = true), { once: true });
    const del = root.querySelector<HTMLButtonElement>('button[aria-label="Delete “客户”"]')!;
    del.click();
    const q = await asked();
    expect([q.title, q.confirmLabel]).to.deep.equal([
      'Delete the termbase “客户”?',
      'Delete termbase',
    ]);
    await q.answer(false);
    expect(deleted).to.equal(false);
    del.click();
    setTimeout(() => void asked().then((q) => q.answer(true)));
    expect((await oneEvent(el, 'bt-request-delete-termbase')).detail).to.deep.equal({ id: 't1' });
  });

  it('says how many duplicates an import merged, in the right number, and only when some were', async () => {
    const { t } = await import('../../../src/i18n/index.js');
    const name = 'client';
    expect(t('terms.imported', { name, count: 1 })).to.equal('Termbase “client” imported: 1 entry');
    expect(t('terms.importedMerged', { name, count: 4, merged: 1 })).to.equal(
      'Termbase “client” imported: 4 entries (1 duplicate merged)',
    );
    expect(t('terms.imported', { name, count: 30000 })).to.equal(
      'Termbase “client” imported: 30,000 entries',
    );
    expect(t('terms.importedMerged', { name, count: 4, merged: 2 })).to.equal(
      'Termbase “client” imported: 4 entries (2 duplicates merged)',
    );
  });

  it('Add term: a form prefilled with both selections', async () => {
    const el = await fixture<BtAddTermDialog>(
      html`<bt-add-term-dialog
        open
        source="峰会"
        target="summit"
        writeName="客户"
      ></bt-add-term-dialog>`,
    );
    const root = el.shadowRoot!;
    const source = root.querySelector<HTMLInputElement>('input[name=source]')!;
    expect(source.value).to.equal('峰会');
    expect(root.querySelector<HTMLInputElement>('input[name=target]')!.value).to.equal('summit');
    expect(root.textContent).to.contain('Goes to termbase “客户”.');
    setTimeout(() => root.querySelector<HTMLButtonElement>('button[type=submit]')!.click());
    expect((await oneEvent(el, 'bt-request-add-term')).detail).to.deep.equal({
      source: '峰会',
      target: 'summit',
      note: '',
      forbidden: false,
    });
    await expect(el).to.be.accessible();
  });

  it('offers Edit on each entry of a hit, named by its term', async () => {
    // Two entries share 开源 (two termbases, or a duplicate): each gets its own Edit.
    const two = new TermIndex('zh-Hans', 'en', [
      ...TB,
      { id: 'd', terms: { 'zh-Hans': [{ text: '开源', status: 'preferred' }] } },
    ]);
    const el = await fixture<BtTermsPanel>(
      html`<bt-terms-panel
        .hits=${two.find('开源峰会与开源')}
        .row=${3}
        .read=${['t1']}
        .termbases=${termbases}
      ></bt-terms-panel>`,
    );
    const root = el.shadowRoot!;
    const edits = [...root.querySelectorAll<HTMLButtonElement>('button.edit')];
    expect(edits.map((b) => [b.getAttribute('aria-label'), b.textContent!.trim()])).to.deep.equal([
      ['Edit the entry “开源峰会”', 'Edit'],
      ['Edit 1 of 2 entries for “开源”', 'Edit 1'],
      ['Edit 2 of 2 entries for “开源”', 'Edit 2'],
    ]);
    setTimeout(() => edits[2]!.click());
    expect((await oneEvent(el, 'bt-request-open-edit-term')).detail).to.deep.equal({ ref: 'd' });
    await expect(el).to.be.accessible();
  });

  it('Edit: the form shows the entry, saves it, and deletes it only when confirmed', async () => {
    const el = await fixture<BtAddTermDialog>(
      html`<bt-add-term-dialog
        open
        source="开源"
        target="free software"
        .entry=${{ termbaseName: '客户', note: 'licences', forbidden: true, hidden: 2 }}
      ></bt-add-term-dialog>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Edit term entry');
    expect(root.querySelector<HTMLInputElement>('input[name=note]')!.value).to.equal('licences');
    expect(root.querySelector<HTMLInputElement>('input[name=forbidden]')!.checked).to.equal(true);
    expect(root.textContent).to.contain('In termbase “客户”.');
    expect(root.textContent).to.contain('2 more terms of this entry');
    const target = root.querySelector<HTMLInputElement>('input[name=target]')!;
    target.value = 'open source';
    root.querySelector<HTMLInputElement>('input[name=forbidden]')!.click();
    const submit = root.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(submit.textContent!.trim()).to.equal('Save');
    let added = false;
    el.addEventListener('bt-request-add-term', () => (added = true));
    setTimeout(() => submit.click());
    expect((await oneEvent(el, 'bt-request-edit-term')).detail).to.deep.equal({
      source: '开源',
      target: 'open source',
      note: 'licences',
      forbidden: false,
    });
    expect(added, 'an edit is not an addition').to.equal(false);
    await expect(el).to.be.accessible();

    // Delete asks first; Cancel deletes nothing.
    let deleted = 0;
    el.addEventListener('bt-request-delete-term', () => deleted++);
    const del = [...root.querySelectorAll('button')].find((b) =>
      b.textContent!.includes('Delete'),
    )!;
    del.click();
    let q = await asked();
    expect(q.title).to.equal('Delete the term entry “开源”?');
    expect(q.message).to.contain('“客户”');
    await q.answer(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(deleted).to.equal(0);
    del.click();
    q = await asked();
    expect(q.confirmLabel).to.equal('Delete entry');
    const closed = oneEvent(el, 'bt-request-close');
    await q.answer(true);
    await closed;
    expect(deleted).to.equal(1);
  });

  it('reads Ctrl+Alt+1…9 by key position and Ctrl+E', () => {
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);
    expect(termNumber(key({ ctrlKey: true, altKey: true, code: 'Digit3', key: '£' }))).to.equal(3);
    expect(termNumber(key({ ctrlKey: true, altKey: true, code: 'Numpad9', key: '9' }))).to.equal(9);
    expect(termNumber(key({ ctrlKey: true, code: 'Digit3', key: '3' }))).to.equal(undefined);
    expect(termNumber(key({ ctrlKey: true, altKey: true, code: 'Digit0', key: '0' }))).to.equal(
      undefined,
    );
    expect(isAddTerm(key({ ctrlKey: true, key: 'e' }))).to.equal(true);
    expect(isAddTerm(key({ ctrlKey: true, shiftKey: true, key: 'E' }))).to.equal(false);
  });
});
