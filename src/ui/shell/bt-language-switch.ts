import { LitElement, html, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, setLanguage, t, UI_LANGUAGES, type UiLanguage } from '../../i18n/index.js';
import { focusRing } from '../common/focus-ring.js';

/** The UI language switch: 中文 / English, remembered across visits. */
@customElement('bt-language-switch')
export class BtLanguageSwitch extends LitElement {
  static override styles = [
    focusRing,
    css`
      :host {
        display: inline-flex;
        white-space: nowrap;
      }
      /* The outer buttons round their own corners: clipping them with overflow would clip the
         focus ring too, down to a 1 px line. */
      div {
        display: inline-flex;
        border: 1px solid var(--bt-border-strong);
        border-radius: 6px;
      }
      button {
        position: relative;
        font: inherit;
        font-size: 0.85rem;
        border: 0;
        padding: 0.2rem 0.6rem;
        background: var(--bt-surface);
        color: var(--bt-text);
        cursor: pointer;
      }
      button:first-child {
        border-radius: 5px 0 0 5px;
      }
      button:last-child {
        border-radius: 0 5px 5px 0;
      }
      button[aria-pressed='true'] {
        background: var(--bt-inverse);
        color: var(--bt-inverse-text);
      }
      /* Above its neighbour, which would otherwise paint over the ring's inner side. */
      button:focus-visible {
        z-index: 1;
      }
    `,
  ];

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    // Each language is named in itself (the same in every locale), so a user who can't read the
    // current language still finds theirs.
    const names: Record<UiLanguage, string> = {
      'zh-CN': t('app.languageName.zh'),
      en: t('app.languageName.en'),
    };
    return html`<div role="group" aria-label=${t('app.language')}>
      ${UI_LANGUAGES.map(
        (l) =>
          html`<button
            lang=${l}
            aria-pressed=${i18n.language === l ? 'true' : 'false'}
            @click=${() => setLanguage(l)}
          >
            ${names[l]}
          </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-language-switch': BtLanguageSwitch;
  }
}
