import { expect, fixture, html } from '@open-wc/testing';
import { VirtualRows } from '../../../src/ui/common/virtual-rows.js';

interface Item {
  id: string;
  lines: number;
}

const items = (n: number, lines = (i: number) => 1 + (i % 3)): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, lines: lines(i) }));

async function setup(n: number) {
  const scroller = await fixture<HTMLDivElement>(
    html`<div style="height:300px;overflow:auto;position:relative"><div></div></div>`,
  );
  const container = scroller.firstElementChild as HTMLElement;
  let created = 0;
  const list = new VirtualRows<Item, HTMLElement>({
    scroller,
    container,
    key: (x) => x.id,
    create: () => {
      created++;
      const el = document.createElement('div');
      el.append(document.createElement('textarea'));
      return el;
    },
    update: (el, x, i) => {
      el.dataset.id = x.id;
      el.style.height = `${x.lines * 20}px`;
      el.dataset.index = String(i);
    },
    overscan: 100,
  });
  list.setItems(items(n));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await frame();
  const shown = () =>
    [...container.children].filter((c) => c.hasAttribute('data-id')) as HTMLElement[];
  return { scroller, container, list, frame, shown, created: () => created };
}

describe('VirtualRows', () => {
  it('renders only the rows in view, in order, between spacers that add up', async () => {
    const { scroller, container, shown } = await setup(10_000);
    const rows = shown();
    expect(rows.length).to.be.within(8, 40);
    expect(rows.map((r) => r.dataset.index)).to.deep.equal(rows.map((_, i) => String(i)));
    // Rows are 20, 40, 60 px: 40 px on average, so the list is about 400,000 px high.
    expect(container.scrollHeight).to.be.within(340_000, 460_000);
    expect(scroller.scrollHeight).to.equal(container.scrollHeight);
  });

  it('shows the right rows after a jump far down, reusing elements', async () => {
    const { scroller, shown, frame, created } = await setup(10_000);
    const before = created();
    scroller.scrollTop = 200_000;
    await frame();
    await frame();
    const rows = shown();
    const top = scroller.getBoundingClientRect().top;
    // The row drawn at the top of the viewport is the one whose offset says so.
    const atTop = rows.find((r) => {
      const b = r.getBoundingClientRect();
      return b.top <= top && b.bottom > top;
    });
    expect(atTop, 'a row covers the top of the viewport').to.not.equal(undefined);
    const i = Number(atTop!.dataset.index);
    expect(i).to.be.within(4500, 5500);
    expect(atTop!.dataset.id).to.equal(`r${i}`);
    expect(created() - before, 'elements were recycled, not built').to.be.lessThan(5);
  });

  it('scrollToIndex renders the row at once and centres it', async () => {
    const { scroller, list } = await setup(20_000);
    const el = list.scrollToIndex(15_000)!;
    expect(el.dataset.id).to.equal('r15000');
    const s = scroller.getBoundingClientRect();
    const b = el.getBoundingClientRect();
    expect(b.top).to.be.greaterThan(s.top);
    expect(b.bottom).to.be.lessThan(s.bottom);
    expect(list.elementFor('r15000')).to.equal(el);
    expect(list.elementFor('r3')).to.equal(undefined);
  });

  it('scrollToIndex shows the last row in view when the rows there are taller than estimated', async () => {
    const { scroller, list } = await setup(5_000);
    list.setItems(items(5_000, (i) => (i >= 4_970 ? 12 : 1)));
    for (const i of [4_999, 4_985]) {
      const el = list.scrollToIndex(i)!;
      expect(el?.dataset.id, `row ${i} rendered`).to.equal(`r${i}`);
      const s = scroller.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      expect(b.top, `row ${i} top`).to.be.at.least(s.top - 1);
      expect(Math.min(b.bottom, s.bottom), `row ${i} in view`).to.be.greaterThan(s.top + 20);
    }
  });

  it('a row keeps its element while it stays in view, when the list changes', async () => {
    const { list, frame } = await setup(50);
    const el = list.elementFor('r2');
    const next = items(50);
    next.splice(0, 1);
    list.setItems(next);
    await frame();
    expect(list.elementFor('r2')).to.equal(el);
    expect(el!.dataset.index).to.equal('1');
    expect(list.elementFor('r0')).to.equal(undefined);
  });

  it('keeps the focus in a row that stays in view while others come and go', async () => {
    const { scroller, list, frame } = await setup(10_000);
    const ta = list.elementFor('r8')!.querySelector('textarea')!;
    ta.focus();
    for (const y of [60, 120, 40, 0]) {
      scroller.scrollTop = y;
      await frame();
      expect(list.elementFor('r0') === undefined || y < 100, `rows leave at ${y}`).to.equal(true);
      expect(document.activeElement, `focus after scrolling to ${y}`).to.equal(ta);
    }
  });

  it('gives the focus to the scroller before recycling the focused row', async () => {
    const { scroller, list, frame } = await setup(10_000);
    scroller.tabIndex = -1;
    const el = list.elementFor('r1')!;
    el.querySelector('textarea')!.focus();
    scroller.scrollTop = 100_000;
    await frame();
    await frame();
    expect(el.dataset.id === 'r1' && el.isConnected).to.equal(false);
    expect(document.activeElement).to.equal(scroller);
  });

  it('an empty list renders nothing', async () => {
    const { list, shown, frame, container } = await setup(5);
    list.setItems([]);
    await frame();
    expect(shown()).to.have.length(0);
    expect(container.scrollHeight).to.equal(0);
  });
});
