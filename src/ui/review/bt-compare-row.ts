import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type {
  ChangeKind,
  CompareLayout,
  RowComparison,
  RowSnapshot,
  TextDiff,
} from '../../core/diff/index.js';
import type { Lang, Segment } from '../../core/model.js';
import { canReject, isDecidable, type RowDecision } from '../../core/review.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { diffStyles, renderDiff } from '../common/diff-render.js';
import { chipStyles, withChips } from '../common/inline-chips.js';
import '../common/bt-status-badge.js';
import '../common/bt-row-comments.js';
import { emit } from '../common/events.js';
import './events.js';
import { decisionForReport } from './review-labels.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

const joined = (rows: RowSnapshot[], f: 'source' | 'target') => rows.map((r) => r[f]).join('\n');

/**
 * One row of a comparison: its change type (merged and split rows say so), the diff of the
 * translation (and of the source when it changed), statuses, decisions and comments.
 *
 * @fires bt-request-select - `{ id, selected }`
 * @fires bt-request-decide - `{ id, decision }` accept or reject the change of row `id`
 * @fires bt-request-set-statuses - `{ ids, status }` a reviewer approves or rejects the translation
 */
@customElement('bt-compare-row')
export class BtCompareRow extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: 5.5rem 1fr 9rem;
        gap: 0 0.6rem;
        padding: 0.45rem 0.75rem;
        border-bottom: 1px solid var(--bt-border-subtle);
        background: var(--bt-surface);
        box-sizing: border-box;
        width: 100%;
      }
      :host([active]) {
        background: var(--bt-accent-soft);
        box-shadow: inset 3px 0 0 var(--bt-accent);
      }
      /* Inside: neighbouring rows would cover a ring drawn outside. */
      :host(:focus-visible) {
        outline-offset: -2px;
      }
      .head {
        display: flex;
        flex-direction: column;
        gap: 0.15rem;
        font-size: 0.8rem;
        color: var(--bt-text-2);
      }
      .num {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      .type {
        font-weight: 600;
      }
      .type.unchanged {
        color: var(--bt-text-faint);
        font-weight: 400;
      }
      .body {
        min-width: 0;
        display: grid;
        gap: 0.25rem;
      }
      .field {
        display: grid;
        grid-template-columns: 4.5rem 1fr;
        gap: 0.4rem;
        align-items: baseline;
      }
      .field.side {
        grid-template-columns: 4.5rem 1fr 1fr;
      }
      .name {
        font-size: 0.75rem;
        color: var(--bt-text-muted);
      }
      .text {
        line-height: 1.6;
        overflow-wrap: anywhere;
        white-space: pre-wrap;
      }
      .source .text {
        color: var(--bt-text-2);
      }
      .side .text + .text {
        border-left: 1px solid var(--bt-border-subtle);
        padding-left: 0.5rem;
      }
      del.k-whitespace,
      ins.k-whitespace {
        outline: 1px dashed currentColor;
      }
      .statuses {
        display: flex;
        gap: 0.3rem;
        align-items: center;
        font-size: 0.8rem;
      }
      .decision {
        font-size: 0.8rem;
      }
      .decision.rejected strong {
        color: var(--bt-diff-del-text);
      }
      .actions {
        display: flex;
        flex-direction: column;
        gap: 0.25rem;
      }
      .actions button {
        font: inherit;
        font-size: 0.8rem;
      }
      bt-row-comments {
        grid-column: 2 / 4;
        margin-top: 0.2rem;
      }
      ${chipStyles}
      ${diffStyles}
    `,
  ];

  @property({ attribute: false }) row?: RowComparison;
  /** Position in the comparison as the user sees it. */
  @property({ type: Number }) n = 0;
  @property() layout: CompareLayout = 'inline';
  @property({ attribute: false }) ignore: readonly ChangeKind[] = [];
  /** The row as it is now (comments, status), when it still exists. */
  @property({ attribute: false }) current?: Segment;
  /** What the reviewer decided on this row, when anything. */
  @property({ attribute: false }) decision?: RowDecision;
  /** Decisions change "now"; they are offered only when B is now. */
  @property({ type: Boolean }) decidable = false;
  /** Who is working may decide (a reviewer); a translator sees the buttons off, saying why. */
  @property({ type: Boolean }) canDecide = true;
  @property({ type: Boolean }) selected = false;
  @property({ type: Boolean, reflect: true }) active = false;
  @property({ attribute: false }) sourceLang: Lang = 'zh-Hans';
  @property({ attribute: false }) targetLang: Lang = 'en';

  constructor() {
    super();
    new I18nController(this);
  }

  private _field(name: string, cls: string, lang: Lang, d: TextDiff | null, plain: string) {
    if (!d) {
      // Unchanged text shows its codes as the same chips as a diff (and the grid) does, not as
      // the invisible placeholder characters it is stored with.
      return html`<div class="field ${cls}">
        <span class="name">${name}</span
        ><span class="text" lang=${lang}>${withChips(plain, this.current?.codes)}</span>
      </div>`;
    }
    if (this.layout === 'side') {
      return html`<div class="field side ${cls}">
        <span class="name">${name}</span>
        <span class="text" lang=${lang}
          >${renderDiff(d, 'old', this.ignore, this.current?.codes)}</span
        >
        <span class="text" lang=${lang}
          >${renderDiff(d, 'new', this.ignore, this.current?.codes)}</span
        >
      </div>`;
    }
    return html`<div class="field ${cls}">
      <span class="name">${name}</span
      ><span class="text" lang=${lang}
        >${renderDiff(d, 'inline', this.ignore, this.current?.codes)}</span
      >
    </div>`;
  }

  private _statuses(r: RowComparison) {
    const a = r.a[0]?.status;
    const b = this.current?.status ?? r.b[0]?.status;
    if (!a && !b) return nothing;
    return html`<div class="statuses">
      <span class="name">${t('review.row.statusChange')}</span>
      ${a && b && a !== b ? html`<bt-status-badge .status=${a}></bt-status-badge> →` : nothing}
      <bt-status-badge .status=${b ?? a!}></bt-status-badge>
    </div>`;
  }

  private _decision() {
    const d = this.decision;
    if (!d) return nothing;
    const shown = decisionForReport(d);
    const what =
      d.kind === 'status'
        ? `${t('review.report.decisions.status')}: ${t(`status.${d.status}`)}`
        : t(`review.report.decisions.${d.kind}`);
    const who = [shown.by, shown.at].filter(Boolean);
    return html`<div class="decision ${d.kind}">
      <span class="name">${t('review.decision.label')}</span>
      <strong>${what}</strong>
      ${who.length === 2 ? t('review.decision.by', { who: who[0], when: who[1] }) : who.join('')}
    </div>`;
  }

  private _actions(r: RowComparison) {
    if (!this.decidable || r.b.length === 0) return nothing;
    const ids = r.b.map((x) => x.id);
    const changed = isDecidable(r);
    const rejectable = canReject(r);
    return html`<div class="actions" role="group" aria-label=${t('review.decide.label')}>
      ${
        changed
          ? html`<button
                ?disabled=${!this.canDecide}
                title=${this.canDecide ? t('review.decide.acceptTip') : t('role.decideTip')}
                @click=${() => emit(this, 'bt-request-decide', { id: r.id, decision: 'accept' })}
              >
                ${t('review.decide.accept')}
              </button>
              <button
                ?disabled=${!rejectable || !this.canDecide}
                title=${
                  !this.canDecide
                    ? t('role.decideTip')
                    : rejectable
                      ? t('review.decide.rejectTip')
                      : t('review.decide.rejectStructural')
                }
                @click=${() => emit(this, 'bt-request-decide', { id: r.id, decision: 'reject' })}
              >
                ${t('review.decide.reject')}
              </button>`
          : nothing
      }
      <button
        ?disabled=${!this.canDecide}
        title=${this.canDecide ? t('review.decide.statusTip') : t('role.decideTip')}
        @click=${() => emit(this, 'bt-request-set-statuses', { ids, status: 'approved' })}
      >
        ${t('review.decide.approve')}
      </button>
      <button
        ?disabled=${!this.canDecide}
        title=${this.canDecide ? t('review.decide.statusTip') : t('role.decideTip')}
        @click=${() => emit(this, 'bt-request-set-statuses', { ids, status: 'rejected' })}
      >
        ${t('review.decide.rejectStatus')}
      </button>
    </div>`;
  }

  override render() {
    const r = this.row;
    if (!r) return nothing;
    const n = this.n;
    const shown = r.b.length ? r.b : r.a;
    const counts =
      r.type === 'merged' || r.type === 'split' ? ` · ${r.a.length} → ${r.b.length}` : '';
    return html`
      <div class="head">
        <label>
          <input
            type="checkbox"
            aria-label=${t('review.row.select', { n })}
            .checked=${this.selected}
            ?disabled=${!this.decidable || !isDecidable(r)}
            @change=${(e: Event) =>
              emit(this, 'bt-request-select', {
                id: r.id,
                selected: (e.target as HTMLInputElement).checked,
              })}
          />
          <span class="num">${n}</span>
        </label>
        <span class="type ${r.type}">${t(`review.type.${r.type}`)}${counts}</span>
        ${r.moved ? html`<span>${t('review.row.moved')}</span>` : nothing}
      </div>
      <div class="body">
        ${this._field(t('review.row.source'), 'source', this.sourceLang, r.source, joined(shown, 'source'))}
        ${this._field(t('review.row.target'), 'target', this.targetLang, r.type === 'unchanged' ? null : r.target, joined(shown, 'target'))}
        ${this._statuses(r)} ${this._decision()}
      </div>
      ${this._actions(r)}
      ${
        this.current
          ? html`<bt-row-comments
              .rowId=${this.current.id}
              .n=${n}
              .comments=${this.current.comments ?? []}
            ></bt-row-comments>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-compare-row': BtCompareRow;
  }
}
