import { LitElement, html, css } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/**
 * Pre-translate the document's empty rows from the translation memories: 101 %/100 % matches
 * confirmed or as drafts, and optionally fuzzy matches from a threshold (always drafts).
 *
 * @fires bt-request-pretranslate - `{ exactStatus, fuzzy, fuzzyMin }`
 * @fires bt-request-close - the dialog should close
 */
@customElement('bt-pretranslate-dialog')
export class BtPretranslateDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
        max-width: 30rem;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 0.75rem;
      }
      label {
        display: block;
        margin: 0.25rem 0;
      }
      input[type='number'] {
        width: 4rem;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
      }
      button,
      input {
        font: inherit;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;
  @state() private _exactStatus: 'translated' | 'draft' = 'translated';
  @state() private _fuzzy = false;
  @state() private _fuzzyMin = 85;

  @property({ type: Boolean }) open = false;

  constructor() {
    super();
    new I18nController(this);
  }

  override updated(): void {
    if (this.open && !this._dialog.open) this._dialog.showModal();
    if (!this.open && this._dialog.open) this._dialog.close();
  }

  private _submit(e: SubmitEvent) {
    e.preventDefault();
    emit(this, 'bt-request-pretranslate', {
      exactStatus: this._exactStatus,
      fuzzy: this._fuzzy,
      fuzzyMin: this._fuzzyMin,
    });
    emit(this, 'bt-request-close');
  }

  override render() {
    return html`<dialog aria-labelledby="title" @close=${() => emit(this, 'bt-request-close')}>
      <h2 id="title">${t('memory.pretranslate.title')}</h2>
      <p>${t('memory.pretranslate.intro')}</p>
      <form @submit=${this._submit}>
        <fieldset>
          <legend>${t('memory.pretranslate.exactAs')}</legend>
          <label
            ><input
              type="radio"
              name="exact"
              .checked=${this._exactStatus === 'translated'}
              @change=${() => (this._exactStatus = 'translated')}
            />
            ${t('memory.pretranslate.confirmed')}</label
          >
          <label
            ><input
              type="radio"
              name="exact"
              .checked=${this._exactStatus === 'draft'}
              @change=${() => (this._exactStatus = 'draft')}
            />
            ${t('memory.pretranslate.draft')}</label
          >
        </fieldset>
        <label
          ><input
            type="checkbox"
            .checked=${this._fuzzy}
            @change=${(e: Event) => (this._fuzzy = (e.target as HTMLInputElement).checked)}
          />
          ${t('memory.pretranslate.fuzzy')}</label
        >
        <label
          >${t('memory.pretranslate.fuzzyMin')}
          <input
            type="number"
            min="50"
            max="99"
            .value=${String(this._fuzzyMin)}
            ?disabled=${!this._fuzzy}
            @change=${(e: Event) =>
              (this._fuzzyMin = Math.min(
                99,
                Math.max(50, Number((e.target as HTMLInputElement).value) || 85),
              ))}
        /></label>
        <div class="buttons">
          <button type="button" @click=${() => emit(this, 'bt-request-close')}>
            ${t('common.cancel')}
          </button>
          <button type="submit" class="primary">${t('memory.pretranslate.run')}</button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-pretranslate-dialog': BtPretranslateDialog;
  }
}
