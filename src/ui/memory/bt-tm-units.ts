import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { fromEditable, toEditable } from '../../core/chips.js';
import type { TmUnit } from '../../core/tm/types.js';
import type { TmRecord, TmUnitHit, TmUnitSearch } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { chipStyles, withChips } from '../common/inline-chips.js';
import './events.js';

/** Units a _Show more_ adds to the list. */
const PAGE = 100;

/** Text with the given ranges marked; codes as chips (imported text stays data). */
function marked(text: string, ranges: readonly [number, number][], unit: TmUnit) {
  const out = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a > at) out.push(withChips(text.slice(at, a), unit.codes));
    out.push(html`<mark>${withChips(text.slice(a, b), unit.codes)}</mark>`);
    at = b;
  }
  out.push(withChips(text.slice(at), unit.codes));
  return out;
}

/**
 * One TM's units, as a TM editor lists them: search by a word or phrase (the concordance's
 * rules), change a unit's source or translation, delete a unit (the notice offers Undo).
 * After a save the keyboard is back on the unit's Edit; after a delete on the next unit. Escape
 * cancels an edit; an emptied side is refused with a word on why (Delete removes a unit).
 *
 * @fires bt-request-tm-units-search - `{ phrase, max? }`
 * @fires bt-request-tm-unit-save - `{ unit, source, target }`
 * @fires bt-request-tm-unit-delete - `{ unit }`
 * @fires bt-request-close - the editor should close
 */
@customElement('bt-tm-units')
export class BtTmUnits extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    chipStyles,
    css`
      :host {
        display: block;
        margin-top: 1.25rem;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      input[type='search'] {
        flex: 1;
        min-width: 12rem;
      }
      textarea {
        font: inherit;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
      }
      li {
        border-bottom: 1px solid var(--bt-divider);
        padding: 0.45rem 0;
        display: grid;
        grid-template-columns: 1fr 1fr auto;
        gap: 0.2rem 1rem;
        align-items: start;
      }
      .text {
        overflow-wrap: anywhere;
      }
      textarea {
        width: 100%;
        box-sizing: border-box;
      }
      .meta {
        grid-column: 1 / 3;
        color: var(--bt-text-muted);
        font-size: 0.8rem;
      }
      .buttons {
        display: flex;
        gap: 0.3rem;
        grid-row: 1;
        grid-column: 3;
      }
      .why {
        grid-column: 1 / 3;
        margin: 0;
        color: var(--bt-danger);
      }
      mark {
        background: var(--bt-diff-ins-bg);
        color: inherit;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) tm?: TmRecord;
  @property({ attribute: false }) search?: TmUnitSearch;

  /** The unit being edited. */
  @state() private _editing?: string;
  /** The side of the unit being edited that was saved empty, and refused. */
  @state() private _empty?: 'source' | 'target';
  /** Where the keyboard goes once the list shows the outcome of a save or delete. */
  private _focusNext?: { id?: string; what: 'edit' | 'delete' | 'search' };
  @query('input[type=search]') private _input?: HTMLInputElement;

  constructor() {
    super();
    new I18nController(this);
  }

  /** The search field, for the page to put the keyboard in when the editor opens. */
  override focus(): void {
    this._input?.focus();
  }

  private _status(s: TmUnitSearch) {
    const count = s.hits.length;
    if (!s.phrase) return t(s.more ? 'memory.units.firstN' : 'memory.units.all', { count });
    if (count === 0) return t('memory.units.none', { phrase: s.phrase });
    return t(s.more ? 'memory.concordance.more' : 'memory.concordance.count', {
      count,
      phrase: s.phrase,
    });
  }

  private _meta(u: TmUnit) {
    const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
      u.changedAt,
    );
    return [u.changedBy ?? u.author, u.project, when].filter(Boolean).join(' · ');
  }

  private _save(li: HTMLElement, unit: TmUnit) {
    const fields = [...li.querySelectorAll('textarea')];
    const [source = '', target = ''] = fields.map((x) => fromEditable(x.value, unit.codes));
    // An empty side is no unit: refused out loud (a silent close kept the old text unsaid).
    const empty = !source.trim() ? 0 : !target.trim() ? 1 : -1;
    if (empty >= 0) {
      this._empty = empty === 0 ? 'source' : 'target';
      fields[empty]?.focus();
      return;
    }
    this._cancel(unit);
    if (source !== unit.source || target !== unit.target)
      emit(this, 'bt-request-tm-unit-save', { unit, source, target });
  }

  /** Leaves the unit's editing; the keyboard goes back to its Edit. */
  private _cancel(unit: TmUnit) {
    this._editing = undefined;
    this._empty = undefined;
    this._focusNext = { id: unit.id, what: 'edit' };
  }

  private _delete(hits: readonly TmUnitHit[], i: number) {
    const next = hits[i + 1] ?? hits[i - 1];
    this._focusNext = next ? { id: next.unit.id, what: 'delete' } : { what: 'search' };
    emit(this, 'bt-request-tm-unit-delete', { unit: hits[i]!.unit });
  }

  override updated(): void {
    const f = this._focusNext;
    if (!f) return;
    if (f.what === 'search') {
      this._focusNext = undefined;
      this.focus();
      return;
    }
    const el = this.renderRoot.querySelector<HTMLElement>(
      `li[data-id="${CSS.escape(f.id ?? '')}"] button.${f.what}`,
    );
    if (!el) return; // not listed yet: the list updates once the TM is written
    this._focusNext = undefined;
    el.focus();
  }

  private _renderUnit(h: TmUnitHit, i: number, hits: readonly TmUnitHit[]) {
    const u = h.unit;
    const n = i + 1;
    const lang = (l: string | undefined) => (l === 'en' ? 'en' : 'zh-Hans');
    const [src, tgt] = [lang(this.tm?.sourceLang), lang(this.tm?.targetLang)];
    const empty = this._empty;
    const invalid = (side: 'source' | 'target') => (empty === side ? 'true' : 'false');
    if (this._editing === u.id)
      return html`<li
        data-id=${u.id}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Escape' || e.isComposing) return;
          e.preventDefault();
          e.stopPropagation();
          this._cancel(u);
        }}
        @input=${() => (this._empty = undefined)}
      >
        <textarea
          lang=${src}
          aria-label=${t('memory.units.sourceLabel', { n })}
          aria-invalid=${invalid('source')}
          aria-describedby=${empty === 'source' ? 'why' : nothing}
          .value=${toEditable(u.source, u.codes)}
        ></textarea>
        <textarea
          lang=${tgt}
          aria-label=${t('memory.units.targetLabel', { n })}
          aria-invalid=${invalid('target')}
          aria-describedby=${empty === 'target' ? 'why' : nothing}
          .value=${toEditable(u.target, u.codes)}
        ></textarea>
        <div class="buttons">
          <button
            class="save"
            @click=${(e: Event) => this._save((e.target as HTMLElement).closest('li')!, u)}
          >
            ${t('common.save')}
          </button>
          <button @click=${() => this._cancel(u)}>${t('common.cancel')}</button>
        </div>
        ${
          empty
            ? html`<p class="why" id="why" role="alert">
                ${t(empty === 'source' ? 'memory.units.emptySource' : 'memory.units.emptyTarget')}
              </p>`
            : nothing
        }
      </li>`;
    return html`<li data-id=${u.id}>
      <div class="text" lang=${src}>${marked(u.source, h.source, u)}</div>
      <div class="text" lang=${tgt}>${marked(u.target, h.target, u)}</div>
      <div class="buttons">
        <button
          class="edit"
          aria-label=${t('memory.units.editLabel', { n })}
          @click=${() => {
            this._editing = u.id;
            this._empty = undefined;
            void this.updateComplete.then(() =>
              this.renderRoot
                .querySelector<HTMLElement>(`li[data-id="${CSS.escape(u.id)}"] textarea`)
                ?.focus(),
            );
          }}
        >
          ${t('memory.units.edit')}
        </button>
        <button
          class="delete"
          aria-label=${t('memory.units.deleteLabel', { n })}
          @click=${() => this._delete(hits, i)}
        >
          ${t('memory.units.delete')}
        </button>
      </div>
      <div class="meta">${this._meta(u)}</div>
    </li>`;
  }

  override render() {
    const tm = this.tm;
    if (!tm) return nothing;
    const s = this.search?.tm === tm.id ? this.search : undefined;
    return html`<section aria-labelledby="units-title">
      <h3 id="units-title">${t('memory.units.title', { name: tm.name })}</h3>
      <form
        role="search"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          emit(this, 'bt-request-tm-units-search', { phrase: this._input?.value.trim() ?? '' });
        }}
      >
        <input
          type="search"
          aria-label=${t('memory.concordance.phrase')}
          placeholder=${t('memory.concordance.phrase')}
          .value=${s?.phrase ?? ''}
        />
        <button type="submit">${t('memory.concordance.search')}</button>
        <button type="button" @click=${() => emit(this, 'bt-request-close')}>
          ${t('common.close')}
        </button>
      </form>
      ${
        s
          ? html`<p role="status">${this._status(s)}</p>
              <ol aria-label=${t('memory.units.title', { name: tm.name })}>
                ${repeat(
                  s.hits,
                  (h) => h.unit.id,
                  (h, i) => this._renderUnit(h, i, s.hits),
                )}
              </ol>
              ${
                // A TM is browsed page by page, as in a TM editor, not only searched.
                s.more
                  ? html`<button
                      type="button"
                      class="more"
                      @click=${() =>
                        emit(this, 'bt-request-tm-units-search', {
                          phrase: s.phrase,
                          max: s.hits.length + PAGE,
                        })}
                    >
                      ${t('memory.units.showMore', { count: PAGE })}
                    </button>`
                  : nothing
              }`
          : nothing
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-tm-units': BtTmUnits;
  }
}
