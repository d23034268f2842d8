import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  clipboardTable,
  DEFAULT_EXPORT,
  downloadName,
  EXPORT_CHOICES,
  exportChoice,
  exportRequest,
  type ExportSettings,
  type ChineseTagStyle,
} from '../../core/exchange.js';
import { exportAs, type Bitext } from '../../core/formats/index.js';
import { CONFIRMED } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { toAppError } from '../../state/errors.js';
import { warningText } from './warning-text.js';

const SHOWN_WARNINGS = 20;

/**
 * Export of a project: pick a format and its options, download the file named after the project,
 * or copy the pairs as a table (`text/html` for Word, TSV `text/plain` for Excel). Warnings the
 * writer reports (e.g. characters XML forbids, removed) are listed after the download.
 *
 * @fires bt-request-close - the dialog was closed (Close, Escape)
 * @slot qa - a word on the document's open quality-check errors (bt-qa-export-warning)
 */
@customElement('bt-export-dialog')
export class BtExportDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        width: min(44rem, 94vw);
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
      }
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.75rem;
      }
      fieldset {
        border: 1px solid var(--bt-border);
        border-radius: 6px;
        margin: 0 0 0.75rem;
      }
      .formats {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 0.3rem 1rem;
      }
      .options {
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
      }
      label {
        display: flex;
        gap: 0.4rem;
        align-items: center;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        justify-content: flex-end;
      }
      .primary {
        background: var(--bt-accent-strong);
        color: var(--bt-accent-text);
        border: 1px solid var(--bt-accent-strong);
        border-radius: 4px;
        padding: 0.3rem 0.8rem;
      }
      .primary:disabled {
        background: var(--bt-disabled);
        border-color: var(--bt-disabled);
      }
      .status {
        min-height: 1.4em;
        color: var(--bt-success-strong);
      }
      .warnings {
        color: var(--bt-warning-strong);
        font-size: 0.9rem;
        max-height: 10rem;
        overflow: auto;
      }
      .error {
        color: var(--bt-danger);
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;

  @state() private _settings: ExportSettings = { ...DEFAULT_EXPORT };
  @state() private _message = '';
  @state() private _warnings: string[] = [];
  @state() private _error = '';

  /** The project's documents, as the writers take them. */
  @property({ attribute: false }) bitext?: Bitext;
  /** Names the download. */
  @property() projectName = '';
  @property({ type: Boolean, reflect: true }) open = false;

  constructor() {
    super();
    new I18nController(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this._dialog.open) this._dialog.showModal();
    else if (!this.open && this._dialog.open) this._dialog.close();
  }

  private _set(patch: Partial<ExportSettings>) {
    this._settings = { ...this._settings, ...patch };
    this._message = '';
    this._warnings = [];
    this._error = '';
  }

  private get _counts() {
    const pairs = this.bitext?.documents.flatMap((d) => d.pairs) ?? [];
    const done = (p: (typeof pairs)[number]) => CONFIRMED.includes(p.status ?? 'new');
    const confirmed = pairs.filter(done).length;
    // Rows a TMX leaves out (no source text: a translation sentence an alignment left unpaired).
    const bare = pairs.filter((p) => !p.source.trim());
    return {
      total: pairs.length,
      confirmed,
      noSource: bare.length,
      noSourceConfirmed: bare.filter(done).length,
    };
  }

  /** Rows the chosen format writes: a TMX leaves out those without source text. */
  private get _rows() {
    const c = this._counts;
    const rows = this._settings.confirmedOnly ? c.confirmed : c.total;
    return this._settings.format === 'tmx' ? rows - this._noSource : rows;
  }

  /** Rows without source text among those exported (a TMX leaves them out). */
  private get _noSource() {
    const c = this._counts;
    return this._settings.confirmedOnly ? c.noSourceConfirmed : c.noSource;
  }

  private _download() {
    if (!this.bitext) return;
    const s = this._settings;
    const file = downloadName(this.projectName, s.format);
    const { doc, opts } = exportRequest(this.bitext, s);
    let out: Uint8Array | string;
    try {
      out = exportAs(s.format, doc, opts);
    } catch (e) {
      console.warn(e);
      this._error = t('exchange.export.failed', { reason: t(toAppError(e).key) });
      return;
    }
    const part: BlobPart = typeof out === 'string' ? out : new Uint8Array(out);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([part], { type: exportChoice(s.format).mime }));
    a.download = file;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    this._error = '';
    this._warnings = opts.warnings;
    this._message = t('exchange.export.downloaded', { file, count: this._rows });
  }

  private async _copy() {
    if (!this.bitext) return;
    const b = this.bitext;
    const { html: markup, text } = clipboardTable(
      b,
      [t(`lang.${b.sourceLang}`), t(`lang.${b.targetLang}`)],
      this._settings,
    );
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([markup], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      this._error = '';
      const c = this._counts;
      const count = this._settings.confirmedOnly ? c.confirmed : c.total;
      this._message = t('exchange.export.copied', { count });
    } catch (e) {
      this._message = '';
      this._error = t('exchange.export.copyFailed', {
        reason: t(toAppError(e).key),
      });
    }
  }

  private _check(key: keyof ExportSettings, label: string) {
    return html`<label
      ><input
        type="checkbox"
        name=${key}
        .checked=${this._settings[key] === true}
        @change=${(e: Event) => this._set({ [key]: (e.target as HTMLInputElement).checked })}
      />${label}</label
    >`;
  }

  private _renderWarnings() {
    const w = this._warnings;
    if (!w.length) return nothing;
    return html`<div class="warnings">
      <p>${t('exchange.export.warnings', { count: w.length })}</p>
      <ul>
        ${w.slice(0, SHOWN_WARNINGS).map((m) => html`<li>${warningText(m)}</li>`)}
      </ul>
      ${
        w.length > SHOWN_WARNINGS
          ? html`<p>${t('exchange.export.more', { count: w.length - SHOWN_WARNINGS })}</p>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const s = this._settings;
    const c = exportChoice(s.format);
    const counts = this._counts;
    const file = downloadName(this.projectName, s.format);
    const empty = this._rows === 0;
    return html`<dialog
      aria-labelledby="export-title"
      @close=${() => {
        this.open = false;
        emit(this, 'bt-request-close');
      }}
    >
      <h2 id="export-title">${t('exchange.export.title', { name: this.projectName })}</h2>
      <slot name="qa"></slot>
      <fieldset class="formats">
        <legend>${t('exchange.export.format')}</legend>
        ${EXPORT_CHOICES.map(
          (f) =>
            html`<label
              ><input
                type="radio"
                name="format"
                value=${f.id}
                .checked=${f.id === s.format}
                @change=${() => this._set({ format: f.id })}
              />${t(`exchange.export.formats.${f.id}`)}</label
            >`,
        )}
      </fieldset>
      <fieldset class="options">
        <legend>${t('exchange.export.options')}</legend>
        ${this._check(
          'confirmedOnly',
          t('exchange.export.confirmedOnly', { count: counts.confirmed, total: counts.total }),
        )}
        ${
          c.tags
            ? html`<label
                >${t('exchange.export.chineseTags')}
                <select
                  .value=${s.chineseTags}
                  @change=${(e: Event) =>
                    this._set({
                      chineseTags: (e.target as HTMLSelectElement).value as ChineseTagStyle,
                    })}
                >
                  <option value="region" ?selected=${s.chineseTags === 'region'}>
                    ${t('exchange.export.tagRegion')}
                  </option>
                  <option value="script" ?selected=${s.chineseTags === 'script'}>
                    ${t('exchange.export.tagScript')}
                  </option>
                </select></label
              >`
            : nothing
        }
        ${
          s.format === 'tmx' && this._noSource > 0
            ? html`<p class="note">
                ${t('exchange.export.tmxNoSource', { count: this._noSource })}
              </p>`
            : nothing
        }
        ${c.bom ? this._check('bom', t('exchange.export.bom')) : nothing}
        ${c.formula ? this._check('formulaProtection', t('exchange.export.formula')) : nothing}
        ${
          c.notes
            ? this._check(
                'notes',
                t(s.format === 'docx' ? 'exchange.export.notesDocx' : 'exchange.export.notes'),
              )
            : nothing
        }
      </fieldset>
      <p class="status" role="status">${empty ? t('exchange.export.empty') : this._message}</p>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._renderWarnings()}
      <div class="actions">
        <button class="primary" ?disabled=${empty} @click=${this._download}>
          ${t('exchange.export.download', { file })}
        </button>
        <button ?disabled=${empty} @click=${this._copy}>${t('exchange.export.copy')}</button>
        <button @click=${() => this._dialog.close()}>${t('common.close')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-export-dialog': BtExportDialog;
  }
}
