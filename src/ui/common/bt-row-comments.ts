import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { ReviewComment } from '../../core/model.js';
import { CATEGORY_IDS, SEVERITIES, SEVERITY_POINTS, type Severity } from '../../core/lqa-model.js';
import { detectLang } from '../../core/diff/tokenize.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, loadStrings, t } from '../../i18n/index.js';
import { sessionContext } from '../../state/contexts.js';
import type { SessionService } from '../../state/session.js';
import {
  categoryLabel,
  issueChip,
  issueChipStyles,
  issueTitle,
  severityLabel,
} from './lqa-labels.js';
import { Watch } from './watch.js';
import { emit } from './events.js';
import { focusRing } from './focus-ring.js';
import { controlStyles } from './controls.js';

/**
 * The comments on one row, oldest first, each open or resolved, and a field to add one. A
 * reviewer may log a comment as an LQA issue (category and severity, as in MateCat's revise);
 * everyone sees each issue as a chip ("Terminology · Major"). The working role and name come
 * from the session context, so every place that shows comments gets this without passing them.
 *
 * @fires bt-request-comment - `{ id, text, issue? }` add a comment to row `id`
 * @fires bt-request-resolve-comment - `{ id, commentId, resolved }`
 * @fires bt-request-withdraw-issue - `{ id, commentId, withdrawn }` (the issue's own reviewer)
 */
@customElement('bt-row-comments')
export class BtRowComments extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    issueChipStyles,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      ul {
        list-style: none;
        margin: 0 0 0.3rem;
        padding: 0;
      }
      li {
        border-left: 3px solid var(--bt-warning);
        padding: 0.1rem 0.45rem;
        margin-bottom: 0.25rem;
        background: var(--bt-warning-soft-2);
      }
      li.resolved {
        border-left-color: var(--bt-border-muted);
        background: var(--bt-surface-2);
        color: var(--bt-text-3);
      }
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.78rem;
      }
      .state {
        font-weight: 600;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
      }
      label.lqa {
        align-self: center;
        color: var(--bt-text-muted);
      }
      input,
      select,
      button {
        font: inherit;
        font-size: 0.82rem;
      }
      input {
        flex: 1;
        min-width: 0;
      }
    `,
  ];

  @state() private _adding = false;
  /** The category chosen in the form ('' = a plain comment). */
  @state() private _category = '';
  @state() private _severity: Severity = 'minor';
  @state() private _lqaReady = false;

  // Who is working: a reviewer logs issues and withdraws their own.
  @consume({ context: sessionContext, subscribe: true })
  @property({ attribute: false })
  session?: SessionService;

  /** The row the comments belong to. */
  @property() rowId = '';
  /** The row number the user sees. */
  @property({ type: Number }) n = 0;
  @property({ attribute: false }) comments: readonly ReviewComment[] = [];

  constructor() {
    super();
    new I18nController(this);
    new Watch(
      this,
      () => this.session,
      (s) => [s.who.role, s.who.author],
    );
  }

  override connectedCallback() {
    super.connectedCallback();
    // The issue words load with the feature, not on a first visit.
    void loadStrings('lqa').then(() => (this._lqaReady = true));
  }

  private get _reviewer() {
    return this.session?.who.role === 'reviewer';
  }

  private _onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input')!;
    const text = input.value.trim();
    if (!text) return;
    const issue =
      this._reviewer && this._category
        ? { category: this._category, severity: this._severity }
        : undefined;
    emit(this, 'bt-request-comment', { id: this.rowId, text, ...(issue ? { issue } : {}) });
    input.value = '';
    this._adding = false;
    this._category = '';
    this._severity = 'minor';
  }

  private _mine(c: ReviewComment) {
    const who = this.session?.who;
    return !!who && who.role === c.role && who.author === c.author;
  }

  private _issue(c: ReviewComment) {
    if (!c.issue || !this._lqaReady) return nothing;
    const chip = issueChip(c.issue);
    return html`<span
        class="issue ${c.issue.severity} ${c.withdrawn ? 'withdrawn' : ''}"
        title=${issueTitle(c.issue)}
        >${chip}</span
      >${c.withdrawn ? html`<span class="state">${t('lqa.withdrawn')}</span> ` : nothing}`;
  }

  private _withdraw(c: ReviewComment) {
    if (!c.issue || !this._lqaReady || !this._mine(c)) return nothing;
    const chip = issueChip(c.issue);
    return html`<button
      aria-label=${t(c.withdrawn ? 'lqa.restoreLabel' : 'lqa.withdrawLabel', { chip })}
      @click=${() =>
        emit(this, 'bt-request-withdraw-issue', {
          id: this.rowId,
          commentId: c.id,
          withdrawn: !c.withdrawn,
        })}
    >
      ${c.withdrawn ? t('lqa.restore') : t('lqa.withdraw')}
    </button>`;
  }

  /** The issue fields of the form: a reviewer's only. */
  private _issueFields() {
    if (!this._reviewer || !this._lqaReady) return nothing;
    const pick = (e: Event) => (e.target as HTMLSelectElement).value;
    // Labelled by `for`, not by wrapping: a wrapped select's name would take in its chosen option.
    return html`<label class="lqa" for="lqa-category">${t('lqa.form.category')}</label>
      <select id="lqa-category" @change=${(e: Event) => (this._category = pick(e))}>
        <option value="" ?selected=${this._category === ''}>${t('lqa.form.none')}</option>
        ${CATEGORY_IDS.map(
          (id) =>
            html`<option value=${id} ?selected=${this._category === id}>
              ${categoryLabel(id)}
            </option>`,
        )}
      </select>
      ${
        this._category
          ? html`<label class="lqa" for="lqa-severity">${t('lqa.form.severity')}</label>
              <select
                id="lqa-severity"
                @change=${(e: Event) => (this._severity = pick(e) as Severity)}
              >
                ${SEVERITIES.map(
                  (s) =>
                    html`<option value=${s} ?selected=${this._severity === s}>
                      ${t('lqa.form.sevOption', {
                        severity: severityLabel(s),
                        points: SEVERITY_POINTS[s],
                      })}
                    </option>`,
                )}
              </select>`
          : nothing
      }`;
  }

  private _when(ms: number) {
    return new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(ms);
  }

  override render() {
    const label = t('review.comments.label', { n: this.n });
    return html`
      ${
        this.comments.length
          ? html`<ul aria-label=${label}>
              ${this.comments.map(
                (c) =>
                  html`<li class=${c.resolved ? 'resolved' : 'open'}>
                    <div class="meta">
                      ${this._issue(c)}
                      ${t('review.comments.by', {
                        author: c.author || t(`role.${c.role}`),
                        when: this._when(c.at),
                      })}
                      ·
                      <span class="state"
                        >${c.resolved ? t('review.comments.resolved') : t('review.comments.openState')}</span
                      >
                      <button
                        @click=${() =>
                          emit(this, 'bt-request-resolve-comment', {
                            id: this.rowId,
                            commentId: c.id,
                            resolved: !c.resolved,
                          })}
                      >
                        ${c.resolved ? t('review.comments.reopen') : t('review.comments.resolve')}
                      </button>
                      ${this._withdraw(c)}
                    </div>
                    <div lang=${detectLang(c.text)}>${c.text}</div>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      ${
        this._adding
          ? html`<form @submit=${this._onSubmit}>
              ${this._issueFields()}
              <input aria-label=${label} placeholder=${t('review.comments.placeholder')} />
              <button type="submit">${t('review.comments.add')}</button>
              <button type="button" @click=${() => (this._adding = false)}>
                ${t('common.cancel')}
              </button>
            </form>`
          : html`<button
              class="add"
              aria-label=${t('review.comments.addTo', { n: this.n })}
              @click=${async () => {
                this._adding = true;
                await this.updateComplete;
                this.renderRoot.querySelector('input')?.focus();
              }}
            >
              ${t('review.comments.new')}
            </button>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-row-comments': BtRowComments;
  }
}
