import { LitElement, html, css } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { parseInviteLink } from '../../core/team/names.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import './events.js';

/**
 * The page an invite link opens: which server invites you, and your name; Join makes a copy of
 * the team project here and opens it.
 *
 * @fires bt-request-join - `{ name }`
 */
@customElement('bt-join-page')
export class BtJoinPage extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
        max-width: 36rem;
        margin: 2rem auto;
        padding: 0 1rem;
      }
      h2 {
        font-size: 1.2rem;
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
      }
      label.field {
        flex-direction: column;
        align-items: stretch;
      }
      .server {
        font-family: monospace;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property() author = '';
  @property({ type: Boolean }) busy = false;
  /** The invitation in the address, read again when the address changes (a second link). */
  @state() private _invite = parseInviteLink(location.href);
  private _onHash = () => (this._invite = parseInviteLink(location.href));

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._onHash();
    window.addEventListener('hashchange', this._onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHash);
  }

  private _join(e: Event) {
    e.preventDefault();
    const name = String(new FormData(e.target as HTMLFormElement).get('name') ?? '');
    emit(this, 'bt-request-join', { name });
  }

  override render() {
    // A link without a server and an invite code cannot be joined: say so before asking a name.
    if (!this._invite)
      return html`<h2>${t('team.join.title')}</h2>
        <p role="alert">${t('team.notice.badInvite')} ${t('team.join.askAgain')}</p>
        <p><a href="#/">${t('team.join.toProjects')}</a></p>`;
    return html`<h2>${t('team.join.title')}</h2>
      <p>${t('team.join.intro')} <span class="server">${this._invite.serverUrl}</span></p>
      <form @submit=${this._join}>
        <label class="field"
          >${t('team.share.name')}
          <input name="name" required .value=${this.author} autocomplete="name"
        /></label>
        <div>
          <button type="submit" class="primary" ?disabled=${this.busy}>
            ${this.busy ? t('team.join.joining') : t('team.join.submit')}
          </button>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-join-page': BtJoinPage;
  }
}
