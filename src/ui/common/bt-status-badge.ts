import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Status } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { tm } from '../../i18n/index.js';
import { focusRing } from './focus-ring.js';

/** A segment status as a labelled badge (never colour alone: the word is always shown). */
@customElement('bt-status-badge')
export class BtStatusBadge extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: inline-block;
      }
      span {
        display: inline-block;
        padding: 0.05rem 0.45rem;
        border-radius: 999px;
        font-size: 0.75rem;
        line-height: 1.4;
        border: 1px solid currentColor;
        white-space: nowrap;
      }
      .new {
        color: var(--bt-status-new);
      }
      .draft {
        color: var(--bt-status-draft);
      }
      .translated {
        color: var(--bt-status-translated);
      }
      .reviewed {
        color: var(--bt-status-reviewed);
      }
      .approved {
        color: var(--bt-status-approved);
      }
      .rejected {
        color: var(--bt-status-rejected);
      }
    `,
  ];

  @property() status: Status = 'new';

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    return html`<span class=${this.status}>${tm(`status.${this.status}`)}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-status-badge': BtStatusBadge;
  }
}
