import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isLqaThreshold } from '../../core/qa/project-settings.js';
import type { Segment } from '../../core/model.js';
import { lqaScore, SEVERITIES, TOP_CATEGORIES, type LqaScore } from '../../core/lqa.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { loadStrings, t } from '../../i18n/index.js';
import { focusRing } from '../common/focus-ring.js';
import { emit } from '../common/events.js';
import { categoryLabel, fmt, fmtThreshold, severityLabel } from '../common/lqa-labels.js';
import './events.js';

/**
 * The document's quality score (LQA): issues by category and severity, penalty points, the words
 * reviewed, points per 1,000 words and PASS/FAIL against the threshold, with how it is computed.
 * A disclosure whose summary line carries the verdict, so it costs the review page one line.
 * The threshold is the project's, set here (a team project's by its owner only).
 *
 * @fires bt-request-lqa-threshold - `{ threshold }` the project's pass threshold, changed
 */
@customElement('bt-lqa-summary')
export class BtLqaSummary extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
        border-bottom: 1px solid var(--bt-border);
        background: var(--bt-surface);
        padding: 0.25rem 0.75rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      .verdict {
        display: inline-block;
        padding: 0 0.4rem;
        border-radius: var(--bt-radius);
        border: 1px solid var(--bt-success);
        color: var(--bt-success-strong);
      }
      .verdict.fail {
        border-color: var(--bt-danger);
        color: var(--bt-danger-strong);
      }
      dl {
        display: grid;
        grid-template-columns: max-content max-content;
        gap: 0.1rem 0.8rem;
        margin: 0.4rem 0;
      }
      dt {
        color: var(--bt-text-muted);
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
      table {
        border-collapse: collapse;
        margin: 0.3rem 0;
      }
      caption {
        text-align: start;
        color: var(--bt-text-muted);
      }
      th,
      td {
        border: 1px solid var(--bt-border);
        padding: 0.1rem 0.5rem;
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      th[scope='row'] {
        text-align: start;
        font-weight: normal;
      }
      /* The category column's heading sits over its names, which start at the left. */
      th[scope='col']:first-child {
        text-align: start;
      }
      .how {
        color: var(--bt-text-muted);
        max-width: 60rem;
        margin: 0.3rem 0;
      }
      input {
        font: inherit;
        width: 6em;
      }
    `,
  ];

  @state() private _ready = false;

  /** Every row of the document, with its comments. */
  @property({ attribute: false }) segments: readonly Segment[] = [];
  /** Points per 1,000 words at or below which the document passes. */
  @property({ type: Number }) threshold?: number;
  /** Whose threshold it is (QaState.settingsBy): a team member sees it, the owner sets it. */
  @property() by: 'device' | 'owner' | 'member' = 'device';

  private _score?: { rows: readonly Segment[]; threshold?: number; score: LqaScore };

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    void loadStrings('lqa').then(() => (this._ready = true));
  }

  /** The score, computed once per rows and threshold (a render for another reason reuses it). */
  private get _lqa(): LqaScore {
    const c = this._score;
    if (c && c.rows === this.segments && c.threshold === this.threshold) return c.score;
    const score = lqaScore(this.segments, { threshold: this.threshold });
    this._score = { rows: this.segments, threshold: this.threshold, score };
    return score;
  }

  private _table(s: LqaScore) {
    return html`<table>
      <caption>
        ${t('lqa.summary.tableLabel')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('lqa.summary.category')}</th>
          ${SEVERITIES.map((v) => html`<th scope="col">${severityLabel(v)}</th>`)}
          <th scope="col">${t('lqa.summary.points')}</th>
        </tr>
      </thead>
      <tbody>
        ${TOP_CATEGORIES.map(
          (c) =>
            html`<tr>
              <th scope="row">${categoryLabel(c)}</th>
              ${SEVERITIES.map((v) => html`<td>${fmt(s.byCategory[c][v])}</td>`)}
              <td>${fmt(s.pointsByCategory[c])}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t('lqa.summary.total')}</th>
          ${SEVERITIES.map((v) => html`<td>${fmt(s.bySeverity[v])}</td>`)}
          <td>${fmt(s.points)}</td>
        </tr>
      </tfoot>
    </table>`;
  }

  /** The threshold, a field to change it unless a team project's owner sets it for everyone. */
  private _threshold(value: number) {
    if (this.by === 'member')
      return html`${fmt(value, 1)} <span class="how">(${t('lqa.summary.thresholdTeam')})</span>`;
    return html`<input
      type="number"
      min="0"
      max="1000"
      step="0.5"
      aria-labelledby="threshold"
      .value=${live(String(value))}
      @change=${(e: Event) => {
        const field = e.target as HTMLInputElement;
        const next = field.value.trim() === '' ? NaN : Number(field.value);
        // Not a threshold (empty, negative, over 1,000): the field shows what holds.
        if (!isLqaThreshold(next)) field.value = String(value);
        else if (next !== value) emit(this, 'bt-request-lqa-threshold', { threshold: next });
      }}
    />`;
  }

  override render() {
    if (!this._ready) return nothing;
    const s = this._lqa;
    const verdict = s.pass ? t('lqa.summary.pass') : t('lqa.summary.fail');
    return html`<details>
      <summary>
        ${t('lqa.summary.line', {
          title: t('lqa.summary.title'),
          issues: t('lqa.summary.issues', { count: s.issues }),
          perThousand: fmt(s.perThousand, 1),
        })}
        ·
        <span class="verdict ${s.pass ? 'pass' : 'fail'}">${verdict}</span>
      </summary>
      <dl>
        <dt>${t('lqa.summary.words')}</dt>
        <dd>${fmt(s.words)}</dd>
        <dt>${t('lqa.summary.penalty')}</dt>
        <dd>${fmt(s.points)}</dd>
        <dt>${t('lqa.summary.perThousand')}</dt>
        <dd>${fmt(s.perThousand, 1)}</dd>
        <dt id="threshold">${t('lqa.summary.threshold')}</dt>
        <dd>${this._threshold(s.threshold)}</dd>
        <dt>${t('lqa.summary.result')}</dt>
        <dd>${verdict}</dd>
      </dl>
      ${s.issues ? this._table(s) : html`<p>${t('lqa.summary.none')}</p>`}
      ${s.withdrawn ? html`<p>${t('lqa.summary.withdrawn', { count: s.withdrawn })}</p>` : nothing}
      <p class="how">
        ${t('lqa.summary.how', {
          words: fmt(s.sourceWords),
          chars: fmt(s.sourceChars),
          threshold: fmtThreshold(s.threshold),
        })}
      </p>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-lqa-summary': BtLqaSummary;
  }
}
