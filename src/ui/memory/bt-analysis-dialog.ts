import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { analysisCsv } from '../../core/tm/analyze.js';
import { ANALYSIS_BANDS, type AnalysisBand } from '../../core/tm/types.js';
import type { Analysis } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/**
 * The document's analysis against the translation memories, as a job is quoted: segments,
 * Chinese characters and English words per band, a bar chart of the segments, and a CSV.
 *
 * @fires bt-request-close - the dialog should close
 */
@customElement('bt-analysis-dialog')
export class BtAnalysisDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
        width: min(44rem, 92vw);
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        text-align: left;
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid var(--bt-divider);
      }
      td.num,
      th.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .bar {
        height: 0.8rem;
        background: var(--bt-accent);
        min-width: 1px;
      }
      /* A band with no segment draws nothing: a sliver would read as "a few". */
      .bar.none {
        min-width: 0;
      }
      .chart {
        width: 10rem;
      }
      tfoot th,
      tfoot td {
        font-weight: 600;
      }
      .buttons {
        display: flex;
        gap: 0.5rem;
        justify-content: flex-end;
        margin-top: 0.75rem;
      }
      button {
        font: inherit;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;

  @property({ type: Boolean }) open = false;
  @property({ attribute: false }) analysis?: Analysis;
  /** The document's name, for the CSV file's name. */
  @property() name = '';

  constructor() {
    super();
    new I18nController(this);
  }

  override updated(): void {
    if (this.open && !this._dialog.open) this._dialog.showModal();
    if (!this.open && this._dialog.open) this._dialog.close();
    // Bar widths through the CSSOM: the page's Content-Security-Policy refuses style attributes.
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar'))
      bar.style.width = `${bar.dataset['share'] ?? 0}%`;
  }

  private _n(n: number) {
    return new Intl.NumberFormat(i18n.language).format(n);
  }

  private _csv() {
    const a = this.analysis;
    if (!a) return;
    const labels = Object.fromEntries(
      ANALYSIS_BANDS.map((b) => [b, t(`memory.band.${b}`)]),
    ) as Record<AnalysisBand, string>;
    const csv = analysisCsv(a, labels, [
      t('memory.analysis.band'),
      t('memory.analysis.segments'),
      t('memory.analysis.chars'),
      t('memory.analysis.words'),
      t('memory.analysis.total'),
    ]);
    const link = document.createElement('a');
    // A BOM so Excel reads the UTF-8 (Chinese labels) right.
    link.href = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv' }));
    link.download = `${this.name || 'analysis'}.analysis.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  override render() {
    const a = this.analysis;
    const most = Math.max(1, ...(a?.bands.map((b) => b.segments) ?? [1]));
    return html`<dialog aria-labelledby="title" @close=${() => emit(this, 'bt-request-close')}>
      <h2 id="title">${t('memory.analysis.title')}</h2>
      ${
        a
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${t('memory.analysis.band')}</th>
                  <th scope="col" class="num">${t('memory.analysis.segments')}</th>
                  <th scope="col" class="num">${t('memory.analysis.chars')}</th>
                  <th scope="col" class="num">${t('memory.analysis.words')}</th>
                  <th scope="col">${t('memory.analysis.chart')}</th>
                </tr>
              </thead>
              <tbody>
                ${a.bands.map(
                  (b) =>
                    html`<tr>
                      <th scope="row">${t(`memory.band.${b.band}`)}</th>
                      <td class="num">${this._n(b.segments)}</td>
                      <td class="num">${this._n(b.cjkChars)}</td>
                      <td class="num">${this._n(b.words)}</td>
                      <td class="chart" aria-hidden="true">
                        <div
                          class="bar ${b.segments === 0 ? 'none' : ''}"
                          data-share=${(100 * b.segments) / most}
                        ></div>
                      </td>
                    </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">${t('memory.analysis.total')}</th>
                  <td class="num">${this._n(a.total.segments)}</td>
                  <td class="num">${this._n(a.total.cjkChars)}</td>
                  <td class="num">${this._n(a.total.words)}</td>
                  <td></td>
                </tr>
              </tfoot>
            </table>`
          : html`<p role="status">${t('memory.analysis.running')}</p>`
      }
      <div class="buttons">
        ${a ? html`<button @click=${this._csv}>${t('memory.analysis.csv')}</button>` : nothing}
        <button @click=${() => emit(this, 'bt-request-close')}>${t('common.close')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-analysis-dialog': BtAnalysisDialog;
  }
}
