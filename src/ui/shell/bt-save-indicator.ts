import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';

import type { SaveState } from '../../state/index.js';
import { focusRing } from '../common/focus-ring.js';
import { emit } from '../common/events.js';
import './events.js';

/**
 * Saving / saved at HH:MM / not saved (retrying, or waiting for the user to choose between their
 * text and another tab's): never says "saved" for work that is not, nor "retrying" while nothing is.
 */
@customElement('bt-save-indicator')
export class BtSaveIndicator extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        font-size: 0.85rem;
        color: var(--bt-text-2);
        white-space: nowrap;
      }
      .failed,
      .conflict {
        color: var(--bt-danger);
        font-weight: 600;
      }
      button.conflict {
        font: inherit;
        background: none;
        border: none;
        padding: 0;
        text-decoration: underline;
        cursor: pointer;
      }
    `,
  ];

  @property({ reflect: true }) state: SaveState = 'idle';
  /** When the last write committed (ms since epoch). */
  @property({ type: Number }) savedAt = 0;
  /** A team project: saved here is not yet synced, so say "on this device". */
  @property({ type: Boolean }) device = false;

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    const time = this.savedAt
      ? new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(this.savedAt)
      : '';
    // Saving, failed (retrying) and conflict (waiting for the user) each have their own words.
    const unsaved = this.state === 'saving' || this.state === 'failed' || this.state === 'conflict';
    const text = unsaved
      ? t(`save.${this.state}`)
      : this.savedAt
        ? t(this.device ? 'save.deviceAt' : 'save.savedAt', { time })
        : t(this.device ? 'save.device' : 'save.allSaved');
    // Waiting for a choice: the words are a button that shows the choice again, should its
    // notice have been closed or replaced.
    const body =
      this.state === 'conflict'
        ? html`<button
            class="conflict"
            title=${t('save.showChoice')}
            @click=${() => emit(this, 'bt-request-show-conflict', undefined)}
          >
            ${text}
          </button>`
        : text;
    return html`<span class=${this.state} role="status" aria-live="polite">${body}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-save-indicator': BtSaveIndicator;
  }
}
