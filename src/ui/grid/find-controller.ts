// The grid's find bar, as a controller the editor wires up: opening it (Ctrl+F, Ctrl+H, the
// toolbar), the matches and which one is current ("3 of 12"), Next / Previous / Replace, and where
// the keyboard goes when it closes. As in memoQ and Trados the keyboard stays in the bar while
// one finds: the current match is highlighted in its row, and Esc puts the caret there.
// Replace and Replace all are the page's (requests).
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ListMatch } from '../../core/find.js';
import type { Segment } from '../../core/model.js';
import { t, tm } from '../../i18n/index.js';
import { emit, type BtEvent } from '../common/events.js';
import { deepActiveElement } from '../common/deep-focus.js';
import type { BtFindBar, FindRequest } from './bt-find-bar.js';
import { catchTyping, type Caught } from './typing-catcher.js';
import './events.js';

/** A match shown in its row: which field, and where in its stored text. */
export interface Found {
  field: 'source' | 'target';
  start: number;
  end: number;
}

/** What the controller reads from the grid. */
export interface FindHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Rows as shown (after the filters): find looks in these. */
  readonly visibleRows: Segment[];
  readonly activeId?: string;
  /** What the last Replace all did. */
  readonly replaced?: { count: number; rows: number };
  /** Puts the caret in a row's translation: at its end, or selecting `range` (stored offsets). */
  focusRow(id: string, range?: readonly [number, number]): void;
  /** Makes a row the active one and scrolls it into view, leaving the keyboard where it is. */
  revealRow(id: string): void;
}

type FindLib = typeof import('../../core/find.js');

export class FindController implements ReactiveController {
  mode: 'closed' | 'find' | 'replace' = 'closed';
  /** What had the keyboard when the bar opened: it gets it back when the bar closes. */
  private _opener?: Element;
  /** The bar's line when it is not the count ("Replaced 3 in 2 rows"), written only here. */
  private _message?: { key: string; params?: Record<string, unknown> };
  private _replaced?: FindHost['replaced'];
  /** core/find.ts, loaded with the bar. */
  private _lib?: FindLib;
  /** The bar's query and options, as last reported. */
  private _request?: FindRequest;
  private _cache?: { rows: Segment[]; request?: FindRequest; re?: RegExp; list: ListMatch[] };
  /** The current match, by row and place (kept across edits while the row has it). */
  private _current?: { id: string; start: number };
  /** After a Replace: go on from here once the page has changed the row. */
  private _resume?: { id: string; offset: number; before: Segment[] };
  /** The stand-in that holds the keyboard while the bar's code loads (typing-catcher.ts). */
  private _catching?: () => Caught;

  constructor(
    private readonly host: FindHost,
    /** The grid, which takes the keyboard when nothing else can. */
    private readonly grid: () => HTMLElement,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const r = this.host.replaced;
    if (r !== this._replaced) {
      this._replaced = r;
      if (r)
        this._message = r.rows
          ? { key: 'find.replaced', params: { count: r.count, rows: r.rows } }
          : { key: 'find.noMatch' };
    }
    const resume = this._resume;
    if (this.mode !== 'closed' && resume && this.host.visibleRows !== resume.before) {
      this._resume = undefined;
      const rows = this.host.visibleRows;
      const row = rows.findIndex((s) => s.id === resume.id);
      const list = this._matches();
      const i = this._lib?.matchFrom(list, { row: Math.max(row, 0), offset: resume.offset }, 1);
      if (i !== undefined && i >= 0) this._goTo(list[i]);
    }
  }

  /** Opens the bar (or switches it to find or replace) and puts the keyboard in it. */
  open(mode: 'find' | 'replace'): void {
    if (this.mode === 'closed') this._opener = deepActiveElement();
    this.mode = mode;
    // The first time, the bar's code loads first: what is typed meanwhile waits in a stand-in.
    if (!customElements.get('bt-find-bar') && !this._catching)
      this._catching = catchTyping(tm(mode === 'find' ? 'grid.find' : 'grid.replace'));
    this.host.requestUpdate();
    void Promise.all([import('./bt-find-bar.js'), import('../../core/find.js')])
      .then(([, lib]) => {
        this._lib = lib;
        this.host.requestUpdate();
        return this.host.updateComplete;
      })
      .then(() => {
        const caught = this._catching?.();
        this._catching = undefined;
        if (caught?.cancelled) return this._close();
        const bar = this.host.renderRoot.querySelector<BtFindBar>('bt-find-bar');
        if (caught?.text) bar?.type(caught.text);
        else bar?.focus();
      });
  }

  /** The match shown in row `id`, if it is the current one. */
  foundIn(id: string): Found | undefined {
    const cur = this._current;
    if (this.mode === 'closed' || !cur || cur.id !== id || !this._request) return undefined;
    const m = this._currentIndex(this._matches());
    return m ? { field: this._request.scope, start: m.match.start, end: m.match.end } : undefined;
  }

  /** Every match in the rows shown (worked out again only when the rows or the query change). */
  private _matches(): ListMatch[] {
    const rows = this.host.visibleRows;
    const request = this._request;
    const c = this._cache;
    if (c && c.rows === rows && c.request === request) return c.list;
    const compiled = request && this._lib?.compileFind(request);
    const re = compiled instanceof RegExp ? compiled : undefined;
    const list =
      re && request
        ? this._lib!.matchesIn(
            rows.map((s) => s[request.scope]),
            re,
          )
        : [];
    this._cache = { rows, request, re, list };
    return list;
  }

  private _currentIndex(list: ListMatch[]): { index: number; match: ListMatch } | undefined {
    const cur = this._current;
    if (!cur) return undefined;
    const rows = this.host.visibleRows;
    const index = list.findIndex((m) => rows[m.row].id === cur.id && m.start === cur.start);
    return index < 0 ? undefined : { index, match: list[index] };
  }

  private _goTo(m: ListMatch) {
    const id = this.host.visibleRows[m.row].id;
    this._current = { id, start: m.start };
    this.host.revealRow(id);
    this.host.requestUpdate();
  }

  private _onChange(e: BtEvent<'bt-find-change'>) {
    const before = this._request;
    this._request = e.detail;
    // A new query or option: the count, not what the last Replace all did.
    const d = e.detail;
    if (
      !before ||
      before.query !== d.query ||
      before.scope !== d.scope ||
      before.matchCase !== d.matchCase ||
      before.wholeWord !== d.wholeWord ||
      before.regex !== d.regex
    )
      this._message = undefined;
    this.host.requestUpdate();
  }

  private _onFind(e: BtEvent<'bt-request-find'>) {
    this._request = { ...e.detail };
    this._message = undefined;
    this._go(e.detail.direction);
  }

  /** Next (1) or Previous (-1): from the current match, else from the start of the active row. */
  private _go(direction: 1 | -1) {
    const list = this._matches();
    const lib = this._lib;
    if (!lib || list.length === 0) {
      this._message = this._request?.query ? { key: 'find.noMatch' } : undefined;
      this.host.requestUpdate();
      return;
    }
    const cur = this._currentIndex(list);
    const n = list.length;
    let i: number;
    if (cur) i = (cur.index + direction + n) % n;
    else {
      const row = this.host.visibleRows.findIndex((s) => s.id === this.host.activeId);
      i = lib.matchFrom(list, { row: Math.max(row, 0), offset: 0 }, direction);
    }
    this._goTo(list[i]);
  }

  /** Replace: the current match (then on to the next), or, with none yet, find the first. */
  private _onReplace(e: BtEvent<'bt-request-replace'>) {
    e.stopPropagation();
    this._request = e.detail;
    this._message = undefined;
    const list = this._matches();
    const cur = this._currentIndex(list);
    const re = this._cache?.re;
    const row = cur && this.host.visibleRows[cur.match.row];
    const req = e.detail;
    const r =
      row &&
      re &&
      this._lib?.replaceAt(row[req.scope], re, cur.match.start, req.replacement, req.regex);
    if (!row || !r) return this._go(1);
    this._resume = { id: row.id, offset: r.end, before: this.host.visibleRows };
    this._current = undefined;
    emit(this.host, 'bt-request-replace-match', { ...req, id: row.id, start: cur.match.start });
  }

  private _close() {
    const found = this._current && this.foundIn(this._current.id);
    const id = this._current?.id ?? this.host.activeId;
    this.mode = 'closed';
    this._current = undefined;
    this._resume = undefined;
    this.host.requestUpdate();
    // To the match found (selected, when it is in the translation), else to the active row,
    // else to what opened the bar (never to the page's body).
    const opener = this._opener as HTMLElement | undefined;
    if (id)
      this.host.focusRow(id, found?.field === 'target' ? [found.start, found.end] : undefined);
    else if (opener?.isConnected) opener.focus();
    else this.grid().focus();
  }

  /** The bar's line: what Replace all did, else "3 of 12" / "12 matches" / "No match". */
  private _line(): string {
    if (this._message) return t(this._message.key, this._message.params);
    if (!this._request?.query || !this._lib) return '';
    const list = this._matches();
    if (list.length === 0) return t('find.noMatch');
    const cur = this._currentIndex(list);
    return cur
      ? t('find.nth', { n: cur.index + 1, count: list.length })
      : t('find.matches', { count: list.length });
  }

  renderBar() {
    if (this.mode === 'closed' || !customElements.get('bt-find-bar')) return nothing;
    return html`<bt-find-bar
      ?replace=${this.mode === 'replace'}
      .result=${this._line()}
      @bt-find-change=${(e: BtEvent<'bt-find-change'>) => this._onChange(e)}
      @bt-request-find=${(e: BtEvent<'bt-request-find'>) => this._onFind(e)}
      @bt-request-replace=${(e: BtEvent<'bt-request-replace'>) => this._onReplace(e)}
      @bt-request-close=${() => this._close()}
    ></bt-find-bar>`;
  }
}
