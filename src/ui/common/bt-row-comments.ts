import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ReviewComment } from '../../core/model.js';
import { detectLang } from '../../core/diff/tokenize.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from './events.js';
import { focusRing } from './focus-ring.js';
import { controlStyles } from './controls.js';

/**
 * The comments on one row, oldest first, each open or resolved, and a field to add one.
 *
 * @fires bt-request-comment - `{ id, text }` add a comment to row `id`
 * @fires bt-request-resolve-comment - `{ id, commentId, resolved }`
 */
@customElement('bt-row-comments')
export class BtRowComments extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      ul {
        list-style: none;
        margin: 0 0 0.3rem;
        padding: 0;
      }
      li {
        border-left: 3px solid var(--bt-warning);
        padding: 0.1rem 0.45rem;
        margin-bottom: 0.25rem;
        background: var(--bt-warning-soft-2);
      }
      li.resolved {
        border-left-color: var(--bt-border-muted);
        background: var(--bt-surface-2);
        color: var(--bt-text-3);
      }
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.78rem;
      }
      .state {
        font-weight: 600;
      }
      form {
        display: flex;
        gap: 0.3rem;
      }
      input,
      button {
        font: inherit;
        font-size: 0.82rem;
      }
      input {
        flex: 1;
        min-width: 0;
      }
    `,
  ];

  @state() private _adding = false;

  /** The row the comments belong to. */
  @property() rowId = '';
  /** The row number the user sees. */
  @property({ type: Number }) n = 0;
  @property({ attribute: false }) comments: readonly ReviewComment[] = [];

  constructor() {
    super();
    new I18nController(this);
  }

  private _onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input')!;
    const text = input.value.trim();
    if (!text) return;
    emit(this, 'bt-request-comment', { id: this.rowId, text });
    input.value = '';
    this._adding = false;
  }

  private _when(ms: number) {
    return new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(ms);
  }

  override render() {
    const label = t('review.comments.label', { n: this.n });
    return html`
      ${
        this.comments.length
          ? html`<ul aria-label=${label}>
              ${this.comments.map(
                (c) =>
                  html`<li class=${c.resolved ? 'resolved' : 'open'}>
                    <div class="meta">
                      ${t('review.comments.by', {
                        author: c.author || t(`role.${c.role}`),
                        when: this._when(c.at),
                      })}
                      ·
                      <span class="state"
                        >${c.resolved ? t('review.comments.resolved') : t('review.comments.openState')}</span
                      >
                      <button
                        @click=${() =>
                          emit(this, 'bt-request-resolve-comment', {
                            id: this.rowId,
                            commentId: c.id,
                            resolved: !c.resolved,
                          })}
                      >
                        ${c.resolved ? t('review.comments.reopen') : t('review.comments.resolve')}
                      </button>
                    </div>
                    <div lang=${detectLang(c.text)}>${c.text}</div>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this._adding
          ? html`<form @submit=${this._onSubmit}>
              <input aria-label=${label} placeholder=${t('review.comments.placeholder')} />
              <button type="submit">${t('review.comments.add')}</button>
              <button type="button" @click=${() => (this._adding = false)}>
                ${t('common.cancel')}
              </button>
            </form>`
          : html`<button
              class="add"
              aria-label=${t('review.comments.addTo', { n: this.n })}
              @click=${async () => {
                this._adding = true;
                await this.updateComplete;
                this.renderRoot.querySelector('input')?.focus();
              }}
            >
              ${t('review.comments.new')}
            </button>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-row-comments': BtRowComments;
  }
}
