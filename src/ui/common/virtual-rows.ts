// A virtual list for long lists of rows (the translation grid, the review list): only the rows in
// and near the viewport exist, between two spacers standing in for the rest, in normal document
// flow (so a row that grows while being typed in pushes the ones below it without any measuring,
// and the browser's scroll anchoring keeps the view steady when estimated heights above it are
// replaced by real ones).
//
// Row elements are recycled: a row that stays in view keeps its element; elements of rows that
// left are given to rows that arrive, so a fast scroll updates properties instead of building
// elements. (@lit-labs/virtualizer, used before, cost 50–100 ms frames scrolling 10,000 rows.)
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HeightIndex } from './height-index.js';

export interface VirtualRowsOptions<T, E extends HTMLElement> {
  /** The scrolling element; the container must be its only content. */
  scroller: HTMLElement;
  container: HTMLElement;
  key: (item: T) => string;
  create: () => E;
  /** Shows `item` (at `index` of the list) in `el`; called for every rendered row on each pass. */
  update: (el: E, item: T, index: number) => void;
  /** Pixels rendered above and below the viewport. */
  overscan?: number;
  /** Height assumed for rows not yet measured, until real rows are measured. */
  estimate?: number;
}

export class VirtualRows<T, E extends HTMLElement> {
  private items: readonly T[] = [];
  private keys: string[] = [];
  private index: HeightIndex;
  /** Measured heights by key, kept across item changes (filters, merges). */
  private readonly heights = new Map<string, number>();
  private readonly byKey = new Map<string, E>();
  private readonly pool: E[] = [];
  private readonly top = document.createElement('div');
  private readonly bottom = document.createElement('div');
  private first = 0;
  private last = -1;
  private frame = 0;
  private estimated = false;
  private readonly overscan: number;
  private readonly onScroll = () => this.schedule();

  constructor(private readonly o: VirtualRowsOptions<T, E>) {
    this.overscan = o.overscan ?? 150;
    this.index = new HeightIndex(0, o.estimate ?? 64);
    for (const spacer of [this.top, this.bottom]) {
      spacer.setAttribute('aria-hidden', 'true');
      // A spacer must never be the anchor the browser keeps in place while heights settle.
      spacer.style.cssText = 'overflow-anchor:none;height:0';
    }
    o.container.replaceChildren(this.top, this.bottom);
    o.scroller.addEventListener('scroll', this.onScroll, { passive: true });
  }

  get scroller(): HTMLElement {
    return this.o.scroller;
  }

  disconnect(): void {
    this.o.scroller.removeEventListener('scroll', this.onScroll);
    cancelAnimationFrame(this.frame);
  }

  /** The rows to show; rows in view are updated at once, measured on the next frame. */
  setItems(items: readonly T[]): void {
    // An edit gives a new list of the same rows: keep the measured heights as they are.
    if (!this.sameKeys(items)) {
      this.keys = items.map(this.o.key);
      this.index = new HeightIndex(items.length, this.index.estimate);
      this.keys.forEach((k, i) => this.index.set(i, this.heights.get(k) ?? 0));
    }
    this.items = items;
    this.render();
    this.schedule();
  }

  private sameKeys(items: readonly T[]): boolean {
    if (items === this.items) return true;
    if (items.length !== this.keys.length) return false;
    for (let i = 0; i < items.length; i++) if (this.o.key(items[i]) !== this.keys[i]) return false;
    return true;
  }

  /** The element showing the row with `key`, if it is rendered. */
  elementFor(key: string): E | undefined {
    return this.byKey.get(key);
  }

  /** Renders row `i` and scrolls it to the middle of the viewport (or its top, `start`). */
  scrollToIndex(i: number, align: 'center' | 'start' = 'center'): E | undefined {
    if (i < 0 || i >= this.items.length) return undefined;
    const s = this.o.scroller;
    // Rows measured on arrival move the offsets (taller than the estimate near the end of a
    // list, the last row was pushed out of view): scroll again until the row stays put.
    for (let pass = 0; pass < 4; pass++) {
      const top = this.index.offsetOf(i);
      const want = align === 'start' ? top : top - (s.clientHeight - this.index.heightOf(i)) / 2;
      const reachable = Math.max(0, Math.min(want, s.scrollHeight - s.clientHeight));
      if (pass > 0 && Math.abs(s.scrollTop - reachable) < 1) break;
      s.scrollTop = want;
      this.render();
      this.measure();
    }
    return this.byKey.get(this.keys[i]);
  }

  /** The first rendered row whose element reaches below the top of the viewport, or -1. */
  firstVisible(): number {
    const top = this.o.scroller.getBoundingClientRect().top;
    for (let i = this.first; i <= this.last; i++) {
      const el = this.byKey.get(this.keys[i]);
      if (el && el.getBoundingClientRect().bottom > top + 1) return i;
    }
    return -1;
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      // Render, measure what was rendered, and render again while the rows measured leave part
      // of the viewport uncovered (each pass costs a layout).
      for (let pass = 0; pass < 3; pass++) {
        this.render();
        this.measure();
        if (this.covers()) break;
      }
    });
  }

  /** The window of rows covering the viewport plus the overscan. */
  private range(): [number, number] {
    const n = this.items.length;
    if (n === 0) return [0, -1];
    const s = this.o.scroller;
    const y = s.scrollTop - this.o.container.offsetTop;
    const first = this.index.indexAt(Math.max(0, y - this.overscan));
    const last = this.index.indexAt(y + s.clientHeight + this.overscan);
    return [first, Math.min(n - 1, last)];
  }

  private render(): void {
    const [first, last] = this.range();
    this.first = first;
    this.last = last;
    const wanted = new Set(this.keys.slice(first, last + 1));
    // Free the elements of rows that left the window. One holding the focus gives it to the
    // scroller first: recycled, it would show another row under the user's caret.
    const free: E[] = [];
    for (const [k, el] of this.byKey) {
      if (wanted.has(k)) continue;
      this.byKey.delete(k);
      if (el.matches(':focus-within')) this.o.scroller.focus({ preventScroll: true });
      // Out of the document before the rows are placed: rows that stay are then never moved
      // (moving an element takes the focus away from it).
      el.remove();
      free.push(el);
    }
    let prev: Element = this.top;
    for (let i = first; i <= last; i++) {
      const k = this.keys[i];
      let el = this.byKey.get(k);
      if (!el) {
        el = free.pop() ?? this.pool.pop() ?? this.o.create();
        this.byKey.set(k, el);
      }
      this.o.update(el, this.items[i], i);
      if (prev.nextSibling !== el) prev.after(el);
      prev = el;
    }
    for (const el of free) if (this.pool.length < 64) this.pool.push(el);
    this.sizeSpacers();
  }

  /** The spacers stand for the rows before and after the window, at their known heights. */
  private sizeSpacers(): void {
    this.top.style.height = `${this.index.offsetOf(this.first)}px`;
    this.bottom.style.height = `${this.index.total - this.index.offsetOf(this.last + 1)}px`;
  }

  /** Whether the rows rendered cover the viewport and half the overscan on either side. */
  private covers(): boolean {
    if (this.items.length === 0) return true;
    const s = this.o.scroller;
    const y = s.scrollTop - this.o.container.offsetTop;
    const margin = this.overscan / 2;
    const top = this.first === 0 ? -Infinity : this.index.offsetOf(this.first);
    const end = this.last >= this.items.length - 1 ? Infinity : this.index.offsetOf(this.last + 1);
    return top <= Math.max(0, y - margin) && end >= y + s.clientHeight + margin;
  }

  /** Records the heights of the rendered rows (and updates the spacers to match). */
  private measure(): void {
    let changed = false;
    let sum = 0;
    let count = 0;
    for (let i = this.first; i <= this.last; i++) {
      const el = this.byKey.get(this.keys[i]);
      if (!el) continue;
      const h = el.offsetHeight;
      if (h <= 0) continue;
      sum += h;
      count++;
      this.heights.set(this.keys[i], h);
      if (this.index.set(i, h)) changed = true;
    }
    // The first real rows set the estimate for the thousands not yet seen.
    if (!this.estimated && count > 0) {
      this.estimated = true;
      this.index.setEstimate(sum / count);
      changed = true;
    }
    if (changed) this.sizeSpacers();
  }
}

/**
 * A host element's virtual list: made for the list elements the host renders, made anew when
 * Lit replaces them (a "no rows" message in between, say), let go when the host leaves the page.
 */
export class VirtualRowsController<T, E extends HTMLElement> implements ReactiveController {
  private list?: VirtualRows<T, E>;

  constructor(
    host: ReactiveControllerHost,
    private readonly o: Omit<VirtualRowsOptions<T, E>, 'scroller' | 'container'>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.list?.disconnect();
    this.list = undefined;
  }

  /** Shows `items` in the list elements (call from `updated()`; none rendered, nothing shown). */
  show(scroller: HTMLElement | undefined, container: HTMLElement | undefined, items: readonly T[]) {
    if (this.list?.scroller !== scroller) this.hostDisconnected();
    if (!scroller || !container) return;
    this.list ??= new VirtualRows({ ...this.o, scroller, container });
    this.list.setItems(items);
  }

  /** The element showing the row with `key`, if it is rendered. */
  elementFor(key: string): E | undefined {
    return this.list?.elementFor(key);
  }

  /** Renders row `i` and scrolls it to the middle of the viewport (no list, nothing). */
  scrollToIndex(i: number, align: 'center' | 'start' = 'center'): E | undefined {
    return this.list?.scrollToIndex(i, align);
  }

  /** The first row whose element shows in the scroller's viewport, or -1. */
  firstVisible(): number {
    return this.list?.firstVisible() ?? -1;
  }
}
