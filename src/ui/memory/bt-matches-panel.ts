import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { diffText } from '../../core/diff/index.js';
import type { Lang } from '../../core/model.js';
import type { MatchOptions, MatchView, Serving, TmRecord } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { diffStyles, renderDiff } from '../common/diff-render.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/**
 * The active row's translation-memory matches, best first: score, what differs between the TM's
 * source and this row's source, the TM's translation and where it came from. Ctrl+1…9 (handled
 * by the grid page) or the Insert buttons put a match into the row.
 *
 * @fires bt-request-insert-match - `{ n }` insert match n (1-based)
 * @fires bt-request-match-options - `{ min?, max? }` the threshold or the count changed
 * @fires bt-request-open-pretranslate - open the pre-translate dialog
 * @fires bt-request-add-confirmed-rows - put the document's confirmed rows into the write TM
 * @fires bt-request-tm-links - `{ read, write }` the project's TMs changed
 * @fires bt-request-open-analysis - analyse the document against the TMs
 * @fires bt-request-open-concordance - `{ phrase }` open the concordance dialog
 */
@customElement('bt-matches-panel')
export class BtMatchesPanel extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    diffStyles,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        border-bottom: 1px solid var(--bt-divider);
        padding: 0.45rem 0;
      }
      .head {
        display: flex;
        align-items: baseline;
        gap: 0.5rem;
      }
      /* The score and the key never break ("99" over "%"): a long kind wraps instead. */
      .score,
      kbd {
        white-space: nowrap;
      }
      .score {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .score.exact {
        color: var(--bt-success);
      }
      kbd {
        font: inherit;
        font-size: 0.75rem;
        border: 1px solid var(--bt-border);
        border-radius: 3px;
        padding: 0 0.25rem;
      }
      .head button {
        margin-left: auto;
        font: inherit;
      }
      .text {
        overflow-wrap: anywhere;
        margin-top: 0.2rem;
      }
      .meta,
      .status {
        color: var(--bt-text-muted);
        font-size: 0.8rem;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
        align-items: center;
        margin-bottom: 0.5rem;
      }
      .tools input {
        width: 3.5rem;
        font: inherit;
      }
      .tools button {
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) hits: readonly MatchView[] = [];
  /** The active row's number (0: none) and source, which each match's source is compared with. */
  @property({ type: Number }) row = 0;
  @property() rowSource = '';
  @property() sourceLang: Lang = 'zh-Hans';
  @property() targetLang: Lang = 'en';
  @property({ attribute: false }) serving: Serving = { status: 'idle', loaded: 0, total: 0, ms: 0 };
  @property({ attribute: false }) tms: readonly TmRecord[] = [];
  @property({ attribute: false }) options: MatchOptions = { min: 70, max: 5 };
  /** The TMs the project reads, and the one it writes. */
  @property({ attribute: false }) links?: { read: readonly string[]; write: string };
  /** A TM import running (this document's confirmed rows, or a file from the TM page). */
  @property({ attribute: false }) importing?: { file?: string; tmName?: string; units?: number };

  constructor() {
    super();
    new I18nController(this);
  }

  private _number(n: number) {
    return new Intl.NumberFormat(i18n.language).format(n);
  }

  private _status() {
    const s = this.serving;
    if (s.status === 'loading')
      return t('memory.panel.loading', {
        loaded: this._number(s.loaded),
        total: this._number(s.total),
      });
    if (s.status === 'failed') return t('memory.panel.failed');
    if (s.status === 'ready')
      return t('memory.panel.ready', {
        count: s.total,
        units: this._number(s.total),
        seconds: (s.ms / 1000).toFixed(1),
      });
    return '';
  }

  private _score(m: MatchView) {
    return m.kind === 'context' ? '101 %' : `${m.score} %`;
  }

  private _origin(m: MatchView) {
    const u = m.unit;
    const when = u.changedAt
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(u.changedAt)
      : '';
    const tm = this.tms.find((x) => x.id === m.tm)?.name ?? '';
    return [tm, u.project, u.author, when].filter(Boolean).join(' · ');
  }

  private _renderMatch(m: MatchView, i: number) {
    const n = i + 1;
    const diff = diffText(m.unit.source, this.rowSource, this.sourceLang);
    const target = this.targetLang === 'en' ? 'en' : 'zh-Hans';
    return html`<li aria-label=${t('memory.panel.matchLabel', { n, score: this._score(m) })}>
      <div class="head">
        ${n <= 9 ? html`<kbd>Ctrl+${n}</kbd>` : nothing}
        <span class="score ${m.kind === 'fuzzy' ? '' : 'exact'}">${this._score(m)}</span>
        <span class="meta"
          >${t(`memory.kind.${m.kind}`)}${m.adjusted ? ` · ${t('memory.panel.adjusted')}` : ''}</span
        >
        <button
          aria-label=${t('memory.panel.insertLabel', { n })}
          @click=${() => emit(this, 'bt-request-insert-match', { n })}
        >
          ${t('memory.panel.insert')}
        </button>
      </div>
      <div class="text" lang=${this.sourceLang === 'en' ? 'en' : 'zh-Hans'}>
        ${renderDiff(diff, 'inline')}
      </div>
      <div class="text" lang=${target}>${m.target}</div>
      <div class="meta">${this._origin(m)}</div>
    </li>`;
  }

  private _renderTools() {
    const { min, max } = this.options;
    return html`<div class="tools">
      <label
        >${t('memory.panel.min')}
        <input
          type="number"
          min="0"
          max="100"
          .value=${String(min)}
          @change=${(e: Event) =>
            emit(this, 'bt-request-match-options', {
              min: Math.min(100, Math.max(0, Number((e.target as HTMLInputElement).value) || 0)),
            })}
      /></label>
      <label
        >${t('memory.panel.max')}
        <input
          type="number"
          min="1"
          max="9"
          .value=${String(max)}
          @change=${(e: Event) =>
            emit(this, 'bt-request-match-options', {
              max: Math.min(9, Math.max(1, Number((e.target as HTMLInputElement).value) || 1)),
            })}
      /></label>
      <button @click=${() => emit(this, 'bt-request-open-pretranslate')}>
        ${t('memory.panel.pretranslate')}
      </button>
      <button @click=${() => emit(this, 'bt-request-open-analysis')}>
        ${t('memory.panel.analysis')}
      </button>
      <button
        title="Ctrl+K"
        @click=${() => emit(this, 'bt-request-open-concordance', { phrase: '' })}
      >
        ${t('memory.panel.concordance')}
      </button>
      ${this._renderAddRows()}
    </div>`;
  }

  /** Add confirmed rows: for rows confirmed before the project wrote to its TM. */
  private _renderAddRows() {
    const write = this.links && this.tms.find((tm) => tm.id === this.links!.write);
    if (!write) return nothing;
    const label = t('memory.addRows.label', { name: write.name });
    return html`<button
      aria-label=${label}
      title=${label}
      ?disabled=${!!this.importing}
      @click=${() => emit(this, 'bt-request-add-confirmed-rows')}
    >
      ${t('memory.addRows.button')}
    </button>`;
  }

  /** Which TMs of the pair the project reads and writes. */
  private _renderLinks() {
    const links = this.links;
    const pair = (tm: TmRecord) =>
      [tm.sourceLang, tm.targetLang].sort().join() ===
      [this.sourceLang, this.targetLang].sort().join();
    const tms = this.tms.filter(pair);
    if (!links || tms.length === 0) return nothing;
    const set = (read: string[], write: string) =>
      emit(this, 'bt-request-tm-links', { read: [...new Set([...read, write])], write });
    return html`<details>
      <summary>${t('memory.links.title')}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('memory.links.tm')}</th>
            <th scope="col">${t('memory.links.read')}</th>
            <th scope="col">${t('memory.links.write')}</th>
          </tr>
        </thead>
        <tbody>
          ${tms.map(
            (tm) =>
              html`<tr>
                <th scope="row">${tm.name}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label=${t('memory.links.readLabel', { name: tm.name })}
                    .checked=${links.read.includes(tm.id)}
                    ?disabled=${links.write === tm.id}
                    @change=${(e: Event) =>
                      set(
                        (e.target as HTMLInputElement).checked
                          ? [...links.read, tm.id]
                          : links.read.filter((id) => id !== tm.id),
                        links.write,
                      )}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="write"
                    aria-label=${t('memory.links.writeLabel', { name: tm.name })}
                    .checked=${links.write === tm.id}
                    @change=${() => set([...links.read], tm.id)}
                  />
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </details>`;
  }

  override render() {
    return html`
      ${this._renderTools()} ${this._renderLinks()}
      <p class="status" role="status">${this._status()}</p>
      ${
        this.importing
          ? html`<p class="status" role="status">
              ${t('memory.import.running', {
                file: this.importing.file ?? '',
                tm: this.importing.tmName ?? '',
                units: this._number(this.importing.units ?? 0),
              })}
            </p>`
          : nothing
      }
      ${
        !this.row
          ? html`<p>${t('memory.panel.pickRow')}</p>`
          : this.hits.length === 0
            ? html`<p>${t('memory.panel.none', { n: this.row, min: this.options.min })}</p>`
            : html`<ol aria-label=${t('memory.panel.listLabel', { n: this.row })}>
                ${this.hits.map((m, i) => this._renderMatch(m, i))}
              </ol>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-matches-panel': BtMatchesPanel;
  }
}
