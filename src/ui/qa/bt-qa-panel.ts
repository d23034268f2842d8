import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  filterFindings,
  groupByCheck,
  NO_QA_FILTER,
  type CheckGroup,
  type QaCounts,
  type QaFilter,
  type ShownFinding,
} from '../../core/qa/findings-view.js';
import { DEFAULT_QA_SETTINGS, type QaProjectSettings } from '../../core/qa/project-settings.js';
import { CHECK_IDS } from '../../core/qa/types.js';
import type { Job } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import { qaMessage, whenIgnored } from './qa-words.js';
import './bt-qa-settings.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/** Findings listed per check before "Show all": a long list is read a screen at a time. */
const FIRST_SHOWN = 100;

/**
 * The QA panel: the document's findings grouped by check with counts, filters (severity, check,
 * ignored), a button per finding that takes the caret to its row, ignoring, the run over every
 * row with its progress, the report downloads and the project's check settings.
 *
 * @fires bt-request-qa-run - check every row
 * @fires bt-request-qa-cancel - stop that run
 * @fires bt-request-goto-row - `{ id }` show the finding's row
 * @fires bt-request-qa-ignore - `{ findings }`
 * @fires bt-request-qa-unignore - `{ findings }`
 * @fires bt-request-qa-report - `{ kind }` download the report as HTML or CSV
 * @fires bt-request-qa-settings - `{ settings }` (from bt-qa-settings)
 */
@customElement('bt-qa-panel')
export class BtQaPanel extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 0.6rem;
        font-size: 0.88rem;
      }
      button,
      select {
        font: inherit;
      }
      .run {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
      }
      progress {
        flex: 1;
        min-width: 5rem;
      }
      .summary {
        margin: 0;
      }
      .filters {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.3rem 0.5rem;
        align-items: center;
      }
      h3 {
        font-size: 0.9rem;
        margin: 0.4rem 0 0.2rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        gap: 0.3rem;
        align-items: flex-start;
        border-bottom: 1px solid var(--bt-divider);
        padding: 0.3rem 0;
      }
      .body {
        flex: 1;
        min-width: 0;
      }
      /* A finding is a whole line of text that takes you to its row: it wraps like text. */
      .go {
        display: block;
        min-height: 0;
        white-space: normal;
        width: 100%;
        text-align: start;
        background: none;
        border: 1px solid transparent;
        border-radius: 3px;
        padding: 0.1rem 0.25rem;
        color: inherit;
        cursor: pointer;
        overflow-wrap: anywhere;
      }
      .go:hover {
        border-color: var(--bt-border-hover);
      }
      .sev {
        font-weight: 600;
        margin-inline-end: 0.3rem;
      }
      .sev.error {
        color: var(--bt-danger-strong);
      }
      .sev.warning {
        color: var(--bt-warning-text);
      }
      .ignored {
        color: var(--bt-text-muted);
        font-size: 0.8rem;
      }
      .reports {
        display: flex;
        gap: 0.4rem;
      }
    `,
  ];

  /** Open and ignored findings, after the project's settings. */
  @property({ attribute: false }) findings: readonly ShownFinding[] = [];
  @property({ attribute: false }) counts: QaCounts = { errors: 0, warnings: 0, ignored: 0 };
  /** Whether every row has been checked (else only rows changed since opening). */
  @property({ type: Boolean }) checkedAll = false;
  @property({ attribute: false }) job?: Job;
  @property({ attribute: false }) settings: QaProjectSettings = DEFAULT_QA_SETTINGS;
  /** Whose settings they are (QaState.settingsBy): a team member's are read-only. */
  @property() settingsBy: 'device' | 'owner' | 'member' = 'device';

  @state() private _filter: QaFilter = NO_QA_FILTER;
  /** Checks whose whole list is shown. */
  @state() private _expanded: ReadonlySet<string> = new Set();

  constructor() {
    super();
    new I18nController(this);
  }

  private _setFilter(patch: Partial<QaFilter>) {
    this._filter = { ...this._filter, ...patch };
  }

  private _renderRun() {
    const job = this.job;
    const running = job?.status === 'running';
    return html`<div class="run">
      <button ?disabled=${running} @click=${() => emit(this, 'bt-request-qa-run')}>
        ${this.checkedAll ? t('qaPanel.runAgain') : t('qaPanel.run')}
      </button>
      ${
        running
          ? html`<progress
                aria-label=${t('qaPanel.progress')}
                max="100"
                .value=${Math.round((job?.progress ?? 0) * 100)}
              ></progress>
              <button @click=${() => emit(this, 'bt-request-qa-cancel')}>
                ${t('common.cancel')}
              </button>`
          : nothing
      }
    </div>`;
  }

  private _renderSummary() {
    const { errors, warnings, ignored } = this.counts;
    const text = this.checkedAll
      ? t('qaPanel.summary', { errors, warnings, ignored })
      : t('qaPanel.notChecked', { errors, warnings });
    return html`<p class="summary" role="status">${text}</p>`;
  }

  private _renderFilters() {
    const f = this._filter;
    const checks = new Map<string, number>();
    for (const x of this.findings) checks.set(x.check, (checks.get(x.check) ?? 0) + 1);
    return html`<div class="filters">
      <label for="sev">${t('qaPanel.filter.severity')}</label>
      <select
        id="sev"
        @change=${(e: Event) =>
          this._setFilter({
            severity: (e.target as HTMLSelectElement).value as QaFilter['severity'],
          })}
      >
        ${(['all', 'error', 'warning'] as const).map(
          (v) =>
            html`<option value=${v} ?selected=${f.severity === v}>
              ${t(`qaPanel.severity.${v}`)}
            </option>`,
        )}
      </select>
      <label for="check">${t('qaPanel.filter.check')}</label>
      <select
        id="check"
        @change=${(e: Event) =>
          this._setFilter({ check: (e.target as HTMLSelectElement).value as QaFilter['check'] })}
      >
        <option value="all" ?selected=${f.check === 'all'}>${t('qaPanel.allChecks')}</option>
        ${CHECK_IDS.filter((c) => checks.has(c) || f.check === c).map(
          (c) =>
            html`<option value=${c} ?selected=${f.check === c}>
              ${t(`qa.check.${c}`)} (${checks.get(c) ?? 0})
            </option>`,
        )}
      </select>
      <label for="ign">${t('qaPanel.filter.show')}</label>
      <select
        id="ign"
        @change=${(e: Event) =>
          this._setFilter({
            ignored: (e.target as HTMLSelectElement).value as QaFilter['ignored'],
          })}
      >
        ${(['open', 'ignored', 'all'] as const).map(
          (v) =>
            html`<option value=${v} ?selected=${f.ignored === v}>
              ${t(`qaPanel.show.${v}`)}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private _renderFinding(x: ShownFinding) {
    const n = x.row + 1;
    const message = qaMessage(x);
    const where = t('qaPanel.rowSeverity', { n, severity: t(`qaPanel.severity.${x.severity}`) });
    return html`<li>
      <div class="body">
        <button class="go" @click=${() => emit(this, 'bt-request-goto-row', { id: x.rowId })}>
          <span class="sev ${x.severity}">${where}</span> ${message}
        </button>
        ${x.ignored ? html`<div class="ignored">${whenIgnored(x.ignored)}</div>` : nothing}
      </div>
      ${
        x.ignored
          ? html`<button
              aria-label=${t('qaPanel.unignoreLabel', { n, message })}
              @click=${() => emit(this, 'bt-request-qa-unignore', { findings: [x] })}
            >
              ${t('qaPanel.unignore')}
            </button>`
          : html`<button
              aria-label=${t('qaPanel.ignoreLabel', { n, message })}
              @click=${() => emit(this, 'bt-request-qa-ignore', { findings: [x] })}
            >
              ${t('qaPanel.ignore')}
            </button>`
      }
    </li>`;
  }

  private _renderGroup(g: CheckGroup) {
    const all = this._expanded.has(g.check);
    const shown = all ? g.findings : g.findings.slice(0, FIRST_SHOWN);
    const name = t(`qa.check.${g.check}`);
    return html`<section aria-label=${name}>
      <h3>${t('qaPanel.group', { name, count: g.findings.length })}</h3>
      <ul>
        ${shown.map((x) => this._renderFinding(x))}
      </ul>
      ${
        shown.length < g.findings.length
          ? html`<button @click=${() => (this._expanded = new Set([...this._expanded, g.check]))}>
              ${t('qaPanel.showAll', { count: g.findings.length })}
            </button>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const groups = groupByCheck(filterFindings(this.findings, this._filter));
    return html`
      ${this._renderRun()} ${this._renderSummary()} ${this._renderFilters()}
      ${
        groups.length === 0
          ? html`<p>${this.checkedAll ? t('qaPanel.none') : t('qaPanel.noneYet')}</p>`
          : groups.map((g) => this._renderGroup(g))
      }
      <div class="reports" role="group" aria-label=${t('qaPanel.report.label')}>
        <button @click=${() => emit(this, 'bt-request-qa-report', { kind: 'html' })}>
          ${t('qaPanel.report.html')}
        </button>
        <button @click=${() => emit(this, 'bt-request-qa-report', { kind: 'csv' })}>
          ${t('qaPanel.report.csv')}
        </button>
      </div>
      <bt-qa-settings .settings=${this.settings} .by=${this.settingsBy}></bt-qa-settings>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-qa-panel': BtQaPanel;
  }
}
