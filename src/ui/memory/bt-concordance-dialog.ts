import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Lang } from '../../core/model.js';
import type { TmConcordanceHit, TmRecord } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/** Text with the given ranges marked (imported text stays data: Lit bindings only). */
function marked(text: string, ranges: readonly [number, number][]) {
  const out = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a > at) out.push(text.slice(at, a));
    out.push(html`<mark>${text.slice(a, b)}</mark>`);
    at = b;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * Concordance (Ctrl+K): where a word or phrase occurs in the project's TMs — Chinese as a
 * substring, English by whole words — with each occurrence highlighted.
 *
 * @fires bt-request-concordance - `{ phrase }` search
 * @fires bt-request-close - the dialog should close
 */
@customElement('bt-concordance-dialog')
export class BtConcordanceDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
        width: min(48rem, 90vw);
        max-height: 80vh;
      }
      form {
        display: flex;
        gap: 0.5rem;
      }
      input {
        flex: 1;
        font: inherit;
      }
      button {
        font: inherit;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
      }
      li {
        border-bottom: 1px solid var(--bt-divider);
        padding: 0.4rem 0;
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.2rem 1rem;
      }
      .meta {
        grid-column: 1 / -1;
        color: var(--bt-text-muted);
        font-size: 0.8rem;
      }
      mark {
        background: var(--bt-diff-ins-bg);
        color: inherit;
        font-weight: 600;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;
  @query('input') private _input!: HTMLInputElement;

  @property({ type: Boolean }) open = false;
  /** The phrase to search when the dialog opens (e.g. the selected text). */
  @property() phrase = '';
  @property({ attribute: false }) result?: {
    phrase: string;
    hits: readonly TmConcordanceHit[];
    more: boolean;
  };
  @property({ attribute: false }) tms: readonly TmRecord[] = [];
  @property() sourceLang: Lang = 'zh-Hans';
  @property() targetLang: Lang = 'en';

  constructor() {
    super();
    new I18nController(this);
  }

  override updated(): void {
    if (this.open && !this._dialog.open) {
      this._dialog.showModal();
      this._input.focus();
    }
    if (!this.open && this._dialog.open) this._dialog.close();
  }

  private _origin(h: TmConcordanceHit) {
    const u = h.unit;
    const when = u.changedAt
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(u.changedAt)
      : '';
    const tm = this.tms.find((x) => x.id === h.tm)?.name ?? '';
    return [tm, u.project, u.author, when].filter(Boolean).join(' · ');
  }

  override render() {
    const r = this.result;
    const lang = (l: Lang) => (l === 'en' ? 'en' : 'zh-Hans');
    return html`<dialog aria-labelledby="title" @close=${() => emit(this, 'bt-request-close')}>
      <h2 id="title">${t('memory.concordance.title')}</h2>
      <form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const phrase = this._input.value.trim();
          if (phrase) emit(this, 'bt-request-concordance', { phrase });
        }}
      >
        <input
          type="search"
          aria-label=${t('memory.concordance.phrase')}
          .value=${this.phrase}
          @keydown=${(e: KeyboardEvent) => {
            // A search field eats the first Escape (it clears itself): close at once, as the
            // other dialogs do, unless an input method is composing (Escape cancels that).
            if (e.key !== 'Escape' || e.isComposing) return;
            e.preventDefault();
            emit(this, 'bt-request-close');
          }}
        />
        <button type="submit" class="primary">${t('memory.concordance.search')}</button>
        <button type="button" @click=${() => emit(this, 'bt-request-close')}>
          ${t('common.close')}
        </button>
      </form>
      ${
        r
          ? html`<p role="status">
                ${t(r.more ? 'memory.concordance.more' : 'memory.concordance.count', {
                  count: r.hits.length,
                  phrase: r.phrase,
                })}
              </p>
              <ol aria-label=${t('memory.concordance.results', { phrase: r.phrase })}>
                ${r.hits.map(
                  (h) =>
                    html`<li>
                      <div lang=${lang(this.sourceLang)}>
                        ${h.side === 'source' ? marked(h.unit.source, h.ranges) : h.unit.source}
                      </div>
                      <div lang=${lang(this.targetLang)}>
                        ${h.side === 'target' ? marked(h.unit.target, h.ranges) : h.unit.target}
                      </div>
                      <div class="meta">${this._origin(h)}</div>
                    </li>`,
                )}
              </ol>`
          : nothing
      }
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-concordance-dialog': BtConcordanceDialog;
  }
}
