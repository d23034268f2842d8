import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { consume } from '@lit/context';
import type { Term } from '../../core/terms/types.js';
import { termsContext } from '../../state/contexts.js';
import type { TermbaseMeta } from '../../state/index.js';
import type { TermsService } from '../../state/terms.js';
import type { BrowsedEntry, TermbaseBrowse } from '../../state/terms-browse.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { termbaseEntriesStyles } from './termbase-entries-styles.js';
import { visuallyHidden } from '../common/inline-chips.js';
import './events.js';

/** How long typing pauses before the search runs: one search per word, not per key. */
const TYPING_PAUSE = 150;
/**
 * Rows added to the list per frame: 200 rows of Chinese text drawn at once held a slow machine
 * for a quarter of a second, far longer than the search, and typing waited for it.
 */
const ROWS_PER_FRAME = 50;

/** "Chinese", "English" for the app's two languages; any other tag a file used, as it is. */
const langName = (tag: string): string =>
  tag === 'zh-Hans' || tag === 'en' ? t(`lang.${tag}`) : tag;

/**
 * One termbase's entries, as a termbase editor lists them: a search box (any term of the two
 * languages, or the note) over the matching entries — at most 200, with a line saying how many
 * there are — each with its terms (forbidden ones struck through) and Edit. Edit asks the page
 * for the term form on that entry, over this dialog, which stays open: once the form is saved
 * the list shows the entry as it is now.
 *
 * @fires bt-request-open-edit-term - `{ ref }`: Edit on an entry
 * @fires bt-request-close - the dialog was closed (Close, Escape)
 */
@customElement('bt-termbase-entries')
export class BtTermbaseEntries extends LitElement {
  static override styles = [focusRing, controlStyles, visuallyHidden, termbaseEntriesStyles];

  @query('dialog') private _dialog!: HTMLDialogElement;
  @query('input[type=search]') private _input?: HTMLInputElement;

  /** The last answer to the search box (kept while the next is on its way). */
  @state() private _result?: TermbaseBrowse;
  @state() private _reading = false;
  /** How many of the answer's rows are drawn so far. */
  @state() private _drawn = ROWS_PER_FRAME;

  /** Only the searches it runs and lets go of (a test gives a stand-in). */
  @consume({ context: termsContext, subscribe: true })
  @property({ attribute: false })
  terms?: Pick<TermsService, 'browse' | 'endBrowse'>;

  /** The termbase browsed; a new object (the termbases were read again) searches again. */
  @property({ attribute: false }) termbase?: TermbaseMeta;
  @property({ type: Boolean }) open = false;

  private _query = '';
  private _seq = 0;
  private _timer?: number;
  private _frame?: number;

  constructor() {
    super();
    new I18nController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this._timer);
    cancelAnimationFrame(this._frame ?? 0);
    // The entries kept for searching are many at 100,000: let them go with the dialog.
    this.terms?.endBrowse();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An edit saved, an entry deleted, another tab's change: the list shows what is stored now.
    if ((changed.has('termbase') || changed.has('terms')) && this.termbase && this.terms)
      void this._search();
  }

  override updated(): void {
    if (this.open && !this._dialog.open) {
      this._dialog.showModal();
      this._input?.focus();
    }
    if (!this.open && this._dialog.open) this._dialog.close();
  }

  private async _search() {
    const terms = this.terms;
    const tb = this.termbase;
    if (!terms || !tb) return;
    const seq = ++this._seq;
    this._reading = true;
    const r = await terms.browse(tb.id, this._query);
    // Typing goes on while a search runs: only the latest answer is shown.
    if (seq !== this._seq) return;
    this._reading = false;
    if (!r) return;
    const lost = this._lostFocus();
    // The same search again (the termbase changed) keeps its rows drawn, and so the keyboard's.
    const again = this._result?.query === r.query;
    this._result = r;
    if (!again) this._drawn = ROWS_PER_FRAME;
    this._drawMore();
    if (lost) void this.updateComplete.then(lost);
  }

  private _drawMore() {
    cancelAnimationFrame(this._frame ?? 0);
    if (this._drawn >= (this._result?.shown.length ?? 0)) return;
    this._frame = requestAnimationFrame(() => {
      this._drawn += ROWS_PER_FRAME;
      this._drawMore();
    });
  }

  /**
   * When the answer will take away the Edit the keyboard is on (the entry edited no longer
   * matches, or was deleted), what puts it in the search box instead of nowhere.
   */
  private _lostFocus(): (() => void) | undefined {
    const el = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    if (!el?.closest('tbody')) return undefined;
    return () => {
      if (!el.isConnected) this._input?.focus();
    };
  }

  private _onInput(e: InputEvent) {
    // An IME's pinyin is not what the user means to search: wait for the characters.
    if (!e.isComposing) this._queue();
  }

  private _queue() {
    this._query = this._input?.value ?? '';
    window.clearTimeout(this._timer);
    this._timer = window.setTimeout(() => void this._search(), TYPING_PAUSE);
  }

  private _status(r: TermbaseBrowse): string {
    const shown = r.shown.length;
    const count = r.total;
    const query = r.query.trim();
    if (!query) {
      if (count === 0) return t('terms.browse.empty');
      return t(count > shown ? 'terms.browse.capped' : 'terms.browse.all', { count, shown });
    }
    if (count === 0) return t('terms.browse.none', { query });
    return t(count > shown ? 'terms.browse.foundCapped' : 'terms.browse.found', {
      count,
      shown,
      query,
    });
  }

  private _terms(terms: readonly Term[], lang: string) {
    // One term a line; a space between them, so they are read as words, not run together.
    return terms.flatMap((term, i) => [
      i ? ' ' : nothing,
      term.status === 'forbidden'
        ? html`<span class="term forbidden"
            ><del lang=${lang}>${term.text}</del> (${t('terms.forbidden')})</span
          >`
        : html`<span class="term"
            ><span lang=${lang}>${term.text}</span>${
              term.status === 'admitted'
                ? html` <span class="meta">(${t('terms.admitted')})</span>`
                : nothing
            }</span
          >`,
    ]);
  }

  private _renderEntry(e: BrowsedEntry, r: TermbaseBrowse) {
    const name = e.source[0]?.text ?? e.target[0]?.text ?? '';
    return html`<tr role="row">
      <td role="cell" class="source">${this._terms(e.source, r.sourceLang)}</td>
      <td role="cell" class="target">
        ${
          e.target.length
            ? this._terms(e.target, r.targetLang)
            : html`<span class="meta">${t('terms.noTarget')}</span>`
        }
      </td>
      <td role="cell" class="note">${e.note ?? ''}</td>
      <td role="cell" class="edit">
        <button
          class="edit"
          aria-label=${t('terms.edit', { term: name })}
          @click=${() => emit(this, 'bt-request-open-edit-term', { ref: e.ref })}
        >
          ${t('terms.editShort')}
        </button>
      </td>
    </tr>`;
  }

  private _renderList() {
    const r = this._result;
    if (!r) return html`<p class="status" role="status">${t('terms.browse.reading')}</p>`;
    return html`<p class="status" role="status">${this._status(r)}</p>
      ${
        r.shown.length
          ? html`<div class="list">
              <table role="table" aria-labelledby="title">
                <thead>
                  <tr role="row">
                    <th role="columnheader">${langName(r.sourceLang)}</th>
                    <th role="columnheader">${langName(r.targetLang)}</th>
                    <th role="columnheader">${t('terms.add.note')}</th>
                    <th role="columnheader">
                      <span class="vh">${t('terms.editShort')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  ${repeat(
                    r.shown.slice(0, this._drawn),
                    (e) => e.ref,
                    (e) => this._renderEntry(e, r),
                  )}
                </tbody>
              </table>
            </div>`
          : nothing
      }`;
  }

  override render() {
    const tb = this.termbase;
    return html`<dialog
      aria-labelledby="title"
      aria-busy=${this._reading ? 'true' : 'false'}
      @close=${() => emit(this, 'bt-request-close')}
    >
      <div class="head">
        <h2 id="title">${t('terms.browse.title', { name: tb?.name ?? '' })}</h2>
        <button type="button" @click=${() => this._dialog.close()}>${t('common.close')}</button>
      </div>
      <label
        >${t('terms.browse.search')}
        <input
          type="search"
          placeholder=${t('terms.browse.searchHint')}
          @input=${this._onInput}
          @compositionend=${this._queue}
      /></label>
      ${this._renderList()}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-termbase-entries': BtTermbaseEntries;
  }
}
