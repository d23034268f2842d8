import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/model.js';
import { progressOf, type RowCounts } from '../../core/progress.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, loadStrings, t } from '../../i18n/index.js';
import { progressTrackStyles } from '../common/progress-track.js';

// Its words load with the library page, not on a first visit; until then it shows nothing.
void loadStrings('progress');

/**
 * One project's progress in the library, as memoQ or Trados show it in their project lists: a
 * bar (confirmed, then translated but not yet confirmed), the percentages and the size in words a
 * screen reader reads out, the rows and the source's size (English in words, Chinese in
 * characters, counted as the grid's header counts them).
 */
@customElement('bt-project-progress')
export class BtProjectProgress extends LitElement {
  static override styles = [
    progressTrackStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.2rem 0.75rem;
        font-size: 0.85rem;
        color: var(--bt-text-muted);
      }
      .bar {
        flex: 0 1 10rem;
        min-width: 6rem;
      }
      /* As the grid's header colours them: confirmed as "translated", the rest as drafts. */
      .confirmed {
        background: var(--bt-status-translated);
      }
      .translated {
        background: var(--bt-status-draft-bar);
      }
      .figures {
        font-variant-numeric: tabular-nums;
      }
      .figure {
        white-space: nowrap;
      }
    `,
  ];

  /** The project's counts; none yet shows nothing. */
  @property({ attribute: false }) counts?: RowCounts;
  @property({ attribute: false }) sourceLang: Lang = 'zh-Hans';
  /** The project's name, for the bar's accessible name. */
  @property() name = '';

  constructor() {
    super();
    new I18nController(this);
  }

  // Widths are set through the CSSOM: the page's Content-Security-Policy refuses style attributes.
  protected override updated(): void {
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar span'))
      bar.style.width = `${bar.dataset['share'] ?? 0}%`;
  }

  override render() {
    if (!this.counts || !i18n.exists('progress.label')) return nothing;
    const p = progressOf(this.counts, this.sourceLang);
    const n = new Intl.NumberFormat(i18n.language);
    const share = (x: number) => (p.rows ? (100 * x) / p.rows : 0);
    const summary = t('progress.summary', {
      translated: n.format(p.translated),
      rows: n.format(p.rows),
      count: p.rows,
      translatedPct: p.translatedPct,
      confirmed: n.format(p.confirmed),
      confirmedPct: p.confirmedPct,
    });
    // Each figure stays whole on a narrow window: "386 characters" never breaks before its unit.
    const figures = [
      t('progress.translated', { pct: p.translatedPct }),
      t('progress.confirmed', { pct: p.confirmedPct }),
      t('progress.rows', { count: p.rows, n: n.format(p.rows) }),
      t(`progress.${p.unit}`, { count: p.size, n: n.format(p.size) }),
    ];
    return html`
      <div
        class="bar"
        role="progressbar"
        aria-label=${t('progress.label', { name: this.name })}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${p.confirmedPct}
        aria-valuetext=${summary}
      >
        <span class="confirmed" data-share=${share(p.confirmed)}></span>
        <span
          class="translated"
          data-share=${share(Math.max(0, p.translated - p.confirmed))}
        ></span>
      </div>
      <span class="figures">
        ${figures.map((f, i) => html`<span class="figure">${i ? '· ' : ''}${f}</span> `)}
      </span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-project-progress': BtProjectProgress;
  }
}
