import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { initI18n, loadAllStrings } from '../../../src/i18n/index.js';
import '../../../src/ui/grid/bt-segment-row.js';
import type { BtSegmentRow } from '../../../src/ui/grid/bt-segment-row.js';
import { rows } from '../fixtures.js';

describe('bt-segment-row', () => {
  before(() => initI18n('en').then(loadAllStrings));

  it('shows no link type where nothing was aligned (a source-only document)', async () => {
    const [s] = rows(1);
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row
        .segment=${{ ...s, target: '', link: { source: 1, target: 0 } }}
        .index=${1}
        .showLink=${false}
      ></bt-segment-row>`,
    );
    expect(el.shadowRoot!.querySelector('.link')).to.equal(null);
  });

  it('shows source, translation, status and link, with named cells', async () => {
    const [s] = rows(1);
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row
        role="row"
        .segment=${{ ...s, target: 'Hello', status: 'translated' }}
        .index=${12}
      ></bt-segment-row>`,
    );
    const root = el.shadowRoot!;
    const source = root.querySelector('.source [lang]')!;
    expect(source.textContent).to.equal(s.source);
    expect(source.getAttribute('lang')).to.equal('zh-Hans');
    expect(root.querySelector('.source')!.textContent!.trim()).to.equal(`Source 12${s.source}`);
    const ta = root.querySelector('textarea')!;
    expect(ta.value).to.equal('Hello');
    expect(ta.getAttribute('lang')).to.equal('en');
    expect(ta.getAttribute('aria-label')).to.equal('Translation 12');
    expect(root.querySelector('bt-status-badge')!.status).to.equal('translated');
    expect(root.querySelector('.link')!.textContent).to.equal('1-1');
    // A row is only valid inside a grid, as the editor renders it.
    const grid = document.createElement('div');
    grid.setAttribute('role', 'grid');
    grid.setAttribute('aria-label', 'grid');
    el.replaceWith(grid);
    grid.append(el);
    await expect(grid).to.be.accessible();
  });

  it('asks for an edit on every input', async () => {
    const [s] = rows(1);
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row .segment=${s} .index=${1}></bt-segment-row>`,
    );
    const ta = el.shadowRoot!.querySelector('textarea')!;
    ta.value = 'Open source';
    setTimeout(() => ta.dispatchEvent(new Event('input')));
    const ev = await oneEvent(el, 'bt-request-edit');
    expect(ev.detail).to.deep.equal({ id: s.id, field: 'target', value: 'Open source' });
  });

  it('renders markup in imported text as text, never as HTML', async () => {
    const [s] = rows(1);
    const evil = { ...s, source: '<img src=x onerror="window.__pwned=1">', target: '<b>bold</b>' };
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row .segment=${evil} .index=${1}></bt-segment-row>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.contain('<img');
  });

  it('shows inline codes of the source as inert numbered chips', async () => {
    const [s] = rows(1);
    const seg = {
      ...s,
      source: '点击\uE000粗体\uE001保存',
      codes: [
        { kind: 'open' as const, id: '1', tag: 'bpt', data: '<b onclick="x()">' },
        { kind: 'close' as const, id: '1', tag: 'ept', data: '</b>' },
      ],
    };
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row .segment=${seg} .index=${1}></bt-segment-row>`,
    );
    const source = el.shadowRoot!.querySelector('.source [lang]')!;
    const chips = [...source.querySelectorAll('.chip')];
    expect(chips.map((c) => c.textContent)).to.deep.equal(['⟨1', '1⟩']);
    expect(chips[0].getAttribute('title')).to.equal('<b onclick="x()">');
    expect(chips[0].getAttribute('aria-label')).to.equal('Inline code ⟨1: <b onclick="x()">');
    expect(source.querySelector('b')).to.equal(null);
    expect(source.textContent).to.equal('点击⟨1粗体1⟩保存');
  });

  it('shows inline codes in the translation field as labels and reads them back', async () => {
    const [s] = rows(1);
    const seg = {
      ...s,
      source: '点击\uE000保存\uE001',
      target: 'Click \uE000Save\uE001',
      codes: [
        { kind: 'open' as const, id: '1', tag: 'bpt', data: '<b>' },
        { kind: 'close' as const, id: '1', tag: 'ept', data: '</b>' },
      ],
    };
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row .segment=${seg} .index=${1}></bt-segment-row>`,
    );
    const ta = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.target')!;
    expect(ta.value).to.equal('Click ⟨1Save1⟩');
    expect(ta.title).to.contain('inline tags');
    // The translator moves the tags; the store gets the placeholders back.
    ta.value = '⟨1Save1⟩ now';
    setTimeout(() => ta.dispatchEvent(new Event('input')));
    const ev = await oneEvent(el, 'bt-request-edit');
    expect(ev.detail.value).to.equal('\uE000Save\uE001 now');
    // A split at the caret after "Save" counts each tag as one character.
    ta.focus();
    ta.setSelectionRange(6, 6);
    expect(el.caret()).to.deep.equal({ field: 'target', offset: 5 });
  });

  it('shows bidi controls and zero-width characters as markers, and keeps them on edit', async () => {
    const [s] = rows(1);
    const seg = { ...s, source: 'abc\u202Egpj.exe', target: 'pay\u200Bpal' };
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row .segment=${seg} .index=${1}></bt-segment-row>`,
    );
    const source = el.shadowRoot!.querySelector('.source [lang]')!;
    // No override reaches the page: the name reads in stored order with a visible label.
    expect(source.textContent).to.equal('abcRLOgpj.exe');
    const mark = source.querySelector('.hidden-char')!;
    expect(mark.getAttribute('title')).to.equal('Hidden character U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(mark.getBoundingClientRect().width).to.be.greaterThan(0);
    const ta = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.target')!;
    expect(ta.value).to.equal('pay⟦ZWSP⟧pal');
    // Typing on either side of the marker keeps the character itself in the stored text.
    const type = async (value: string) => {
      ta.value = value;
      setTimeout(() => ta.dispatchEvent(new Event('input')));
      const ev = await oneEvent(el, 'bt-request-edit');
      el.segment = { ...el.segment!, target: ev.detail.value };
      await el.updateComplete;
      return ev.detail.value;
    };
    expect(await type('pay⟦ZWSP⟧pal!')).to.equal('pay\u200Bpal!');
    expect(await type('Ppay⟦ZWSP⟧pal!')).to.equal('Ppay\u200Bpal!');
    expect(ta.value).to.equal('Ppay⟦ZWSP⟧pal!');
    ta.focus();
    ta.setSelectionRange(10, 10); // after the marker
    expect(el.caret()).to.deep.equal({ field: 'target', offset: 5 });
  });

  it('shows the marker in an editable source field too', async () => {
    const [s] = rows(1);
    const seg = { ...s, source: 'a\u2066b\u2069' };
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row .segment=${seg} .index=${1} .editSource=${true}></bt-segment-row>`,
    );
    const ta = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.source')!;
    expect(ta.value).to.equal('a⟦LRI⟧b⟦PDI⟧');
    ta.value = 'a⟦LRI⟧bc⟦PDI⟧';
    setTimeout(() => ta.dispatchEvent(new Event('input')));
    const ev = await oneEvent(el, 'bt-request-edit');
    expect(ev.detail).to.include({ field: 'source', value: 'a\u2066bc\u2069' });
  });

  it('says which tags of the source the translation lacks or repeats', async () => {
    const [s] = rows(1);
    const codes = [
      { kind: 'open' as const, id: '1', tag: 'bpt', data: '<b>' },
      { kind: 'close' as const, id: '1', tag: 'ept', data: '</b>' },
    ];
    const seg = { ...s, source: '点击\uE000保存\uE001', target: 'Click \uE000Save', codes };
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row .segment=${seg} .index=${1}></bt-segment-row>`,
    );
    const tags = () => [...el.shadowRoot!.querySelectorAll('.tags')].map((t) => t.textContent);
    expect(tags()).to.deep.equal(['Tags missing: 1⟩']);
    el.segment = { ...seg, target: 'Click \uE000Save\uE001 \uE001' };
    await el.updateComplete;
    expect(tags()).to.deep.equal(['Extra tags: 1⟩']);
    el.segment = { ...seg, target: '\uE000Click\uE001 Save' };
    await el.updateComplete;
    expect(tags()).to.deep.equal([]);
  });

  it('flags a low-confidence link', async () => {
    const [s] = rows(1);
    const el = await fixture<BtSegmentRow>(
      html`<bt-segment-row
        .segment=${{ ...s, confidence: 0.2, link: { source: 1, target: 2 } }}
      ></bt-segment-row>`,
    );
    const link = el.shadowRoot!.querySelector('.link')!;
    expect(link.hasAttribute('data-low')).to.equal(true);
    expect(link.textContent).to.equal('1-2');
  });
});
