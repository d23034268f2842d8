import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import type { AppErrorKind } from '../../state/errors.js';
import type { Diagnosis, SalvageKind } from '../../state/recovery.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

type Confirming = 'without' | 'empty';

/**
 * The screen shown instead of the app when the workspace cannot be opened: why, in words, how
 * many records of each kind can be read and how many are left out, and the ways out. It never
 * touches the workspace itself: each choice is a request to the app, confirmed first where it
 * deletes anything.
 *
 * @fires bt-request-download-salvage - the app answers by calling `download(json)`
 * @fires bt-request-open-without-damaged - confirmed; only for a `damaged` diagnosis
 * @fires bt-request-start-empty - confirmed; for a newer release's or an unreadable workspace
 */
@customElement('bt-recovery')
export class BtRecovery extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        max-width: 44rem;
        margin: 2rem auto;
        padding: 0 1rem;
        line-height: 1.5;
      }
      h2 {
        font-size: 1.2rem;
        margin: 0 0 0.5rem;
      }
      table {
        border-collapse: collapse;
        margin: 1rem 0;
      }
      caption {
        text-align: start;
        font-weight: 600;
        padding-bottom: 0.3rem;
      }
      th,
      td {
        padding: 0.2rem 1rem 0.2rem 0;
        text-align: start;
      }
      td.n {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .left {
        color: var(--bt-danger-deep);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 1rem;
      }
      button {
        font: inherit;
      }
      .danger {
        color: var(--bt-danger-deep);
      }
      dialog {
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        max-width: 32rem;
      }
      dialog h3 {
        font-size: 1rem;
        margin: 0 0 0.5rem;
      }
      dialog .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 0.4rem;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;

  @state() private _confirming?: Confirming;
  @state() private _downloaded = false;

  /** What went wrong and what can be read; null while it is being read. */
  @property({ attribute: false }) diagnosis: Diagnosis | null = null;
  /** An action is running: the buttons wait. */
  @property({ type: Boolean }) busy = false;
  /** The kind of the last action's failure, shown as `errors.<kind>`. */
  @property() failure: AppErrorKind | '' = '';

  constructor() {
    super();
    new I18nController(this);
  }

  /** Saves the backup text the app read (the answer to `bt-request-download-salvage`). */
  download(json: string): void {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    a.download = `bitext-workbench-salvage-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    this._downloaded = true;
  }

  private _ask(what: Confirming) {
    this._confirming = what;
    void this.updateComplete.then(() => this._dialog.showModal());
  }

  private _onConfirmClose() {
    // The close event comes a task later: the dialog may already be open again for a new ask.
    if (this._dialog.open) return;
    if (this._dialog.returnValue === 'ok') {
      if (this._confirming === 'without') emit(this, 'bt-request-open-without-damaged');
      if (this._confirming === 'empty') emit(this, 'bt-request-start-empty');
    }
    this._confirming = undefined;
  }

  private _renderCounts(d: Diagnosis) {
    const kinds = d.shown;
    return html`<table>
      <caption>
        ${t('recovery.table')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('recovery.what')}</th>
          <th scope="col">${t('recovery.kept')}</th>
          <th scope="col">${t('recovery.leftOut')}</th>
        </tr>
      </thead>
      <tbody>
        ${kinds.map(
          (k) =>
            html`<tr>
              <th scope="row">${t(`recovery.kinds.${k}`)}</th>
              <td class="n">${d.counts[k].kept}</td>
              <td class="n ${d.counts[k].leftOut ? 'left' : ''}">${d.counts[k].leftOut}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private _renderConfirm(d: Diagnosis | null) {
    if (!d || !this._confirming) return nothing;
    const all = (k: SalvageKind) => d.counts[k].kept + d.counts[k].leftOut;
    const without = this._confirming === 'without';
    return html`<form method="dialog">
      <h3 id="confirm-title">
        ${t(without ? 'recovery.confirmWithoutTitle' : 'recovery.confirmEmptyTitle')}
      </h3>
      <p>
        ${
          without
            ? t('recovery.confirmWithout', { count: d.leftOut })
            : t('recovery.confirmEmpty', {
                projects: all('projects'),
                documents: all('documents'),
                segments: all('segments'),
                revisions: all('revisions'),
                versions: all('versions'),
              })
        }
      </p>
      ${
        d.readable && !this._downloaded
          ? html`<p><strong>${t('recovery.downloadFirst')}</strong></p>`
          : nothing
      }
      <div class="buttons">
        <button value="cancel">${t('common.cancel')}</button>
        <button value="ok" class="danger">
          ${t(without ? 'recovery.confirmWithoutButton' : 'recovery.confirmEmptyButton')}
        </button>
      </div>
    </form>`;
  }

  override render() {
    const d = this.diagnosis;
    return html`
      <section aria-labelledby="title">
        <h2 id="title">${t('recovery.title')}</h2>
        ${
          d
            ? html`<p>${t(`recovery.kind.${d.kind}`)}</p>
                ${this._renderCounts(d)}
                ${d.orphaned ? html`<p>${t('recovery.orphaned', { count: d.orphaned })}</p>` : nothing}
                ${d.readable ? nothing : html`<p>${t('recovery.nothingReadable')}</p>`}`
            : html`<p role="status">${t('recovery.reading')}</p>`
        }
        ${this.failure ? html`<p role="alert">${t(`errors.${this.failure}`)}</p>` : nothing}
        ${this._downloaded ? html`<p role="status">${t('recovery.downloaded')}</p>` : nothing}
        ${
          d
            ? html`<div class="actions">
                ${
                  d.readable
                    ? html`<button
                        ?disabled=${this.busy}
                        @click=${() => emit(this, 'bt-request-download-salvage')}
                      >
                        ${t('recovery.download')}
                      </button>`
                    : nothing
                }
                ${
                  d.kind === 'damaged'
                    ? html`<button ?disabled=${this.busy} @click=${() => this._ask('without')}>
                        ${t('recovery.openWithout')}
                      </button>`
                    : html`<button
                        class="danger"
                        ?disabled=${this.busy}
                        @click=${() => this._ask('empty')}
                      >
                        ${t('recovery.startEmpty')}
                      </button>`
                }
              </div>`
            : nothing
        }
      </section>
      <dialog @close=${this._onConfirmClose} aria-labelledby="confirm-title">
        ${this._renderConfirm(d)}
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-recovery': BtRecovery;
  }
}
