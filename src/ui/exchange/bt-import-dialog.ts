import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  directionOf,
  importFailure,
  otherLanguages,
  projectNameOf,
  sameLanguage,
} from '../../core/exchange.js';
import { DEFAULT_MAX_BYTES } from '../../core/formats/types.js';
import type { Lang } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { consume } from '@lit/context';
import { libraryContext } from '../../state/contexts.js';
import type { LibraryService, ParsedImport } from '../../state/library.js';
import './bt-import-summary.js';
import { emit, type BtEvent } from '../common/events.js';
import { fileButton, filePickerStyles } from '../common/file-picker.js';
import './events.js';
import type { ImportRequest } from './events.js';
import { Watch } from '../common/watch.js';
import { failureReason } from './failure.js';
import { controlStyles } from '../common/controls.js';
import { focusRing } from '../common/focus-ring.js';
import { langName } from '../common/lang-name.js';

/**
 * Open a bilingual file (TMX, XLIFF, TSV, CSV, DOCX or HTML table): it is parsed in a Worker, what
 * was found is shown (documents, pairs, languages, encoding with an override, warnings), and only
 * "Create" asks the app to add anything. The pairs stay in the Worker (the request carries their
 * ticket); a file read again or the dialog closed lets them go. A file that cannot be read is
 * named with the reason (and the line, when known) and nothing is requested.
 *
 * @fires bt-request-import-bitext - `ImportRequest` create a project from the parsed file
 * @fires bt-request-close - the dialog was closed (Cancel, Escape)
 */
@customElement('bt-import-dialog')
export class BtImportDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    filePickerStyles,
    css`
      dialog {
        width: min(44rem, 94vw);
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
      }
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.5rem;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
        font-size: 0.9rem;
      }
      .hint {
        color: var(--bt-text-muted);
        font-size: 0.9rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        margin: 0.5rem 0;
      }
      .error {
        color: var(--bt-danger);
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
        margin-top: 0.75rem;
      }
      .primary {
        background: var(--bt-accent-strong);
        color: var(--bt-accent-text);
        border: 1px solid var(--bt-accent-strong);
        border-radius: 4px;
        padding: 0.3rem 0.8rem;
      }
      progress {
        width: 100%;
      }
      .primary:disabled {
        background: var(--bt-disabled);
        border-color: var(--bt-disabled);
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;

  /** The chosen file itself, not its bytes: the Worker reads it a chunk at a time. */
  @state() private _file?: File;
  /** What the file holds, without its pairs, and the ticket to create a project of it. */
  @state() private _parsed?: ParsedImport;
  @state() private _busy = false;
  @state() private _failure = '';
  @state() private _name = '';
  @state() private _direction: [Lang, Lang] = ['zh-Hans', 'en'];

  /** Parses the file (in a Worker). */
  @consume({ context: libraryContext })
  @property({ attribute: false })
  library?: LibraryService;

  @property({ type: Boolean, reflect: true }) open = false;
  /** Files larger than this are refused before they are read. */
  @property({ type: Number }) maxBytes = DEFAULT_MAX_BYTES;
  /** Set by the app when creating the project failed. */
  @property() error = '';

  constructor() {
    super();
    new I18nController(this);
    new Watch(
      this,
      () => this.library,
      (s) => [s.creating, s.parsing],
    );
  }

  /** A project is being written: one click creates one project. */
  private get _creating(): boolean {
    return this.library?.state.creating.status === 'running';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this._dialog.open) this._dialog.showModal();
    else if (!this.open && this._dialog.open) this._dialog.close();
  }

  /** Reads a chosen file; exposed so a drop on the page can hand one over. */
  async load(file: File): Promise<void> {
    this._reset();
    if (file.size > this.maxBytes) {
      // Refused before reading, in the words the Worker would use for the same file.
      const reason = failureReason({
        code: 'too-large',
        params: { size: file.size, limit: this.maxBytes },
      });
      this._failure = t('exchange.import.failed', { file: file.name, reason });
      return;
    }
    this._file = file;
    await this._parse();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._forget();
  }

  /** Lets the Worker drop the parsed file: no project will be made of it. */
  private _forget() {
    if (this._parsed) this.library?.dropImport(this._parsed.ticket);
    this._parsed = undefined;
  }

  private _reset() {
    this._file = undefined;
    this._forget();
    this._failure = '';
    this._name = '';
    this.error = '';
  }

  private async _parse(encoding?: string) {
    const f = this._file;
    if (!f) return;
    this._busy = true;
    this._failure = '';
    this._forget();
    try {
      if (!this.library) return;
      const parsed = await this.library.parse(f.name, f, { encoding, maxBytes: this.maxBytes });
      const r = parsed.result;
      // Another language pair is refused by name: relabelling French as Chinese would be wrong.
      if (otherLanguages(r).length > 0) {
        this.library.dropImport(parsed.ticket);
        this._failure = t('exchange.import.otherLanguages', {
          file: f.name,
          source: langName(r.sourceLang),
          target: langName(r.targetLang),
        });
        return;
      }
      // So is one language on both sides (en-US → en-GB): one side is no Chinese translation.
      const one = sameLanguage(r);
      if (one) {
        this.library.dropImport(parsed.ticket);
        this._failure = t('exchange.import.sameLanguage', {
          file: f.name,
          language: t(`lang.${one}`),
          source: r.sourceLang,
          target: r.targetLang,
        });
        return;
      }
      // A file chosen meanwhile wins; this one is let go.
      if (this._file !== f) {
        this.library.dropImport(parsed.ticket);
        return;
      }
      this._parsed = parsed;
      this._name ||= projectNameOf(f.name);
      this._direction = directionOf(r);
    } catch (e) {
      this._parsed = undefined;
      const why = importFailure(e, f.name);
      const words = { file: why.file, line: why.line, reason: failureReason(why) };
      this._failure =
        why.line !== undefined
          ? t('exchange.import.failedAt', words)
          : t('exchange.import.failed', words);
    } finally {
      this._busy = false;
    }
  }

  private _onDrop(e: DragEvent) {
    e.preventDefault();
    const f = e.dataTransfer?.files[0];
    if (f) void this.load(f);
  }

  private _create() {
    const parsed = this._parsed;
    if (!parsed || this._creating) return;
    const [sourceLang, targetLang] = this._direction;
    const name = this._name.trim() || projectNameOf(this._file?.name ?? '');
    const detail: ImportRequest = { name, sourceLang, targetLang, ticket: parsed.ticket };
    emit(this, 'bt-request-import-bitext', detail);
  }

  /** Big TMX and XLIFF files report how much of them was read. */
  private _renderReading() {
    const progress = this.library?.state.parsing.progress ?? 0;
    return html`<p role="status">
        ${t('exchange.import.reading', { file: this._file?.name ?? '' })}
      </p>
      ${
        progress > 0
          ? html`<progress
              max="100"
              value=${Math.round(progress * 100)}
              aria-label=${t('exchange.import.readProgress')}
            ></progress>`
          : nothing
      }`;
  }

  /** A big file's rows are written in batches; the bar follows them. */
  private _renderWriting(rows: number) {
    const progress = this.library?.state.creating.progress ?? 0;
    const done = Math.round(progress * rows);
    return html`<p role="status">${t('exchange.import.writing', { done, total: rows })}</p>
      <progress
        max="100"
        value=${Math.round(progress * 100)}
        aria-label=${t('exchange.import.writeProgress')}
      ></progress>`;
  }

  private _renderResult({ result, counts }: ParsedImport) {
    return html`
      <bt-import-summary
        .result=${result}
        .counts=${counts}
        .fileName=${this._file?.name ?? ''}
        @bt-request-encoding=${(e: BtEvent<'bt-request-encoding'>) =>
          this._parse(e.detail.encoding)}
      ></bt-import-summary>
      <div class="row">
        <label
          >${t('exchange.import.name')}
          <input
            .value=${this._name}
            @input=${(e: Event) => (this._name = (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${t('exchange.import.direction')}
          <select
            .value=${this._direction.join(':')}
            @change=${(e: Event) =>
              (this._direction = (e.target as HTMLSelectElement).value.split(':') as [Lang, Lang])}
          >
            <option value="zh-Hans:en">${t('lang.zh-Hans')} → ${t('lang.en')}</option>
            <option value="en:zh-Hans">${t('lang.en')} → ${t('lang.zh-Hans')}</option>
          </select></label
        >
      </div>
    `;
  }

  override render() {
    const r = this._parsed;
    const failure = this._failure || this.error;
    const rows = r?.counts.pairs ?? 0;
    return html`<dialog
      aria-labelledby="import-title"
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${this._onDrop}
      @close=${() => {
        this.open = false;
        emit(this, 'bt-request-close');
      }}
    >
      <h2 id="import-title">${t('exchange.import.title')}</h2>
      <p class="hint">${t('exchange.import.hint')}</p>
      <label
        >${t('exchange.import.file')}
        <input
          type="file"
          class="file-input"
          accept=".tmx,.xlf,.xliff,.sdlxliff,.mqxliff,.tsv,.tab,.csv,.docx,.html,.htm,.xml,.txt"
          @change=${(e: Event) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) void this.load(f);
          }}
        />${fileButton()}</label
      >
      ${this._busy ? this._renderReading() : nothing}
      ${
        failure
          ? html`<div class="error" role="alert">
              <p>${failure}</p>
              <p>${t('exchange.import.unchanged')}</p>
            </div>`
          : nothing
      }
      ${r && !this._busy ? this._renderResult(r) : nothing}
      ${this._creating ? this._renderWriting(rows) : nothing}
      <div class="actions">
        <button @click=${() => this._dialog.close()}>${t('common.cancel')}</button>
        <button
          class="primary"
          ?disabled=${!r || this._busy || rows === 0 || this._creating}
          aria-busy=${this._creating ? 'true' : 'false'}
          @click=${this._create}
        >
          ${this._creating ? t('library.creating') : t('exchange.import.create', { count: rows })}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-import-dialog': BtImportDialog;
  }
}
