// The grid's find bar, as a controller the editor wires up: opening it (Ctrl+F, Ctrl+H, the
// toolbar), the row that shows the current match, and where the keyboard goes when it closes. As
// in memoQ and Trados the keyboard stays in the bar while one finds: the match is highlighted in
// its row, and Esc puts the caret there. The matches, the count and Replace are the session's
// (find-session.ts), loaded with the bar; Replace and Replace all are the page's (requests).
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Segment } from '../../core/model.js';
import { tm } from '../../i18n/index.js';
import type { BtEvent } from '../common/events.js';
import { deepActiveElement } from '../common/deep-focus.js';
import type { BtFindBar } from './bt-find-bar.js';
import type { FindSession } from './find-session.js';
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

export class FindController implements ReactiveController {
  mode: 'closed' | 'find' | 'replace' = 'closed';
  /** What had the keyboard when the bar opened: it gets it back when the bar closes. */
  private _opener?: Element;
  private _session?: FindSession;
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
    if (this.mode !== 'closed') this._session?.hostUpdate();
  }

  /** Opens the bar (or switches it to find or replace) and puts the keyboard in it. */
  open(mode: 'find' | 'replace'): void {
    if (this.mode === 'closed') this._opener = deepActiveElement();
    this.mode = mode;
    // The first time, the bar's code loads first: what is typed meanwhile waits in a stand-in.
    if (!this._session && !this._catching)
      this._catching = catchTyping(tm(mode === 'find' ? 'grid.find' : 'grid.replace'));
    this.host.requestUpdate();
    void Promise.all([
      import('./find-session.js'),
      import('../../core/find.js'),
      import('./bt-find-bar.js'),
    ])
      .then(([{ FindSession }, lib]) => {
        this._session ??= new FindSession(this.host, lib);
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
    return this.mode === 'closed' ? undefined : this._session?.foundIn(id);
  }

  private _close() {
    const s = this._session;
    const found = s?.currentId ? s.foundIn(s.currentId) : undefined;
    const id = s?.currentId ?? this.host.activeId;
    this.mode = 'closed';
    s?.reset();
    this.host.requestUpdate();
    // To the match found (selected, when it is in the translation), else to the active row,
    // else to what opened the bar (never to the page's body).
    const opener = this._opener as HTMLElement | undefined;
    if (id)
      this.host.focusRow(id, found?.field === 'target' ? [found.start, found.end] : undefined);
    else if (opener?.isConnected) opener.focus();
    else this.grid().focus();
  }

  renderBar() {
    const s = this._session;
    if (this.mode === 'closed' || !s) return nothing;
    return html`<bt-find-bar
      ?replace=${this.mode === 'replace'}
      .result=${s.line()}
      @bt-find-change=${(e: BtEvent<'bt-find-change'>) => s.onChange(e)}
      @bt-request-find=${(e: BtEvent<'bt-request-find'>) => s.onFind(e)}
      @bt-request-replace=${(e: BtEvent<'bt-request-replace'>) => s.onReplace(e)}
      @bt-request-close=${() => this._close()}
    ></bt-find-bar>`;
  }
}
