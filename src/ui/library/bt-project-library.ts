import { LitElement, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Project } from '../../core/model.js';
import type { RowCounts } from '../../core/progress.js';
import { LIBRARY_SORTS, libraryView, type LibrarySort } from '../../core/library-view.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { askConfirm } from '../common/ask.js';
import { fileButton, filePickerStyles } from '../common/file-picker.js';
import './events.js';
import { visibleControls } from '../../core/text/invisible.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import './bt-project-progress.js';
import { libraryStyles } from './library-styles.js';

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
const SORT_KEY = 'bt.librarySort';

function storedSort(): LibrarySort {
  try {
    const v = localStorage.getItem(SORT_KEY);
    return (LIBRARY_SORTS as readonly string[]).includes(v ?? '') ? (v as LibrarySort) : 'updated';
  } catch {
    return 'updated';
  }
}

@customElement('bt-project-library')
export class BtProjectLibrary extends LitElement {
  static override styles = [filePickerStyles, focusRing, controlStyles, libraryStyles];

  @query('dialog') private _confirm!: HTMLDialogElement;

  @state() private _renaming?: string;
  @state() private _deleting?: Project;
  @state() private _filter = '';
  /** The list's order, kept for the next visit (a preference, like the UI language). */
  @state() private _sort: LibrarySort = storedSort();

  @property({ attribute: false }) projects: readonly Project[] = [];
  /** Each project's progress by id (see LibraryState.progress). */
  @property({ attribute: false }) progress: ReadonlyMap<string, RowCounts> = new Map();

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
    if (
      mode === 'replace' &&
      !(await askConfirm({
        title: t('library.replaceTitle'),
        message: t('library.replaceHint', { file: file.name }),
        confirmLabel: t('library.replaceButton'),
        danger: true,
      }))
    ) {
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
        <bt-project-progress
          .counts=${this.progress.get(p.id)}
          .sourceLang=${p.sourceLang}
          name=${visibleControls(p.name)}
        ></bt-project-progress>
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

  private _onSort(e: Event) {
    this._sort = (e.target as HTMLSelectElement).value as LibrarySort;
    try {
      localStorage.setItem(SORT_KEY, this._sort);
    } catch {
      // Storage refused (private mode): the order holds for this visit.
    }
  }

  /** Filter and order, once there is more than one project to look through. */
  private _renderFinder(shown: number) {
    if (this.projects.length < 2) return nothing;
    const filter = this._filter.trim();
    return html`<div class="finder">
        <input
          type="search"
          aria-label=${t('library.filter')}
          placeholder=${t('library.filterPlaceholder')}
          .value=${this._filter}
          @input=${(e: Event) => (this._filter = (e.target as HTMLInputElement).value)}
        />
        <label class="inline"
          >${t('library.sort')}
          <select .value=${this._sort} @change=${this._onSort}>
            ${LIBRARY_SORTS.map(
              (k) =>
                html`<option value=${k} ?selected=${k === this._sort}>
                  ${t(`library.sortBy.${k}`)}
                </option>`,
            )}
          </select></label
        >
      </div>
      <p class="hint" role="status">
        ${
          !filter
            ? ''
            : shown === 0
              ? t('library.noMatch', { filter })
              : t('library.shown', { shown, total: this.projects.length })
        }
      </p>`;
  }

  override render() {
    const shown = libraryView(this.projects, {
      filter: this._filter,
      sort: this._sort,
      progress: this.progress,
      locale: i18n.language,
    });
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
          : html`${this._renderFinder(shown.length)}
              <ul aria-label=${t('library.title')}>
                ${shown.map((p) => this._renderItem(p))}
              </ul>
              ${i18n.exists('progress.hint') ? html`<p class="hint">${t('progress.hint')}</p>` : nothing}`
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
