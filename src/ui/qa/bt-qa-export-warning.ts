import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';

/**
 * In the export dialog: how many quality-check errors are still open, with a link to the QA
 * panel. It only warns: the export stays allowed.
 *
 * @fires bt-request-open-qa - the user wants to see the errors
 */
@customElement('bt-qa-export-warning')
export class BtQaExportWarning extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: block;
        margin: 0 0 0.75rem;
      }
      p {
        margin: 0;
      }
      .errors {
        color: var(--bt-warning-strong);
        font-weight: 600;
      }
      button {
        font: inherit;
        padding: 0;
        border: 0;
        background: none;
        color: var(--bt-accent-strong);
        text-decoration: underline;
        cursor: pointer;
      }
    `,
  ];

  /** Open errors; undefined while the checks still run. */
  @property({ type: Number }) errors?: number;

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const n = this.errors;
    if (n === undefined) return html`<p role="status">${t('qaPanel.export.checking')}</p>`;
    if (n === 0) return html`<p role="status">${t('qaPanel.export.none')}</p>`;
    return html`<p role="status">
      <span class="errors">${t('qaPanel.export.errors', { count: n })}</span>
      ${t('qaPanel.export.stillAllowed')}
      <button @click=${() => emit(this, 'bt-request-open-qa')}>${t('qaPanel.export.open')}</button>
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-qa-export-warning': BtQaExportWarning;
  }
}
