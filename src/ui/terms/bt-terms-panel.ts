import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/model.js';
import type { TermHit } from '../../core/terms/types.js';
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
 * inserts one at the caret; forbidden ones are marked and never inserted), Add term, and the
 * termbases the project reads.
 *
 * @fires bt-request-insert-term - `{ text }`
 * @fires bt-request-open-add-term
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
    `,
  ];

  /** Terms of the active row's source. */
  @property({ attribute: false }) hits: readonly TermHit[] = [];
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

  private _renderHits() {
    if (this.read.length === 0) return html`<p>${t('terms.noTermbase')}</p>`;
    if (!this.row) return html`<p>${t('terms.pickRow')}</p>`;
    if (this.hits.length === 0) return html`<p>${t('terms.none', { n: this.row })}</p>`;
    const numbered = insertable(this.hits);
    return html`<ol aria-label=${t('terms.panelLabel', { n: this.row })}>
      ${this.hits.map(
        (h) =>
          html`<li>
            <div class="source" lang=${this.sourceLang}>${h.source}</div>
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
                const n = numbered.indexOf(term.text) + 1;
                const keys = n > 0 && n <= MAX_NUMBERED ? `Ctrl+Alt+${n}` : '';
                // Named by what it shows (the term and its keys); the tooltip says what it does.
                return html`<button
                    lang=${this.targetLang}
                    title=${
                      keys
                        ? t('terms.insertKeys', { term: term.text, keys })
                        : t('terms.insert', { term: term.text })
                    }
                    @click=${() => emit(this, 'bt-request-insert-term', { text: term.text })}
                  >
                    ${term.text}${
                      term.status === 'admitted'
                        ? html` <span class="meta">(${t('terms.admitted')})</span>`
                        : nothing
                    }
                    ${keys ? html`<kbd>${keys}</kbd>` : nothing}</button
                  >${aboutText}`;
              })}
            </div>
          </li>`,
      )}
    </ol>`;
  }

  override render() {
    return html`${this._renderHits()}
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
