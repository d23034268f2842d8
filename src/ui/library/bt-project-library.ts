import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Project } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { fileButton, filePickerStyles } from '../common/file-picker.js';
import './events.js';
import { visibleControls } from '../../core/text/invisible.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

/**
 * The project library: list, create, rename, delete (with confirmation; the app offers undo).
 *
 * @fires bt-request-open-project - `{ id }`
 * @fires bt-request-rename-project - `{ id, name }`
 * @fires bt-request-delete-project - `{ id }` (already confirmed by the user)
 * @fires bt-request-export-backup - download the whole workspace as one JSON file
 * @fires bt-request-import-backup - `{ text, mode }` restore a backup (`replace` or `merge`)
 * @fires bt-request-open-import - open a bilingual file (TMX, XLIFF, TSV…) as a new project
 */
@customElement('bt-project-library')
export class BtProjectLibrary extends LitElement {
  static override styles = [
    filePickerStyles,
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        max-width: 60rem;
        margin: 0 auto;
        padding: 1.5rem 1rem;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 1rem;
      }
      a.new {
        display: inline-block;
        padding: 0.45rem 0.9rem;
        border-radius: 6px;
        background: var(--bt-accent-strong);
        color: var(--bt-accent-text);
        text-decoration: none;
        font-weight: 600;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
        font-size: 0.85rem;
      }
      input,
      select,
      button {
        font: inherit;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        padding: 0.7rem 1rem;
        background: var(--bt-surface);
        border: 1px solid var(--bt-border);
        border-radius: 8px;
        margin-bottom: 0.5rem;
      }
      li a {
        font-weight: 600;
        color: var(--bt-link);
        text-decoration: none;
        font-size: 1.05rem;
      }
      li a:hover,
      li a:focus-visible {
        text-decoration: underline;
      }
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.85rem;
      }
      .grow {
        flex: 1;
        min-width: 0;
      }
      .empty {
        color: var(--bt-text-muted);
      }
      .backup {
        margin-top: 2rem;
        padding: 1rem;
        background: var(--bt-surface);
        border: 1px solid var(--bt-border);
        border-radius: 8px;
      }
      .backup h2 {
        margin-bottom: 0.4rem;
      }
      fieldset {
        margin-top: 0.75rem;
        border: 1px solid var(--bt-border);
        border-radius: 6px;
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
      }
      label.inline {
        flex-direction: row;
        align-items: center;
      }
      dialog {
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
      }
    `,
  ];

  @query('dialog') private _confirm!: HTMLDialogElement;

  @state() private _renaming?: string;
  @state() private _deleting?: Project;

  @property({ attribute: false }) projects: readonly Project[] = [];

  constructor() {
    super();
    new I18nController(this);
  }

  private _onRename(e: SubmitEvent, p: Project) {
    e.preventDefault();
    const name = String(new FormData(e.target as HTMLFormElement).get('name') ?? '').trim();
    if (name && name !== p.name) emit(this, 'bt-request-rename-project', { id: p.id, name });
    this._renaming = undefined;
  }

  private _askDelete(p: Project) {
    this._deleting = p;
    this.updateComplete.then(() => this._confirm.showModal());
  }

  private _onConfirmClose() {
    if (this._confirm.returnValue === 'delete' && this._deleting) {
      emit(this, 'bt-request-delete-project', { id: this._deleting.id });
    }
    this._deleting = undefined;
  }

  private async _onBackupFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const form = input.form!;
    const mode = new FormData(form).get('mode') === 'replace' ? 'replace' : 'merge';
    if (mode === 'replace' && !confirm(t('library.confirmReplace'))) {
      input.value = '';
      return;
    }
    emit(this, 'bt-request-import-backup', { text: await file.text(), mode });
    input.value = '';
  }

  private _date(ms: number) {
    return new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(ms);
  }

  private _renderItem(p: Project) {
    if (this._renaming === p.id) {
      return html`<li>
        <form class="grow" @submit=${(e: SubmitEvent) => this._onRename(e, p)}>
          <label>${t('library.newName')} <input name="name" .value=${p.name} required /></label>
          <button type="submit">${t('common.save')}</button>
          <button type="button" @click=${() => (this._renaming = undefined)}>
            ${t('common.cancel')}
          </button>
        </form>
      </li>`;
    }
    return html`<li>
      <div class="grow">
        <a href=${`#/p/${encodeURIComponent(p.id)}`}><bdi>${visibleControls(p.name)}</bdi></a>
        <div class="meta">
          ${t(`lang.${p.sourceLang}`)} → ${t(`lang.${p.targetLang}`)} ·
          ${t('library.updated', { date: this._date(p.updatedAt) })}
        </div>
      </div>
      <button
        aria-label=${t('library.renameLabel', { name: visibleControls(p.name) })}
        @click=${() => (this._renaming = p.id)}
      >
        ${t('library.rename')}
      </button>
      <button
        aria-label=${t('library.deleteLabel', { name: visibleControls(p.name) })}
        @click=${() => this._askDelete(p)}
      >
        ${t('library.delete')}
      </button>
    </li>`;
  }

  override render() {
    return html`
      <h2>${t('library.title')}</h2>
      <p>
        <a class="new" href="#/new">${t('library.create')}</a>
        <button class="open-file" @click=${() => emit(this, 'bt-request-open-import')}>
          ${t('exchange.import.open')}
        </button>
      </p>
      ${
        this.projects.length === 0
          ? html`<p class="empty">${t('library.empty')}</p>`
          : html`<ul aria-label=${t('library.title')}>
              ${this.projects.map((p) => this._renderItem(p))}
            </ul>`
      }
      <section class="backup" aria-labelledby="backup-title">
        <h2 id="backup-title">${t('library.backup')}</h2>
        <p>${t('library.backupHint')}</p>
        <button @click=${() => emit(this, 'bt-request-export-backup')}>
          ${t('library.exportBackup')}
        </button>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <fieldset>
            <legend>${t('library.restoreBackup')}</legend>
            <label class="inline"
              ><input
                type="radio"
                name="mode"
                value="merge"
                checked
              />${t('library.modeMerge')}</label
            >
            <label class="inline"
              ><input type="radio" name="mode" value="replace" />${t('library.modeReplace')}</label
            >
            <label
              >${t('library.backupFile')}
              <input
                type="file"
                class="file-input"
                accept=".json,application/json"
                @change=${this._onBackupFile}
              />${fileButton()}</label
            >
          </fieldset>
        </form>
      </section>
      <dialog @close=${this._onConfirmClose} aria-labelledby="confirm-title">
        ${
          this._deleting
            ? html`<form method="dialog">
                <h3 id="confirm-title">
                  ${t('library.confirmDelete', { name: this._deleting.name })}
                </h3>
                <p>${t('library.confirmDeleteHint')}</p>
                <button value="cancel">${t('common.cancel')}</button>
                <button value="delete">${t('library.delete')}</button>
              </form>`
            : nothing
        }
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-project-library': BtProjectLibrary;
  }
}
