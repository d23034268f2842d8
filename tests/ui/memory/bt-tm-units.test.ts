import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import type { TmUnitSearch } from '../../../src/state/index.js';
import '../../../src/ui/memory/bt-tm-units.js';
import type { BtTmUnits } from '../../../src/ui/memory/bt-tm-units.js';

const tm = {
  id: 't1',
  name: '去年',
  sourceLang: 'zh-Hans',
  targetLang: 'en',
  createdAt: 0,
  changedAt: 0,
  size: 3,
} as const;
const u = (id: string, source: string, target: string) => ({
  id,
  source,
  target,
  author: '李',
  createdAt: 0,
  changedAt: Date.UTC(2025, 0, 2),
});
const search: TmUnitSearch = {
  tm: 't1',
  phrase: '图书馆',
  more: false,
  hits: [
    { unit: u('a', '新图书馆周一开放。', 'The new library opens.'), source: [[1, 4]], target: [] },
    { unit: u('b', '图书馆明天关闭。', 'The library is closed.'), source: [[0, 3]], target: [] },
  ],
};

const deep = () => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

describe('bt-tm-units', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`lists the units found, the phrase marked (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const el = await fixture<BtTmUnits>(
        html`<bt-tm-units .tm=${tm} .search=${search}></bt-tm-units>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('[role=status]')!.textContent).to.equal(
        lang === 'en' ? '2 units hold “图书馆”.' : '2 个单元包含“图书馆”。',
      );
      expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal([
        '图书馆',
        '图书馆',
      ]);
      await expect(el).to.be.accessible();
    });
  }

  it('edits a unit and keeps the keyboard on its Edit; a delete moves it to the next unit', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await fixture<BtTmUnits>(
      html`<bt-tm-units .tm=${tm} .search=${search}></bt-tm-units>`,
    );
    const root = el.shadowRoot!;
    const edit = root.querySelector<HTMLButtonElement>('button[aria-label="Edit unit 1"]')!;
    edit.click();
    await el.updateComplete;
    await el.updateComplete;
    const source = root.querySelector<HTMLTextAreaElement>(
      'textarea[aria-label="Source of unit 1"]',
    )!;
    expect(deep() === source, 'the source field has the keyboard').to.equal(true);
    const target = root.querySelector<HTMLTextAreaElement>(
      'textarea[aria-label="Translation of unit 1"]',
    )!;
    target.value = 'The new library opens on Monday.';
    setTimeout(() => root.querySelector<HTMLButtonElement>('button.save')!.click());
    const saved = await oneEvent(el, 'bt-request-tm-unit-save');
    expect(saved.detail.source).to.equal('新图书馆周一开放。');
    expect(saved.detail.target).to.equal('The new library opens on Monday.');
    // The page answers with the list searched again.
    const edited = {
      ...search.hits[0]!,
      unit: { ...search.hits[0]!.unit, target: saved.detail.target },
    };
    el.search = { ...search, hits: [edited, search.hits[1]!] };
    await el.updateComplete;
    const again = root.querySelector('button[aria-label="Edit unit 1"]');
    expect(deep() === again, 'Edit of unit 1 has the keyboard').to.equal(true);

    const del = root.querySelector<HTMLButtonElement>('button[aria-label="Delete unit 1"]')!;
    setTimeout(() => del.click());
    expect((await oneEvent(el, 'bt-request-tm-unit-delete')).detail.unit.id).to.equal('a');
    el.search = { ...search, hits: [search.hits[1]!] };
    await el.updateComplete;
    const next = root.querySelector('li[data-id="b"] button.delete');
    expect(deep() === next, 'the next unit has the keyboard').to.equal(true);
  });

  for (const lang of ['en', 'zh-CN'] as const)
    it(`cancels an edit with Escape, and refuses an emptied translation out loud (${lang})`, async () => {
      await initI18n(lang);
      await loadAllStrings();
      const el = await fixture<BtTmUnits>(
        html`<bt-tm-units .tm=${tm} .search=${search}></bt-tm-units>`,
      );
      const root = el.shadowRoot!;
      const edit = () => root.querySelector<HTMLButtonElement>('li[data-id="a"] button.edit')!;
      const target = () =>
        root.querySelector<HTMLTextAreaElement>('li[data-id="a"] textarea + textarea')!;
      let saved = 0;
      el.addEventListener('bt-request-tm-unit-save', () => saved++);
      edit().click();
      await el.updateComplete;
      target().value = 'Changed.';
      target().focus();
      target().dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
      await el.updateComplete;
      expect(root.querySelector('textarea')).to.equal(null);
      expect(deep() === edit(), 'Edit has the keyboard again').to.equal(true);

      edit().click();
      await el.updateComplete;
      target().value = '  ';
      root.querySelector<HTMLButtonElement>('button.save')!.click();
      await el.updateComplete;
      // Still editing, the field marked and named as the reason, the keyboard in it.
      expect(target()).to.not.equal(null);
      expect(target().getAttribute('aria-invalid')).to.equal('true');
      const why = root.querySelector('[role=alert]')!;
      expect(why.textContent!.trim()).to.equal(
        lang === 'en'
          ? 'A unit needs a translation: type it, or Cancel (Esc) to keep the unit as it was. To remove the unit, use its Delete.'
          : '单元必须有译文：请输入译文，或按“取消”（Esc）保留原样。要去掉此单元，请用它的“删除”。',
      );
      expect(target().getAttribute('aria-describedby')).to.equal(why.id);
      expect(deep() === target(), 'the empty field has the keyboard').to.equal(true);
      await expect(el).to.be.accessible();
      expect(saved).to.equal(0);
      // Typing clears the word; a translation saves.
      target().value = 'The new library opens.!';
      target().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(root.querySelector('[role=alert]')).to.equal(null);
      root.querySelector<HTMLButtonElement>('button.save')!.click();
      expect(saved).to.equal(1);
    });

  it('offers Show 100 more when there are more units, asking for the same search', async () => {
    await initI18n('en');
    await loadAllStrings();
    const el = await fixture<BtTmUnits>(
      html`<bt-tm-units .tm=${tm} .search=${{ ...search, phrase: '', more: true }}></bt-tm-units>`,
    );
    const more = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Show 100 more',
    )!;
    setTimeout(() => more.click());
    const ev = await oneEvent(el, 'bt-request-tm-units-search');
    expect(ev.detail).to.deep.equal({ phrase: '', max: 102 });
    el.search = search; // all shown
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button.more')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
