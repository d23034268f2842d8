import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Lang } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { askConfirm } from '../common/ask.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/**
 * The term form. Adding, it is prefilled with the text selected in the source and in the
 * translation; editing (`entry` set), with an entry's first source and target terms and its
 * note, and it can delete the entry (after asking).
 *
 * @fires bt-request-add-term - `{ source, target, note, forbidden }`
 * @fires bt-request-edit-term - `{ source, target, note, forbidden }`, editing
 * @fires bt-request-delete-term - editing, once the user confirmed
 * @fires bt-request-close - the form is done (added, saved, deleted or cancelled)
 */
@customElement('bt-add-term-dialog')
export class BtAddTermDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        min-width: min(28rem, 90vw);
        border: 1px solid var(--bt-border);
        border-radius: 6px;
        background: var(--bt-surface);
        color: inherit;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0 0 0.6rem;
      }
      label {
        display: block;
        margin-bottom: 0.5rem;
      }
      input[type='text'] {
        display: block;
        width: 100%;
        box-sizing: border-box;
        font: inherit;
      }
      .actions {
        display: flex;
        gap: 0.4rem;
        justify-content: flex-end;
      }
      .actions .delete {
        margin-inline-end: auto;
        color: var(--bt-danger-strong);
      }
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.85rem;
      }
      button {
        font: inherit;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;
  @query('form') private _form!: HTMLFormElement;

  @property({ type: Boolean }) open = false;
  @property() source = '';
  @property() target = '';
  @property({ attribute: false }) sourceLang: Lang = 'zh-Hans';
  @property({ attribute: false }) targetLang: Lang = 'en';
  /** The termbase the term goes to; empty when a new one will be made. */
  @property() writeName = '';
  /**
   * Editing an entry: its termbase's name, its note and forbidden mark, and how many of its terms
   * the form does not show. Undefined: adding.
   */
  @property({ attribute: false }) entry?: {
    termbaseName: string;
    note: string;
    forbidden: boolean;
    hidden: number;
  };

  constructor() {
    super();
    new I18nController(this);
  }

  override updated(): void {
    if (this.open && !this._dialog.open) {
      this._form.reset();
      this._dialog.showModal();
    }
    if (!this.open && this._dialog.open) this._dialog.close();
  }

  private _submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(this._form);
    const source = String(data.get('source') ?? '').trim();
    if (!source) return;
    emit(this, this.entry ? 'bt-request-edit-term' : 'bt-request-add-term', {
      source,
      target: String(data.get('target') ?? '').trim(),
      note: String(data.get('note') ?? '').trim(),
      forbidden: data.get('forbidden') === 'on',
    });
    emit(this, 'bt-request-close');
  }

  private async _delete() {
    const entry = this.entry;
    if (!entry) return;
    const yes = await askConfirm({
      title: t('terms.add.deleteTitle', { term: this.source }),
      message: t('terms.add.deleteHint', { name: entry.termbaseName }),
      confirmLabel: t('terms.add.deleteButton'),
      danger: true,
    });
    if (!yes) return;
    emit(this, 'bt-request-delete-term');
    emit(this, 'bt-request-close');
  }

  private _renderWhere() {
    const entry = this.entry;
    if (!entry)
      return html`<p class="meta">
        ${this.writeName ? t('terms.add.to', { name: this.writeName }) : t('terms.add.toNew')}
      </p>`;
    return html`<p class="meta">${t('terms.add.in', { name: entry.termbaseName })}</p>
      ${
        entry.hidden
          ? html`<p class="meta">${t('terms.add.hidden', { count: entry.hidden })}</p>`
          : nothing
      }`;
  }

  override render() {
    const lang = (l: Lang) => t(`lang.${l}`);
    return html`<dialog aria-labelledby="title" @close=${() => emit(this, 'bt-request-close')}>
      <form @submit=${this._submit}>
        <h2 id="title">${t(this.entry ? 'terms.add.editTitle' : 'terms.add.title')}</h2>
        <label
          >${t('terms.add.source', { lang: lang(this.sourceLang) })}
          <input
            type="text"
            name="source"
            required
            lang=${this.sourceLang}
            .defaultValue=${this.source}
        /></label>
        <label
          >${t('terms.add.target', { lang: lang(this.targetLang) })}
          <input type="text" name="target" lang=${this.targetLang} .defaultValue=${this.target}
        /></label>
        <label
          >${t('terms.add.note')}
          <input type="text" name="note" .defaultValue=${this.entry?.note ?? ''}
        /></label>
        <label
          ><input
            type="checkbox"
            name="forbidden"
            .defaultChecked=${this.entry?.forbidden ?? false}
          />
          ${t('terms.add.forbidden')}</label
        >
        ${this._renderWhere()}
        <div class="actions">
          ${
            this.entry
              ? html`<button type="button" class="delete" @click=${this._delete}>
                  ${t('terms.add.delete')}
                </button>`
              : nothing
          }
          <button type="button" @click=${() => emit(this, 'bt-request-close')}>
            ${t('common.cancel')}
          </button>
          <button type="submit" class="primary">
            ${t(this.entry ? 'terms.add.save' : 'terms.add.submit')}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-add-term-dialog': BtAddTermDialog;
  }
}
