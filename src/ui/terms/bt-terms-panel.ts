import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/model.js';
import type { TermHit } from '../../core/terms/types.js';
import type { NumberSuggestion } from '../../core/numbers/render.js';
import type { Job, TermbaseMeta } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import { insertable, MAX_NUMBERED } from './numbering.js';
import './bt-termbase-manager.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/**
 * The Terms tab: the terms found in the active row's source with their target terms (a click
 * inserts one at the caret; forbidden ones are marked and never inserted) and Edit on each of
 * their entries, the row's numbers and dates said the target language's way, Add term, and the
 * termbases the project reads.
 *
 * @fires bt-request-insert-term - `{ text }`
 * @fires bt-request-open-add-term
 * @fires bt-request-open-edit-term - `{ ref }`: Edit on a hit's entry
 */
@customElement('bt-terms-panel')
export class BtTermsPanel extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0 0 0.8rem;
      }
      li {
        border-bottom: 1px solid var(--bt-divider);
        padding: 0.4rem 0;
      }
      .source {
        font-weight: 600;
      }
      .head {
        display: flex;
        align-items: baseline;
        gap: 0.4rem;
      }
      .head .source {
        flex: 1;
      }
      button.edit {
        font-size: 0.8rem;
      }
      .targets {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin-top: 0.25rem;
      }
      button {
        font: inherit;
      }
      kbd {
        font-size: 0.75rem;
        color: var(--bt-text-muted);
      }
      .forbidden {
        color: var(--bt-danger-strong);
      }
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.8rem;
      }
      h3 {
        font-size: 0.9rem;
        margin: 0.3rem 0;
      }
    `,
  ];

  /** Terms of the active row's source. */
  @property({ attribute: false }) hits: readonly TermHit[] = [];
  /** Numbers of the active row's source, said the target language's way. */
  @property({ attribute: false }) numbers: readonly NumberSuggestion[] = [];
  /** The active row's number, 0 when none. */
  @property({ type: Number }) row = 0;
  @property({ attribute: false }) sourceLang: Lang = 'zh-Hans';
  @property({ attribute: false }) targetLang: Lang = 'en';
  @property({ attribute: false }) termbases: readonly TermbaseMeta[] = [];
  @property({ attribute: false }) read: readonly string[] = [];
  @property({ attribute: false }) write?: string;
  @property({ attribute: false }) importing?: Job;

  constructor() {
    super();
    new I18nController(this);
  }

  /** A target text to insert, named by what it shows (the text and its keys). */
  private _insertButton(text: string, numbered: string[], extra: unknown = nothing) {
    const n = numbered.indexOf(text) + 1;
    const keys = n > 0 && n <= MAX_NUMBERED ? `Ctrl+Alt+${n}` : '';
    // The tooltip says what it does.
    return html`<button
      lang=${this.targetLang}
      title=${
        keys ? t('terms.insertKeys', { term: text, keys }) : t('terms.insert', { term: text })
      }
      @click=${() => emit(this, 'bt-request-insert-term', { text })}
    >
      ${text}${extra} ${keys ? html`<kbd>${keys}</kbd>` : nothing}
    </button>`;
  }

  private _renderNumbers(numbered: string[]) {
    if (!this.row || this.numbers.length === 0) return nothing;
    return html`<h3>${t('terms.numbers.title')}</h3>
      <ol aria-label=${t('terms.numbers.label', { n: this.row })}>
        ${this.numbers.map(
          (s) =>
            html`<li>
              <div class="source" lang=${this.sourceLang}>${s.source}</div>
              <div class="targets">
                ${s.targets.map((text) => this._insertButton(text, numbered))}
              </div>
            </li>`,
        )}
      </ol>`;
  }

  private _renderHits(numbered: string[]) {
    if (this.read.length === 0) return html`<p>${t('terms.noTermbase')}</p>`;
    if (!this.row) return html`<p>${t('terms.pickRow')}</p>`;
    if (this.hits.length === 0) return html`<p>${t('terms.none', { n: this.row })}</p>`;
    return html`<ol aria-label=${t('terms.panelLabel', { n: this.row })}>
      ${this.hits.map(
        (h) =>
          html`<li>
            <div class="head">
              <span class="source" lang=${this.sourceLang}>${h.source}</span>
              ${h.entryIds.map(
                (ref, k) =>
                  html`<button
                    class="edit"
                    aria-label=${
                      h.entryIds.length > 1
                        ? t('terms.editNth', { term: h.source, n: k + 1, count: h.entryIds.length })
                        : t('terms.edit', { term: h.source })
                    }
                    @click=${() => emit(this, 'bt-request-open-edit-term', { ref })}
                  >
                    ${t('terms.editShort')}${h.entryIds.length > 1 ? ` ${k + 1}` : ''}
                  </button>`,
              )}
            </div>
            <div class="targets">
              ${
                h.targets.length === 0
                  ? html`<span class="meta">${t('terms.noTarget')}</span>`
                  : nothing
              }
              ${h.targets.map((term) => {
                // Part of speech and note, as the termbase gives them: what tells two variants apart.
                const about = [term.pos, term.note].filter(Boolean).join('; ');
                const aboutText = about ? html`<span class="meta">${about}</span>` : nothing;
                if (term.status === 'forbidden')
                  return html`<span class="forbidden"
                      ><del lang=${this.targetLang}>${term.text}</del>
                      (${t('terms.forbidden')})</span
                    >${aboutText}`;
                return html`${this._insertButton(
                  term.text,
                  numbered,
                  term.status === 'admitted'
                    ? html` <span class="meta">(${t('terms.admitted')})</span>`
                    : nothing,
                )}${aboutText}`;
              })}
            </div>
          </li>`,
      )}
    </ol>`;
  }

  override render() {
    const numbered = insertable(this.hits, this.numbers);
    return html`${this._renderHits(numbered)} ${this._renderNumbers(numbered)}
      <p>
        <button
          aria-keyshortcuts="Control+E"
          @click=${() => emit(this, 'bt-request-open-add-term')}
        >
          ${t('terms.addTerm')} <kbd>Ctrl+E</kbd>
        </button>
      </p>
      <bt-termbase-manager
        .termbases=${this.termbases}
        .read=${this.read}
        .write=${this.write}
        .importing=${this.importing}
      ></bt-termbase-manager>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-terms-panel': BtTermsPanel;
  }
}
