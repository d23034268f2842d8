import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { Lang } from '../../core/model.js';
import { memoryContext } from '../../state/contexts.js';
import type { ImportProblem, MemoryService } from '../../state/memory.js';
import type { TmRecord } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { Watch } from '../common/watch.js';
import { filePickerStyles } from '../common/file-picker.js';
import { failureReason } from '../exchange/failure.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import type { BtEvent } from '../common/events.js';
import { askConfirm, askText } from '../common/ask.js';
import { controlStyles } from '../common/controls.js';
import { langName } from '../common/lang-name.js';
import './bt-tm-units.js';

/**
 * The workspace's translation memories: list, create, rename, delete (with Undo), import a TMX,
 * TSV/CSV or XLIFF file with a progress bar and Cancel (parsed in a Worker, written in batches;
 * all or nothing). The page is where the TM requests become memory service calls.
 * Two TMs never share a name: the project's TM list tells them apart by it.
 */
@customElement('bt-tm-page')
export class BtTmPage extends LitElement {
  static override styles = [
    filePickerStyles,
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        padding: 1rem 1.5rem;
        /* Wide enough at 1280 px for the five columns on one line each, in Chinese too; centred
           on a wider window, as every other page is. */
        max-width: 80rem;
        margin: 0 auto;
      }
      /* A page's title, the same size on every page. */
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.75rem;
      }
      .table-scroll {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        margin: 0.75rem 0;
      }
      th,
      td {
        text-align: left;
        padding: 0.35rem 0.5rem;
        border-bottom: 1px solid var(--bt-divider);
      }
      td.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      /* Short cells read as one piece: "中文 → 英文", "2026年12月2日", a heading, the buttons
         (a narrow window scrolls the table instead). */
      thead th,
      td.nowrap,
      td.num {
        white-space: nowrap;
      }
      h2:focus {
        outline: none;
      }
      .error {
        color: var(--bt-danger);
        flex-basis: 100%;
        margin: 0;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 0.85rem;
      }
      .actions {
        display: flex;
        gap: 0.3rem;
      }
      .job {
        margin: 0.75rem 0;
        padding: 0.6rem 0.75rem;
        border: 1px solid var(--bt-border);
        border-radius: 6px;
        background: var(--bt-surface);
      }
      progress {
        width: 100%;
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    `,
  ];

  @consume({ context: memoryContext, subscribe: true })
  @property({ attribute: false })
  memory?: MemoryService;

  /** The TM whose units are listed for search and editing. */
  @state() private _unitsOf?: string;

  /** The file chosen last, for "import swapped" after a wrong-pair refusal. */
  @state() private _lastFile?: { tm: string; file: File };

  /** Why the new TM's name was refused (another TM has it). */
  @state() private _createError = '';

  constructor() {
    super();
    new I18nController(this);
    new Watch(
      this,
      () => this.memory,
      (s) => [s.tms, s.importing, s.imported, s.units],
    );
  }

  private _date(ms: number) {
    return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(ms);
  }

  private _number(n: number) {
    return new Intl.NumberFormat(i18n.language).format(n);
  }

  private _create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const [sourceLang, targetLang] = String(data.get('pair')).split(':') as [Lang, Lang];
    const name = String(data.get('name') ?? '').trim() || t('memory.page.untitled');
    if (this.memory?.nameTaken(name)) {
      this._createError = t('memory.page.duplicate', { name });
      form.querySelector('input')?.focus();
      return;
    }
    this._createError = '';
    void this.memory?.create(name, sourceLang, targetLang);
    form.reset();
  }

  private async _rename(tm: TmRecord) {
    const m = this.memory;
    const name = await askText({
      title: t('memory.page.renameTitle', { name: tm.name }),
      label: t('memory.page.name'),
      value: tm.name,
      confirmLabel: t('memory.page.renameButton'),
      validate: (v) => (m?.nameTaken(v, tm.id) ? t('memory.page.duplicate', { name: v }) : ''),
    });
    if (name) await m?.rename(tm.id, name);
  }

  /** Asks first, naming what goes: the TM's units and the projects that use it. */
  private async _delete(tm: TmRecord) {
    const m = this.memory;
    if (!m) return;
    const used = await m.usedBy(tm.id);
    const projects = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      used.map((p) => t('memory.quoted', { name: p.name })),
    );
    const message = [
      t('memory.page.deleteUnits', { count: tm.size }),
      used.length > 0
        ? t('memory.page.deleteUsed', { count: used.length, projects })
        : t('memory.page.deleteUnused'),
      t('memory.page.deleteUndo'),
    ].join(i18n.language.startsWith('zh') ? '' : ' ');
    const ok = await askConfirm({
      title: t('memory.page.deleteTitle', { name: tm.name }),
      message,
      confirmLabel: t('memory.page.deleteButton'),
      danger: true,
    });
    if (!ok) return;
    // The keyboard goes on to the next TM's Delete (the one before at the end; the heading when
    // none is left), not to the page, as the deleted row takes its button away.
    const tms = m.state.tms;
    const i = tms.findIndex((x) => x.id === tm.id);
    const next = tms[i + 1] ?? tms[i - 1];
    await m.remove(tm.id);
    await this.updateComplete;
    const target = next
      ? this.renderRoot.querySelector<HTMLElement>(
          `tr[data-id="${CSS.escape(next.id)}"] button.delete`,
        )
      : this.renderRoot.querySelector<HTMLElement>('h2');
    target?.focus();
  }

  private _import(tm: TmRecord, file: File, swap = false) {
    this._lastFile = { tm: tm.id, file };
    void this.memory?.importFile(tm.id, file.name, file, swap);
  }

  private async _export(tm: TmRecord) {
    const file = await this.memory?.exportTmx(tm.id);
    if (!file) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([file.text], { type: 'application/x-tmx+xml' }));
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  private _problem(p: ImportProblem, file: string, tm: string) {
    switch (p.kind) {
      case 'tmDeleted':
        return t('memory.import.tmDeleted', { file, tm });
      case 'format':
        return t('memory.import.refused', { file, reason: failureReason(p.failure) });
      case 'wrongPair':
        return t('memory.import.wrongPair', {
          file,
          source: langName(p.source),
          target: langName(p.target),
        });
      case 'quota':
        return t('memory.import.quota', { file });
      default:
        return t('memory.import.failed', { file });
    }
  }

  private _renderJob() {
    const m = this.memory;
    if (!m) return nothing;
    const job = m.state.importing;
    const tm = job.tm ? m.tm(job.tm) : undefined;
    const file = job.file ?? '';
    // By the name it had: the TM may be gone (deleted, in another tab too).
    const tmName = tm?.name ?? job.tmName ?? '';
    if (job.status === 'running')
      return html`<div class="job" role="status">
        <p>
          ${t('memory.import.running', {
            file,
            tm: tmName,
            units: this._number(job.units ?? 0),
          })}
        </p>
        <progress
          aria-label=${t('memory.import.progress')}
          max="100"
          value=${Math.round(job.progress * 100)}
        ></progress>
        <button @click=${() => m.cancelImport()}>${t('common.cancel')}</button>
      </div>`;
    if (job.status === 'cancelled')
      return html`<div class="job" role="status">${t('memory.import.cancelled', { file })}</div>`;
    if (job.status === 'failed' && job.problem) {
      const p = job.problem;
      const last = this._lastFile;
      return html`<div class="job" role="alert">
        <p>${this._problem(p, file, tmName)}</p>
        ${
          p.kind === 'wrongPair' && p.canSwap && last && tm
            ? html`<button @click=${() => this._import(tm, last.file, true)}>
                ${t('memory.import.swap')}
              </button>`
            : nothing
        }
      </div>`;
    }
    const r = m.state.imported;
    if (job.status === 'done' && r)
      return html`<div class="job" role="status">
        ${t('memory.import.done', {
          file: r.file,
          tm: tmName,
          // Counts, for their plural forms (the strings format them).
          added: r.added,
          duplicates: r.duplicates,
          empty: this._number(r.emptyTargets),
          unconfirmed: this._number(r.unconfirmed),
          seconds: (r.ms / 1000).toFixed(1),
        })}
      </div>`;
    return nothing;
  }

  private async _openUnits(tm: TmRecord) {
    this._unitsOf = tm.id;
    // The search field takes the keyboard at once: typing need not wait for the first units.
    await this.updateComplete;
    const units = this.renderRoot.querySelector('bt-tm-units');
    await units?.updateComplete;
    units?.focus();
    await this.memory?.searchUnits(tm.id, '');
  }

  private _renderUnits() {
    const m = this.memory!;
    const tm = this._unitsOf ? m.tm(this._unitsOf) : undefined;
    if (!tm) return nothing;
    return html`<bt-tm-units
      .tm=${tm}
      .search=${m.state.units}
      @bt-request-tm-units-search=${(e: BtEvent<'bt-request-tm-units-search'>) =>
        m.searchUnits(tm.id, e.detail.phrase, e.detail.max)}
      @bt-request-tm-unit-save=${(e: BtEvent<'bt-request-tm-unit-save'>) =>
        m.updateUnit(tm.id, e.detail.unit, e.detail.source, e.detail.target)}
      @bt-request-tm-unit-delete=${(e: BtEvent<'bt-request-tm-unit-delete'>) =>
        m.deleteUnit(tm.id, e.detail.unit)}
      @bt-request-close=${() => {
        this._unitsOf = undefined;
        // Back to the button that opened the list.
        void this.updateComplete.then(() =>
          this.renderRoot
            .querySelector<HTMLElement>(
              `button[aria-label="${CSS.escape(t('memory.units.openLabel', { name: tm.name }))}"]`,
            )
            ?.focus(),
        );
      }}
    ></bt-tm-units>`;
  }

  private _renderRow(tm: TmRecord) {
    const m = this.memory!;
    const busy = m.state.importing.status === 'running';
    return html`<tr data-id=${tm.id}>
      <th scope="row">
        ${tm.name}${tm.main ? html` <small>(${t('memory.page.main')})</small>` : nothing}
      </th>
      <td class="nowrap">${t(`lang.${tm.sourceLang}`)} → ${t(`lang.${tm.targetLang}`)}</td>
      <td class="num">${this._number(tm.size)}</td>
      <td class="nowrap">${this._date(tm.createdAt)}</td>
      <td>
        <div class="actions">
          <label
            ><span class="visually-hidden">${t('memory.page.importLabel', { name: tm.name })}</span>
            <input
              type="file"
              class="file-input"
              accept=".tmx,.tsv,.csv,.xlf,.xliff,.sdlxliff,.txt"
              ?disabled=${busy}
              aria-label=${t('memory.page.importLabel', { name: tm.name })}
              @change=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                const file = input.files?.[0];
                if (file) this._import(tm, file);
                input.value = '';
              }}
            /><span class="file-button" aria-hidden="true">${t('memory.page.import')}</span></label
          >
          <button
            aria-label=${t('memory.page.renameLabel', { name: tm.name })}
            @click=${() => this._rename(tm)}
          >
            ${t('memory.page.rename')}
          </button>
          <button
            aria-label=${t('memory.units.openLabel', { name: tm.name })}
            aria-expanded=${this._unitsOf === tm.id ? 'true' : 'false'}
            @click=${() => this._openUnits(tm)}
          >
            ${t('memory.units.open')}
          </button>
          <button
            aria-label=${t('memory.page.exportLabel', { name: tm.name })}
            @click=${() => this._export(tm)}
          >
            ${t('memory.page.export')}
          </button>
          <button
            class="delete"
            aria-label=${t('memory.page.deleteLabel', { name: tm.name })}
            ?disabled=${busy}
            @click=${() => this._delete(tm)}
          >
            ${t('memory.page.delete')}
          </button>
        </div>
      </td>
    </tr>`;
  }

  override render() {
    const m = this.memory;
    if (!m) return nothing;
    const tms = m.state.tms;
    return html`
      <h2 tabindex="-1">${t('memory.page.title')}</h2>
      <p>${t('memory.page.intro')}</p>
      <form @submit=${this._create} aria-label=${t('memory.page.createLabel')}>
        <label
          >${t('memory.page.name')}
          <input
            name="name"
            aria-invalid=${this._createError ? 'true' : 'false'}
            aria-describedby=${this._createError ? 'create-error' : nothing}
            @input=${() => (this._createError = '')}
        /></label>
        <label
          >${t('memory.page.pair')}
          <select name="pair">
            <option value="zh-Hans:en">${t('lang.zh-Hans')} → ${t('lang.en')}</option>
            <option value="en:zh-Hans">${t('lang.en')} → ${t('lang.zh-Hans')}</option>
          </select></label
        >
        <button type="submit">${t('memory.page.create')}</button>
        ${
          this._createError
            ? html`<p id="create-error" class="error" role="alert">${this._createError}</p>`
            : nothing
        }
      </form>
      ${this._renderJob()}
      ${
        tms.length === 0
          ? html`<p>${t('memory.page.none')}</p>`
          : // A narrow window scrolls the table sideways rather than cutting its buttons off.
            html`<div class="table-scroll">
              <table>
                <caption class="visually-hidden">
                  ${t('memory.page.title')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t('memory.page.name')}</th>
                    <th scope="col">${t('memory.page.pair')}</th>
                    <th scope="col">${t('memory.page.units')}</th>
                    <th scope="col">${t('memory.page.created')}</th>
                    <th scope="col">${t('memory.page.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${tms.map((tm) => this._renderRow(tm))}
                </tbody>
              </table>
            </div>`
      }
      ${this._renderUnits()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-tm-page': BtTmPage;
  }
}
