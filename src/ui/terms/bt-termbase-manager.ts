import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TermbaseFormat } from '../../core/formats/termbase.js';
import type { Job, TermbaseMeta } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { askConfirm } from '../common/ask.js';
import { fileButton, filePickerStyles } from '../common/file-picker.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import { controlStyles } from '../common/controls.js';
import { termbaseFailure } from './failure-reason.js';

const FORMATS: readonly TermbaseFormat[] = ['tbx', 'tsv', 'csv'];

/** "Chinese", "English" for the app's two languages; any other tag a file used, as it is. */
const langName = (tag: string): string =>
  tag === 'zh-Hans' || tag === 'en' ? t(`lang.${tag}`) : tag;

/**
 * The workspace's termbases: which the project reads, the one new terms go to, import (with
 * progress), export, create and delete, and each one's entries browsed (`bt-termbase-entries`,
 * whose Edit asks for the term form with `bt-request-open-edit-term`, bubbling on to the page).
 *
 * @fires bt-request-choose-termbases - `{ read, write }`
 * @fires bt-request-import-termbase - `{ file }`
 * @fires bt-request-export-termbase - `{ id, format }`
 * @fires bt-request-create-termbase - `{ name }`
 * @fires bt-request-delete-termbase - `{ id }` (already confirmed by the user)
 */
@customElement('bt-termbase-manager')
export class BtTermbaseManager extends LitElement {
  static override styles = [
    filePickerStyles,
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        border-top: 1px solid var(--bt-border);
        padding-top: 0.4rem;
      }
      h3 {
        font-size: 0.9rem;
        margin: 0.3rem 0;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0 0 0.6rem;
      }
      li {
        padding: 0.3rem 0;
        border-bottom: 1px solid var(--bt-divider);
      }
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.8rem;
      }
      .write {
        display: block;
        margin-top: 0.2rem;
      }
      .actions {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin-top: 0.2rem;
      }
      button,
      input {
        font: inherit;
      }
      form {
        display: flex;
        gap: 0.3rem;
        margin: 0.4rem 0;
      }
      form input {
        flex: 1;
        min-width: 0;
      }
      .progress {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .error {
        color: var(--bt-danger-strong);
      }
    `,
  ];

  @property({ attribute: false }) termbases: readonly TermbaseMeta[] = [];
  @property({ attribute: false }) read: readonly string[] = [];
  @property({ attribute: false }) write?: string;
  @property({ attribute: false }) importing?: Job;

  /** The termbase whose entries are being browsed. */
  @state() private _browsing?: string;

  constructor() {
    super();
    new I18nController(this);
  }

  private _toggleRead(id: string, on: boolean) {
    const read = on ? [...this.read, id] : this.read.filter((x) => x !== id);
    emit(this, 'bt-request-choose-termbases', {
      read,
      write: this.write === id && !on ? undefined : this.write,
    });
  }

  private _chooseWrite(id: string) {
    const read = this.read.includes(id) ? [...this.read] : [...this.read, id];
    emit(this, 'bt-request-choose-termbases', { read, write: id });
  }

  private _browse(id: string) {
    void import('./bt-termbase-entries.js');
    this._browsing = id;
  }

  /** The entry browser, while open (and while its termbase is still there). */
  private _renderEntries() {
    const tb = this.termbases.find((x) => x.id === this._browsing);
    if (!tb) return nothing;
    return html`<bt-termbase-entries
      open
      .termbase=${tb}
      @bt-request-close=${(e: Event) => {
        // Its own close: nothing above the list has anything to close.
        e.stopPropagation();
        this._browsing = undefined;
      }}
    ></bt-termbase-entries>`;
  }

  private _onFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) emit(this, 'bt-request-import-termbase', { file });
    input.value = '';
  }

  private _renderImport() {
    const job = this.importing;
    return html`<label>
        ${t('terms.manage.import')}
        <input
          type="file"
          class="file-input"
          accept=".tbx,.tsv,.csv,.txt"
          @change=${this._onFile}
        />${fileButton()}
      </label>
      ${
        job?.status === 'running'
          ? html`<div class="progress">
              <progress
                aria-label=${t('terms.manage.importing')}
                max="1"
                .value=${job.progress}
              ></progress>
              <span aria-hidden="true"
                >${t('terms.manage.percent', { percent: Math.floor(job.progress * 100) })}</span
              >
            </div>`
          : nothing
      }
      ${
        job?.status === 'failed' && job.error
          ? html`<p class="error" role="alert">
              ${t('terms.manage.importFailed', { reason: termbaseFailure(job.error) })}
            </p>`
          : nothing
      }`;
  }

  override render() {
    return html`<h3>${t('terms.manage.title')}</h3>
      ${this.termbases.length === 0 ? html`<p>${t('terms.manage.empty')}</p>` : nothing}
      <ul>
        ${this.termbases.map(
          (tb) =>
            html`<li>
              <label>
                <input
                  type="checkbox"
                  .checked=${this.read.includes(tb.id)}
                  aria-label=${t('terms.manage.read', { name: tb.name })}
                  title=${t('terms.manage.read', { name: tb.name })}
                  @change=${(e: Event) =>
                    this._toggleRead(tb.id, (e.target as HTMLInputElement).checked)}
                />
                <strong>${tb.name}</strong>
              </label>
              <div class="meta">
                ${t('terms.manage.entries', { count: tb.entryCount })} ·
                ${t('terms.manage.pair', { source: langName(tb.sourceLang), target: langName(tb.targetLang) })}
              </div>
              ${tb.team ? html`<div class="meta">${t('terms.manage.team')}</div>` : nothing}
              <label class="write">
                <input
                  type="radio"
                  name="write"
                  .checked=${this.write === tb.id}
                  aria-label=${t('terms.manage.write', { name: tb.name })}
                  @change=${() => this._chooseWrite(tb.id)}
                />
                ${t('terms.manage.writeShort')}
              </label>
              <div class="actions">
                <button
                  class="entries"
                  aria-label=${t('terms.manage.browse', { name: tb.name })}
                  @click=${() => this._browse(tb.id)}
                >
                  ${t('terms.manage.browseShort')}
                </button>
                <span class="meta" aria-hidden="true">${t('terms.manage.exportShort')}</span>
                ${FORMATS.map(
                  (format) =>
                    html`<button
                      aria-label=${t('terms.manage.export', {
                        name: tb.name,
                        format: format.toUpperCase(),
                      })}
                      @click=${() => emit(this, 'bt-request-export-termbase', { id: tb.id, format })}
                    >
                      ${format.toUpperCase()}
                    </button>`,
                )}
                <button
                  aria-label=${t('terms.manage.delete', { name: tb.name })}
                  title=${t('terms.manage.delete', { name: tb.name })}
                  @click=${async () => {
                    const yes = await askConfirm({
                      title: t('terms.manage.deleteTitle', { name: tb.name }),
                      // The team keeps its own: only this device's copy goes.
                      message: t(
                        tb.team ? 'terms.manage.deleteTeamHint' : 'terms.manage.deleteHint',
                      ),
                      confirmLabel: t('terms.manage.deleteButton'),
                      danger: true,
                    });
                    if (yes) emit(this, 'bt-request-delete-termbase', { id: tb.id });
                  }}
                >
                  ✕
                </button>
              </div>
            </li>`,
        )}
      </ul>
      ${this._renderEntries()} ${this._renderImport()}
      <form
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const input = (e.target as HTMLFormElement).querySelector('input')!;
          const name = input.value.trim();
          if (name) emit(this, 'bt-request-create-termbase', { name });
          input.value = '';
        }}
      >
        <input aria-label=${t('terms.manage.newName')} placeholder=${t('terms.manage.newName')} />
        <button type="submit">${t('terms.manage.create')}</button>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-termbase-manager': BtTermbaseManager;
  }
}
