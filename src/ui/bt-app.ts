import { LitElement, html, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { I18nController } from '../i18n/i18n-controller.js';
import { t } from '../i18n/index.js';

/** The application shell. */
@customElement('bt-app')
export class BtApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    return html`<header><h1>${t('app.title')}</h1></header>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-app': BtApp;
  }
}
