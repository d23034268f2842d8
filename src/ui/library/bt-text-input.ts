import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { importFailure } from '../../core/exchange.js';
import { DEFAULT_MAX_BYTES } from '../../core/formats/types.js';
import type { Lang } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { loadText, type LoadedText } from '../../state/source-files.js';
import { encodingOptions } from '../common/encoding-options.js';
import { emit } from '../common/events.js';
import { fileButton, filePickerStyles } from '../common/file-picker.js';
import { failureReason } from '../exchange/failure.js';
import './events.js';

/**
 * One side of a new project: paste text, or drop or choose a file (.txt in any Chinese encoding,
 * .docx, .md, .html). The encoding guess of a text file is shown and can be overridden.
 *
 * @fires bt-text-change - `{ text, fileName? }` the text of this side changed (`fileName` when a file was opened)
 */
@customElement('bt-text-input')
export class BtTextInput extends LitElement {
  static override styles = [
    filePickerStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 0.4rem;
        min-width: 0;
      }
      label.title {
        font-weight: 600;
      }
      textarea {
        font: inherit;
        min-height: 14rem;
        resize: vertical;
        padding: 0.5rem;
        border: 1px dashed var(--bt-border-drop);
        border-radius: 6px;
      }
      :host([dragging]) textarea {
        border-color: var(--bt-accent);
        background: var(--bt-accent-soft);
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 0.75rem;
        align-items: center;
        font-size: 0.85rem;
      }
      .error {
        color: var(--bt-danger);
      }
      select,
      input {
        font: inherit;
      }
    `,
  ];

  @state() private _file?: LoadedText;
  /** What the file was first guessed to be (a choice in "Read as" does not change the guess). */
  private _guess?: LoadedText['encoding'];
  @state() private _error = '';

  @property() label = '';
  @property() text = '';
  /** The language this side is in, for `lang` on the text field. */
  @property() textLang: Lang | '' = '';
  @property({ type: Boolean, reflect: true }) dragging = false;
  /** The largest file read (the import's limit). */
  @property({ type: Number }) maxBytes = DEFAULT_MAX_BYTES;

  constructor() {
    super();
    new I18nController(this);
  }

  /** Puts the keyboard in the text field. */
  async focusText(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('textarea')?.focus();
  }

  private _set(text: string, fileName?: string) {
    this.text = text;
    emit(this, 'bt-text-change', fileName ? { text, fileName } : { text });
  }

  private async _load(file: File, encoding?: string) {
    this._error = '';
    // Refused before reading: a file of hundreds of megabytes would freeze the page.
    if (file.size > this.maxBytes) {
      this._error = t('newProject.cannotRead', {
        name: file.name,
        reason: failureReason({
          code: 'too-large',
          params: { size: file.size, limit: this.maxBytes },
        }),
      });
      return;
    }
    try {
      const loaded = await loadText(file.name, new Uint8Array(await file.arrayBuffer()), encoding);
      this._file = loaded;
      this._guess = loaded.encoding;
      this._set(loaded.text, file.name);
    } catch (e) {
      // A refused file changes nothing: the text and the earlier file's "Read as" stay.
      this._error = t('newProject.cannotRead', {
        name: file.name,
        reason: failureReason(importFailure(e, file.name)),
      });
    }
  }

  private async _reDecode(encoding: string) {
    const f = this._file;
    if (!f) return;
    const loaded = await loadText(f.name, f.bytes, encoding);
    this._file = loaded;
    this._set(loaded.text);
  }

  private _onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (file) void this._load(file);
  }

  override render() {
    const enc = this._file?.encoding;
    return html`
      <label class="title" for="text">${this.label}</label>
      <textarea
        id="text"
        lang=${this.textLang || nothing}
        .value=${this.text}
        placeholder=${t('newProject.pastePlaceholder')}
        @input=${(e: Event) => {
          this._file = undefined;
          this._set((e.target as HTMLTextAreaElement).value);
        }}
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this._onDrop}
      ></textarea>
      <div class="row">
        <label
          >${t('newProject.openFile')}
          <input
            type="file"
            class="file-input"
            accept=".txt,.text,.docx,.md,.markdown,.html,.htm,text/plain"
            @change=${(e: Event) => {
              const f = (e.target as HTMLInputElement).files?.[0];
              if (f) void this._load(f);
            }}
          />${fileButton()}</label
        >
        ${
          enc
            ? html`<span
                  >${t('newProject.encoding', {
                    name: t(`encoding.${this._guess?.name ?? enc.name}`),
                    confidence: Math.round((this._guess ?? enc).confidence * 100),
                  })}</span
                >
                <label
                  >${t('newProject.readAs')}
                  <select
                    ?disabled=${!enc.overridable}
                    @change=${(e: Event) => this._reDecode((e.target as HTMLSelectElement).value)}
                  >
                    ${encodingOptions(enc.name)}
                  </select></label
                >`
            : nothing
        }
      </div>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-text-input': BtTextInput;
  }
}
