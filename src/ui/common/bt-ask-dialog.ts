import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { focusRing } from './focus-ring.js';
import { controlStyles } from './controls.js';

/** A yes-or-no question. */
export interface ConfirmQuestion {
  /** The dialog's heading and accessible name; the message stands in for it when absent. */
  title?: string;
  message: string;
  /** What the button does ("Delete version"), never "OK". */
  confirmLabel: string;
  /** The answer destroys something: the focus starts on Cancel and the button reads as a warning. */
  danger?: boolean;
}

/** A question answered by a line of text (a new name). */
export interface TextQuestion {
  title: string;
  /** The field's label. */
  label: string;
  /** The current text: shown selected, and not accepted again as the answer. */
  value: string;
  confirmLabel: string;
  message?: string;
  /** Why the (trimmed) text cannot be taken, or '' when it can. */
  validate?: (value: string) => string;
}

export type Question = ({ kind: 'confirm' } & ConfirmQuestion) | ({ kind: 'text' } & TextQuestion);

/**
 * The app's own confirm and prompt (see ask.ts, which makes one per question): a modal
 * `<dialog>`, so the browser traps the focus, Escape cancels and the page behind is inert — but
 * unlike the native boxes it blocks no script, is styled and speaks the UI language.

 */
@customElement('bt-ask-dialog')
export class BtAskDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        width: min(30rem, 92vw);
        box-sizing: border-box;
        border: 1px solid var(--bt-border-strong);
        border-radius: var(--bt-radius-lg);
        background: var(--bt-surface);
        color: var(--bt-text);
        padding: 1rem 1.25rem;
        box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
      }
      dialog::backdrop {
        background: rgb(20 24 33 / 0.35);
      }
      h2 {
        font-size: 1.05rem;
        margin: 0 0 0.5rem;
        overflow-wrap: anywhere;
      }
      p {
        margin: 0 0 0.75rem;
        color: var(--bt-text-2);
        line-height: 1.5;
        overflow-wrap: anywhere;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
        font-size: var(--bt-font-sm);
        color: var(--bt-text-2);
      }
      input {
        width: 100%;
        font-size: 1rem;
      }
      .why {
        min-height: 1.3em;
        margin: 0.3rem 0 0;
        font-size: var(--bt-font-sm);
        color: var(--bt-text-muted);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: 0.5rem;
        margin-top: 1rem;
      }
      /* The main action, in the warning colour when it destroys something (the page's surface
         colour for its text keeps the contrast in the dark theme too). */
      button.primary.danger {
        background: var(--bt-danger);
        border-color: var(--bt-danger);
        color: var(--bt-surface);
      }
      button.primary.danger:hover:not(:disabled) {
        background: var(--bt-danger-strong);
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;
  @query('input') private _input?: HTMLInputElement;
  @query('button.cancel') private _cancel!: HTMLButtonElement;
  @query('button[type="submit"]') private _ok!: HTMLButtonElement;

  @property({ attribute: false }) question?: Question;
  @state() private _text = '';
  @state() private _edited = false;

  constructor() {
    super();
    new I18nController(this);
  }

  private _answer?: (answer: boolean | string | null) => void;

  /**
   * Shows the question as a modal dialog. Resolves as it closes: a confirm with true or false,
   * a text question with the trimmed text or null (Cancel, Escape).
   */
  async open(question: Question): Promise<boolean | string | null> {
    this.question = question;
    this._text = question.kind === 'text' ? question.value : '';
    this._edited = false;
    await this.updateComplete;
    const answered = new Promise<boolean | string | null>((resolve) => (this._answer = resolve));
    this._dialog.showModal();
    // A name is selected, for typing over it; a destructive question starts on the safe choice.
    if (question.kind === 'text') {
      this._input?.focus();
      this._input?.select();
    } else (question.danger ? this._cancel : this._ok).focus();
    return answered;
  }

  /** Why the text cannot be taken: '' when it can. */
  private _reason(): '' | 'empty' | 'unchanged' | { custom: string } {
    const q = this.question;
    if (q?.kind !== 'text') return '';
    const v = this._text.trim();
    if (!v) return 'empty';
    if (v === q.value.trim()) return 'unchanged';
    const custom = q.validate?.(v);
    return custom ? { custom } : '';
  }

  /** The reason, in words; none for the untouched current name (the disabled button says enough). */
  private _why(): string {
    const r = this._reason();
    if (r === 'empty') return t('ask.empty');
    if (r === 'unchanged') return this._edited ? t('ask.unchanged') : '';
    return r ? r.custom : '';
  }

  private _submit(e: Event) {
    e.preventDefault();
    if (this._reason()) return;
    this._dialog.close('ok');
  }

  private _onClose() {
    const q = this.question;
    const ok = this._dialog.returnValue === 'ok';
    const answer = q?.kind === 'text' ? (ok ? this._text.trim() : null) : ok;
    this._answer?.(answer);
    this._answer = undefined;
  }

  private _renderText(q: TextQuestion) {
    const why = this._why();
    return html`${q.message ? html`<p>${q.message}</p>` : nothing}
      <label
        >${q.label}
        <input
          autocomplete="off"
          aria-describedby="why"
          .value=${this._text}
          @input=${(e: Event) => {
            this._text = (e.target as HTMLInputElement).value;
            this._edited = true;
          }}
      /></label>
      <p class="why" id="why" aria-live="polite">${why}</p>`;
  }

  override render() {
    const q = this.question;
    if (!q) return html`<dialog></dialog>`;
    const danger = q.kind === 'confirm' && q.danger;
    const title = q.title ?? q.message;
    const blocked = this._reason() !== '';
    return html`<dialog
      aria-labelledby="title"
      aria-describedby=${q.kind === 'confirm' && q.title ? 'message' : nothing}
      @close=${this._onClose}
    >
      <form @submit=${this._submit}>
        <h2 id="title">${title}</h2>
        ${
          q.kind === 'text'
            ? this._renderText(q)
            : q.title
              ? html`<p id="message">${q.message}</p>`
              : nothing
        }
        <div class="actions">
          <button type="button" class="cancel" @click=${() => this._dialog.close('')}>
            ${t('common.cancel')}
          </button>
          <button type="submit" class="primary ${danger ? 'danger' : ''}" ?disabled=${blocked}>
            ${q.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-ask-dialog': BtAskDialog;
  }
}
