import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';

/**
 * A short message at the bottom of the screen, optionally with one action button (Undo…).
 *
 * @fires bt-request-notice-action - the user chose the action
 * @fires bt-request-dismiss - the user closed the message
 */
@customElement('bt-toast')
export class BtToast extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        position: fixed;
        left: 50%;
        bottom: 1.25rem;
        transform: translateX(-50%);
        z-index: 10;
      }
      div {
        display: flex;
        align-items: center;
        gap: 0.75rem;
        padding: 0.6rem 0.9rem;
        border-radius: 8px;
        background: var(--bt-inverse);
        color: var(--bt-inverse-text);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
        max-width: 40rem;
      }
      div.error {
        background: var(--bt-danger-inverse);
      }
      button {
        font: inherit;
        background: transparent;
        color: inherit;
        border: 1px solid currentColor;
        border-radius: 4px;
        padding: 0.1rem 0.5rem;
        cursor: pointer;
        /* An action's label stays on one line; the message wraps instead. */
        white-space: nowrap;
        flex: none;
      }
    `,
  ];

  /** The message, already translated; empty hides the toast. */
  @property() message = '';
  @property() kind: 'info' | 'error' = 'info';
  /** The action button's label, already translated; empty for none. */
  @property() action = '';

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    if (!this.message) return nothing;
    return html`<div class=${this.kind} role=${this.kind === 'error' ? 'alert' : 'status'}>
      <span>${this.message}</span>
      ${
        this.action
          ? html`<button @click=${() => emit(this, 'bt-request-notice-action')}>
              ${this.action}
            </button>`
          : nothing
      }
      <button aria-label=${t('common.dismiss')} @click=${() => emit(this, 'bt-request-dismiss')}>
        ×
      </button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-toast': BtToast;
  }
}
