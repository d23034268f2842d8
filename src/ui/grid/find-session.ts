// What the find bar is doing, loaded with the bar (not on the first visit): the matches in the
// rows shown, which one is current ("3 of 12"), Next / Previous, Replace, and the bar's line.
import type { ListMatch } from '../../core/find.js';
import type { Segment } from '../../core/model.js';
import { t } from '../../i18n/index.js';
import { emit, type BtEvent } from '../common/events.js';
import type { FindRequest } from './bt-find-bar.js';
import type { FindHost, Found } from './find-controller.js';
import './events.js';

type FindLib = typeof import('../../core/find.js');

export class FindSession {
  /** The bar's line when it is not the count ("Replaced 3 in 2 rows"), written only here. */
  private _message?: { key: string; params?: Record<string, unknown> };
  private _replaced?: FindHost['replaced'];
  /** The bar's query and options, as last reported. */
  private _request?: FindRequest;
  private _cache?: { rows: Segment[]; request?: FindRequest; re?: RegExp; list: ListMatch[] };
  /** The current match, by row and place (kept across edits while the row has it). */
  private _current?: { id: string; start: number };
  /** After a Replace: go on from here once the page has changed the row. */
  private _resume?: { id: string; offset: number; before: Segment[] };

  constructor(
    private readonly host: FindHost,
    private readonly _lib: FindLib,
  ) {
    this._replaced = host.replaced;
  }

  /** The row of the current match, if any. */
  get currentId(): string | undefined {
    return this._current?.id;
  }

  /** The bar closed: the next one starts afresh. */
  reset(): void {
    this._current = undefined;
    this._resume = undefined;
    this._message = undefined;
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
    if (resume && this.host.visibleRows !== resume.before) {
      this._resume = undefined;
      const rows = this.host.visibleRows;
      const row = rows.findIndex((s) => s.id === resume.id);
      const list = this._matches();
      const i = this._lib.matchFrom(list, { row: Math.max(row, 0), offset: resume.offset }, 1);
      if (i >= 0) this._goTo(list[i]);
    }
  }

  /** The match shown in row `id`, if it is the current one. */
  foundIn(id: string): Found | undefined {
    const cur = this._current;
    if (!cur || cur.id !== id || !this._request) return undefined;
    const m = this._currentIndex(this._matches());
    return m ? { field: this._request.scope, start: m.match.start, end: m.match.end } : undefined;
  }

  /** Every match in the rows shown (worked out again only when the rows or the query change). */
  private _matches(): ListMatch[] {
    const rows = this.host.visibleRows;
    const request = this._request;
    const c = this._cache;
    if (c && c.rows === rows && c.request === request) return c.list;
    const compiled = request && this._lib.compileFind(request);
    const re = compiled instanceof RegExp ? compiled : undefined;
    const list =
      re && request
        ? this._lib.matchesIn(
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

  onChange(e: BtEvent<'bt-find-change'>) {
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

  onFind(e: BtEvent<'bt-request-find'>) {
    this._request = { ...e.detail };
    this._message = undefined;
    this._go(e.detail.direction);
  }

  /** Next (1) or Previous (-1): from the current match, else from the start of the active row. */
  private _go(direction: 1 | -1) {
    const list = this._matches();
    const lib = this._lib;
    if (list.length === 0) {
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
  onReplace(e: BtEvent<'bt-request-replace'>) {
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
      this._lib.replaceAt(row[req.scope], re, cur.match.start, req.replacement, req.regex);
    if (!row || !r) return this._go(1);
    this._resume = { id: row.id, offset: r.end, before: this.host.visibleRows };
    this._current = undefined;
    emit(this.host, 'bt-request-replace-match', { ...req, id: row.id, start: cur.match.start });
  }

  /** The bar's line: what Replace all did, else "3 of 12" / "12 matches" / "No match". */
  line(): string {
    if (this._message) return t(this._message.key, this._message.params);
    if (!this._request?.query) return '';
    const list = this._matches();
    if (list.length === 0) return t('find.noMatch');
    const cur = this._currentIndex(list);
    return cur
      ? t('find.nth', { n: cur.index + 1, count: list.length })
      : t('find.matches', { count: list.length });
  }
}
