import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { controlStyles } from '../common/controls.js';
import { focusRing } from '../common/focus-ring.js';
import '../grid/events.js';

/**
 * What the review page shows before any version is saved: there is nothing to compare yet, so it
 * says so and offers to save the first version right here (the side panel's form does the same),
 * rather than sending the reviewer back to the grid to find it.
 *
 * @fires bt-request-save-version - `{ name }`
 */
@customElement('bt-first-version')
export class BtFirstVersion extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        padding: 2rem;
        text-align: center;
        color: var(--bt-text-3);
      }
      form {
        display: inline-flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
        justify-content: center;
      }
    `,
  ];

  /** False for a member who may not save versions (a team project's viewer). */
  @property({ attribute: false }) canSave = true;

  constructor() {
    super();
    new I18nController(this);
  }

  private _onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).querySelector('input')!;
    emit(this, 'bt-request-save-version', {
      name: input.value.trim() || t('review.pick.firstVersionName'),
    });
    input.value = '';
  }

  override render() {
    return html`<p>${t('review.pick.noVersions')}</p>
      ${
        this.canSave
          ? html`<form @submit=${this._onSubmit}>
              <input
                aria-label=${t('review.pick.versionName')}
                placeholder=${t('review.pick.firstVersionName')}
              />
              <button type="submit" class="primary">${t('review.pick.saveNow')}</button>
            </form>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-first-version': BtFirstVersion;
  }
}
