// The grid's find bar, as a controller the editor wires up: opening it (Ctrl+F, Ctrl+H, the
// toolbar), moving to the next row with a match, the bar's line ("No match", "Replaced 3 in 2
// rows"), and where the keyboard goes when it closes. Replace all is the page's (a request).
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Segment } from '../../core/model.js';
import { t } from '../../i18n/index.js';
import type { BtEvent } from '../common/events.js';
import { deepActiveElement } from '../common/deep-focus.js';
import './events.js';

/** What the controller reads from the grid. */
export interface FindHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Rows as shown (after the filters): find looks in these. */
  readonly visibleRows: Segment[];
  readonly activeId?: string;
  /** What the last Replace all did. */
  readonly replaced?: { count: number; rows: number };
  focusRow(id: string): void;
}

export class FindController implements ReactiveController {
  mode: 'closed' | 'find' | 'replace' = 'closed';
  /** What had the keyboard when the bar opened: it gets it back when the bar closes. */
  private _opener?: Element;
  /** The bar's line, written only here. */
  private _message?: { key: string; params?: Record<string, unknown> };
  private _replaced?: FindHost['replaced'];

  constructor(
    private readonly host: FindHost,
    /** The grid, which takes the keyboard when nothing else can. */
    private readonly grid: () => HTMLElement,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // The bar loads when first shown, not on the first visit.
    if (this.mode !== 'closed') void import('./bt-find-bar.js');
    const r = this.host.replaced;
    if (r !== this._replaced) {
      this._replaced = r;
      if (r)
        this._message = r.rows
          ? { key: 'find.replaced', params: { count: r.count, rows: r.rows } }
          : { key: 'find.noMatch' };
    }
  }

  /** Opens the bar (or switches it to find or replace) and puts the keyboard in it. */
  open(mode: 'find' | 'replace'): void {
    if (this.mode === 'closed') this._opener = deepActiveElement();
    this.mode = mode;
    this.host.requestUpdate();
    void import('./bt-find-bar.js')
      .then(() => this.host.updateComplete)
      .then(() => this.host.renderRoot.querySelector<HTMLElement>('bt-find-bar')?.focus());
  }

  private async _onFind(e: BtEvent<'bt-request-find'>) {
    // Loaded with the find bar that sends this, not on the first visit.
    const { compileFind, nextMatchIndex } = await import('../../core/find.js');
    const re = compileFind(e.detail);
    if (!(re instanceof RegExp)) return;
    const rows = this.host.visibleRows;
    const start = rows.findIndex((s) => s.id === this.host.activeId);
    const scope = e.detail.scope;
    const i = nextMatchIndex(
      rows.map((s) => s[scope]),
      start,
      e.detail.direction,
      re,
    );
    this._message = i < 0 ? { key: 'find.noMatch' } : undefined;
    if (i >= 0) this.host.focusRow(rows[i].id);
    this.host.requestUpdate();
  }

  private _close() {
    this.mode = 'closed';
    this.host.requestUpdate();
    // Back to the row found, else to what opened the bar (never to the page's body).
    const opener = this._opener as HTMLElement | undefined;
    const id = this.host.activeId;
    if (id) this.host.focusRow(id);
    else if (opener?.isConnected) opener.focus();
    else this.grid().focus();
  }

  renderBar() {
    if (this.mode === 'closed') return nothing;
    return html`<bt-find-bar
      ?replace=${this.mode === 'replace'}
      .result=${this._message ? t(this._message.key, this._message.params) : ''}
      @bt-request-find=${(e: BtEvent<'bt-request-find'>) => void this._onFind(e)}
      @bt-request-close=${() => this._close()}
    ></bt-find-bar>`;
  }
}
