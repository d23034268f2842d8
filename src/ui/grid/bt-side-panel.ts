import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { StoredRevision, VersionMeta } from '../../state/index.js';
import type { Segment } from '../../core/model.js';
import '../common/bt-row-comments.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, loadStrings, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { askConfirm, askText } from '../common/ask.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

// Its words load with it (the first time it is opened), not on a first visit.
void loadStrings('panel');

/**
 * Beside the grid: the history and the comments of the active row, and the document's saved
 * versions. (Comments come from bt-row-comments: `bt-request-comment`, `bt-request-resolve-comment`.)
 *
 * @fires bt-request-save-version - `{ name }`
 * @fires bt-request-rename-version - `{ id, name }`
 * @fires bt-request-delete-version - `{ id }`
 * @fires bt-request-restore-version - `{ id }` (already confirmed by the user)
 * @fires bt-request-restore-revision - `{ id, side }` set a field back to a revision's value
 * @slot qa - the QA tab's content (bt-qa-tab, put in by the grid page)
 * @slot terms - the termbase's hits for the active row
 * @slot matches - the translation memory's matches for the active row (its own tab)
 */
type Tab = 'history' | 'comments' | 'versions' | 'matches' | 'terms' | 'qa';

@customElement('bt-side-panel')
export class BtSidePanel extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        background: var(--bt-surface);
        border-left: 1px solid var(--bt-border);
        font-size: 0.88rem;
      }
      [role='tablist'] {
        display: flex;
        /* Six English tabs fit the panel on one line down to ~355 px (a 1024 px window) with
           narrow side padding; a narrower panel or a longer label gets a second line, never a
           tab cut off. */
        flex-wrap: wrap;
        border-bottom: 1px solid var(--bt-border);
      }
      [role='tab'] {
        flex: 1;
        justify-content: center;
        font: inherit;
        padding: 0.45rem 0.15rem;
        white-space: nowrap;
        border: 0;
        border-radius: 0;
        background: var(--bt-surface-3);
        cursor: pointer;
      }
      [role='tab'] + [role='tab'] {
        border-left: 1px solid var(--bt-border);
      }
      [role='tab'][aria-selected='true'] {
        background: var(--bt-surface);
        font-weight: 600;
        box-shadow: inset 0 -2px 0 var(--bt-accent);
      }
      section {
        overflow: auto;
        padding: 0.6rem 0.75rem;
        flex: 1;
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
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.8rem;
      }
      .text {
        overflow-wrap: anywhere;
      }
      del {
        color: var(--bt-danger-strong);
      }
      ins {
        color: var(--bt-success);
      }
      form {
        display: flex;
        gap: 0.4rem;
        margin-bottom: 0.6rem;
      }
      input,
      button {
        font: inherit;
      }
      input {
        flex: 1;
        min-width: 0;
      }
      .actions {
        display: flex;
        gap: 0.3rem;
        margin-top: 0.25rem;
      }
    `,
  ];

  @state() private _tab: Tab = 'history';

  @property({ attribute: false }) history: readonly StoredRevision[] = [];
  @property({ attribute: false }) versions: readonly VersionMeta[] = [];
  /** The active row's number, or 0 when no row is active. */
  @property({ type: Number }) row = 0;
  /** The active row, for its comments. */
  @property({ attribute: false }) activeRow?: Segment;
  /** A viewer's document: versions are listed, not saved or restored. */
  @property({ type: Boolean }) readOnly = false;
  /** The versions are a team server's: saved for every member, renamed or deleted there. */
  @property({ type: Boolean }) shared = false;
  /** A team project's versions this member may rename and delete (its author, or the owner). */
  @property({ attribute: false }) manageable: ReadonlySet<string> = new Set();

  constructor() {
    super();
    new I18nController(this);
  }

  /**
   * Shows one tab (e.g. the QA tab, from the header's button or the export dialog's warning) and
   * puts the keyboard on it, so the panel is one Tab away rather than past every row.
   */
  async show(tab: Tab): Promise<void> {
    this._tab = tab;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  private _when(ms: number) {
    return new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(ms);
  }

  /** Status values are shown in the UI language; texts as they are. */
  private _value(field: string, v: string) {
    return field === 'status' ? t(`status.${v}`, { defaultValue: v }) : v;
  }

  private _renderHistory() {
    if (!this.row) return html`<p>${t('panel.pickRow')}</p>`;
    if (this.history.length === 0) return html`<p>${t('panel.noHistory', { n: this.row })}</p>`;
    const fieldName = (f: string) => t(`panel.field.${f}`, { defaultValue: f });
    return html`<ol aria-label=${t('panel.historyOf', { n: this.row })}>
      ${this.history.map(
        (r) =>
          html`<li>
            <div class="meta">
              ${this._when(r.at)} · ${r.author || t(`role.${r.role}`)} · ${fieldName(r.field)}
            </div>
            <div class="text">
              ${r.before ? html`<del>${this._value(r.field, r.before)}</del> ` : nothing}${r.after ? html`<ins>${this._value(r.field, r.after)}</ins>` : nothing}
            </div>
            ${
              ['source', 'target', 'status', 'note'].includes(r.field)
                ? html`<div class="actions">
                    <button
                      @click=${() => emit(this, 'bt-request-restore-revision', { id: r.id!, side: 'before' })}
                    >
                      ${t('panel.restoreBefore')}
                    </button>
                  </div>`
                : nothing
            }
          </li>`,
      )}
    </ol>`;
  }

  private _renderVersions() {
    return html`
      ${this.shared ? html`<p>${t('team.versions.shared')}</p>` : nothing}
      ${
        this.readOnly
          ? nothing
          : html`<form
              @submit=${(e: SubmitEvent) => {
                e.preventDefault();
                const input = (e.target as HTMLFormElement).querySelector('input')!;
                emit(this, 'bt-request-save-version', {
                  name: input.value.trim() || t('panel.untitledVersion'),
                });
                input.value = '';
              }}
            >
              <input
                aria-label=${t('panel.versionName')}
                placeholder=${t('panel.versionPlaceholder')}
              />
              <button type="submit">${t('panel.saveVersion')}</button>
            </form>`
      }
      ${
        this.versions.length === 0
          ? html`<p>${t('panel.noVersions')}</p>`
          : html`<ol aria-label=${t('panel.versions')}>
              ${this.versions.map(
                (v) =>
                  html`<li>
                    <strong>${v.name}</strong>
                    <div class="meta">
                      ${this._when(v.createdAt)}${v.author ? ` · ${v.author}` : ''} ·
                      ${t('panel.rows', { count: v.segmentCount })}
                    </div>
                    ${this._renderVersionActions(v)}
                  </li>`,
              )}
            </ol>`
      }
    `;
  }

  private _renderVersionActions(v: VersionMeta) {
    if (this.readOnly) return nothing;
    return html`<div class="actions">
      <button
        aria-label=${t('panel.restoreLabel', { name: v.name })}
        @click=${async () => {
          const yes = await askConfirm({
            title: t('panel.restoreTitle', { name: v.name }),
            message: t('panel.restoreHint', { name: v.name }),
            confirmLabel: t('panel.restoreButton'),
          });
          if (yes) emit(this, 'bt-request-restore-version', { id: v.id });
        }}
      >
        ${t('panel.restore')}
      </button>
      ${
        this.shared && !this.manageable.has(v.id)
          ? nothing
          : html`<button
                aria-label=${t('panel.renameLabel', { name: v.name })}
                @click=${async () => {
                  const name = await askText({
                    title: t('panel.renameTitle', { name: v.name }),
                    label: t('panel.versionName'),
                    value: v.name,
                    confirmLabel: t('panel.renameButton'),
                  });
                  if (name) emit(this, 'bt-request-rename-version', { id: v.id, name });
                }}
              >
                ${t('panel.rename')}
              </button>
              <button
                aria-label=${t('panel.deleteLabel', { name: v.name })}
                @click=${async () => {
                  const yes = await askConfirm({
                    title: t('panel.deleteTitle', { name: v.name }),
                    message: t('panel.deleteHint'),
                    confirmLabel: t('panel.deleteButton'),
                    danger: true,
                  });
                  if (yes) emit(this, 'bt-request-delete-version', { id: v.id });
                }}
              >
                ${t('panel.delete')}
              </button>`
      }
    </div>`;
  }

  private _renderComments() {
    const s = this.activeRow;
    if (!s || !this.row) return html`<p>${t('panel.pickRowComments')}</p>`;
    return html`<bt-row-comments
      .rowId=${s.id}
      .n=${this.row}
      .comments=${s.comments ?? []}
    ></bt-row-comments>`;
  }

  override render() {
    const tab = (id: Tab, label: string) =>
      html`<button
        role="tab"
        id="tab-${id}"
        aria-selected=${this._tab === id ? 'true' : 'false'}
        aria-controls="panel"
        @click=${() => (this._tab = id)}
      >
        ${label}
      </button>`;
    return html`
      <div role="tablist" aria-label=${t('panel.label')}>
        ${tab('history', t('panel.history'))} ${tab('comments', t('panel.comments'))}
        ${tab('versions', t('panel.versions'))} ${tab('matches', t('memory.panel.tab'))}
        ${tab('terms', t('terms.tab'))} ${tab('qa', t('qaPanel.tab'))}
      </div>
      <section id="panel" role="tabpanel" aria-labelledby="tab-${this._tab}">
        ${
          // Matches, Terms and QA show the page's own panels (slots of the same names).
          this._tab === 'matches'
            ? html`<slot name="matches"></slot>`
            : this._tab === 'terms'
              ? html`<slot name="terms"></slot>`
              : this._tab === 'history'
                ? this._renderHistory()
                : this._tab === 'comments'
                  ? this._renderComments()
                  : this._tab === 'qa'
                    ? html`<slot name="qa"></slot>`
                    : this._renderVersions()
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-side-panel': BtSidePanel;
  }
}
