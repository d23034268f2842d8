import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
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
 * Rename opens in place with the name selected (Escape cancels); the keyboard goes back to the
 * project's Rename after, and on to the next project's Delete once one is deleted.
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

  @state() private _renaming?: string;
  /**
   * A project whose deletion was confirmed, and where the keyboard goes once it has left the
   * list (its row takes the focused button away): the next project's Delete, or the heading.
   */
  private _focusAfterDelete?: { gone: string; next?: string };
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

  override updated(changed: PropertyValues<this>): void {
    const f = this._focusAfterDelete;
    if (!f || !changed.has('projects') || this.projects.some((p) => p.id === f.gone)) return;
    this._focusAfterDelete = undefined;
    (f.next ? this._button(f.next, 'delete') : this.renderRoot.querySelector('h2'))?.focus();
  }

  private _button(id: string, which: 'rename' | 'delete') {
    return this.renderRoot.querySelector<HTMLElement>(
      `li[data-id="${CSS.escape(id)}"] button.${which}`,
    );
  }

  private async _startRename(p: Project) {
    this._renaming = p.id;
    await this.updateComplete;
    // Typing goes into the name at once, replacing it, as in a file manager.
    const input = this.renderRoot.querySelector<HTMLInputElement>(
      `li[data-id="${CSS.escape(p.id)}"] input[name=name]`,
    );
    input?.focus();
    input?.select();
  }

  private async _endRename(p: Project) {
    this._renaming = undefined;
    await this.updateComplete;
    this._button(p.id, 'rename')?.focus();
  }

  private _onRename(e: SubmitEvent, p: Project) {
    e.preventDefault();
    const name = String(new FormData(e.target as HTMLFormElement).get('name') ?? '').trim();
    if (name && name !== p.name) emit(this, 'bt-request-rename-project', { id: p.id, name });
    void this._endRename(p);
  }

  /** Asked in the app's own dialog, as every deletion is (Cancel has the focus). */
  private async _askDelete(p: Project, next?: Project) {
    const yes = await askConfirm({
      title: t('library.confirmDelete', { name: p.name }),
      message: t('library.confirmDeleteHint'),
      confirmLabel: t('library.deleteButton'),
      danger: true,
    });
    if (!yes) return;
    this._focusAfterDelete = { gone: p.id, next: next?.id };
    emit(this, 'bt-request-delete-project', { id: p.id });
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

  /** `next`: the project after it in the list as shown (before it, for the last). */
  private _renderItem(p: Project, next?: Project) {
    if (this._renaming === p.id) {
      return html`<li data-id=${p.id}>
        <form
          class="grow"
          @submit=${(e: SubmitEvent) => this._onRename(e, p)}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key !== 'Escape' || e.isComposing) return;
            e.preventDefault();
            e.stopPropagation();
            void this._endRename(p);
          }}
        >
          <label>${t('library.newName')} <input name="name" .value=${p.name} required /></label>
          <button type="submit">${t('common.save')}</button>
          <button type="button" @click=${() => this._endRename(p)}>${t('common.cancel')}</button>
        </form>
      </li>`;
    }
    return html`<li data-id=${p.id}>
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
        class="rename"
        aria-label=${t('library.renameLabel', { name: visibleControls(p.name) })}
        @click=${() => this._startRename(p)}
      >
        ${t('library.rename')}
      </button>
      <button
        class="delete"
        aria-label=${t('library.deleteLabel', { name: visibleControls(p.name) })}
        @click=${() => this._askDelete(p, next)}
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
      <h2 tabindex="-1">${t('library.title')}</h2>
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
                ${shown.map((p, i) => this._renderItem(p, shown[i + 1] ?? shown[i - 1]))}
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
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-project-library': BtProjectLibrary;
  }
}
