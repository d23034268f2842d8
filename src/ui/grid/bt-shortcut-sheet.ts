import { LitElement, html, css } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { loadStrings, t } from '../../i18n/index.js';
import { SHORTCUTS } from './keymap.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

// Its words load with it (the first time it is opened), not on a first visit.
void loadStrings('shortcuts');

/**
 * The keyboard shortcut sheet (opened with "?"), printed from the same table the grid obeys.
 *
 * @fires bt-request-close - the sheet should close
 */
@customElement('bt-shortcut-sheet')
export class BtShortcutSheet extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
        max-width: 32rem;
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
      kbd {
        font-family: ui-monospace, monospace;
        background: var(--bt-surface-3);
        border: 1px solid var(--bt-border-strong);
        border-radius: 3px;
        padding: 0 0.3rem;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;

  @property({ type: Boolean }) open = false;

  constructor() {
    super();
    new I18nController(this);
  }

  override updated(): void {
    if (this.open && !this._dialog.open) this._dialog.showModal();
    if (!this.open && this._dialog.open) this._dialog.close();
  }

  private _close() {
    emit(this, 'bt-request-close');
  }

  override render() {
    return html`<dialog aria-labelledby="title" @close=${this._close}>
      <h2 id="title">${t('shortcuts.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('shortcuts.keys')}</th>
            <th scope="col">${t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          ${SHORTCUTS.map(
            (s) =>
              html`<tr>
                <td><kbd>${s.keys}</kbd></td>
                <td>${t(s.label ?? `shortcuts.${s.command}`)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <form method="dialog"><button>${t('common.close')}</button></form>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-shortcut-sheet': BtShortcutSheet;
  }
}
