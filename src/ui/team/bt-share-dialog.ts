import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { TEAM_ROLES, type InviteInfo, type Member, type TeamRole } from '../../core/team/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import './events.js';
import './bt-team-access.js';

/**
 * Sharing a project with a team. A local project: the team server's address and your name, then
 * Share (its rows, history and versions, and the termbase its new terms go to, go to the server).
 * A team project: invite links, one per role (translator, reviewer, viewer), to copy and send;
 * only the owner may invite. Below them,
 * the members and open links (bt-team-access), where the owner takes access back.
 *
 * @fires bt-request-share - `{ server, name }`
 * @fires bt-request-invite - `{ role }` (answered with `showInvite`)
 * @fires bt-request-close-share - Close or Escape
 */
@customElement('bt-share-dialog')
export class BtShareDialog extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      dialog {
        width: min(36rem, 94vw);
        border: 1px solid var(--bt-border-strong);
        border-radius: var(--bt-radius-lg);
        background: var(--bt-surface);
        color: var(--bt-text);
        padding: 1rem 1.25rem;
      }
      h2 {
        font-size: 1.1rem;
        margin: 0 0 0.5rem;
      }
      p {
        margin: 0 0 0.75rem;
        color: var(--bt-text-2);
      }
      form,
      .invites {
        display: flex;
        flex-direction: column;
        gap: 0.6rem;
      }
      label.field {
        flex-direction: column;
        align-items: stretch;
      }
      .invite {
        display: flex;
        gap: 0.4rem;
        align-items: center;
      }
      .invite input {
        flex: 1;
        min-width: 0;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: 0.5rem;
        margin-top: 0.75rem;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;
  @state() private _links: Partial<Record<TeamRole, string>> = {};
  @state() private _copied?: TeamRole;

  @property({ type: Boolean, reflect: true }) open = false;
  /** The open project is a team project (invite), or a local one (share). */
  @property({ type: Boolean }) team = false;
  /** The user owns the team project and may invite. */
  @property({ type: Boolean }) owner = false;
  @property({ type: Boolean }) busy = false;
  /** Prefills the name field. */
  @property() author = '';
  @property() server = '';
  /** A team project's members and (for its owner) open invite links. */
  @property({ attribute: false }) members: readonly Member[] = [];
  @property({ attribute: false }) invites: readonly InviteInfo[] = [];

  constructor() {
    super();
    new I18nController(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this._dialog.open) this._dialog.showModal();
    else if (!this.open && this._dialog.open) this._dialog.close();
    if (!this.open) this._links = {};
  }

  /** Shows the link the app made for `role`. */
  showInvite(role: TeamRole, link: string): void {
    this._links = { ...this._links, [role]: link };
  }

  private _share(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    emit(this, 'bt-request-share', {
      server: String(data.get('server') ?? ''),
      name: String(data.get('name') ?? ''),
    });
  }

  private async _copy(role: TeamRole) {
    const link = this._links[role];
    if (!link) return;
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    this._copied = role;
  }

  private _renderShare() {
    return html`<p>${t('team.share.intro')}</p>
      <form @submit=${this._share}>
        <label class="field"
          >${t('team.share.server')}
          <input
            name="server"
            required
            placeholder="ws://127.0.0.1:1234"
            .value=${this.server}
            autocomplete="url"
        /></label>
        <label class="field"
          >${t('team.share.name')}
          <input name="name" required .value=${this.author} autocomplete="name"
        /></label>
        <div class="actions">
          <button type="button" @click=${() => emit(this, 'bt-request-close-share')}>
            ${t('common.cancel')}
          </button>
          <button type="submit" class="primary" ?disabled=${this.busy}>
            ${this.busy ? t('team.share.sharing') : t('team.share.submit')}
          </button>
        </div>
      </form>`;
  }

  private _renderAccess() {
    return html`<bt-team-access
      .members=${this.members}
      .invites=${this.invites}
      ?owner=${this.owner}
    ></bt-team-access>`;
  }

  private _renderInvite() {
    if (!this.owner)
      return html`<p>${t('team.invite.ownerOnly')}</p>
        ${this._renderAccess()}`;
    return html`<p>${t('team.invite.intro')}</p>
      <div class="invites">
        ${TEAM_ROLES.map((role) => {
          const link = this._links[role];
          return html`<div class="invite">
            <button @click=${() => emit(this, 'bt-request-invite', { role })}>
              ${t(`team.invite.make.${role}`)}
            </button>
            ${
              link
                ? html`<input
                      readonly
                      aria-label=${t(`team.invite.link.${role}`)}
                      .value=${link}
                      @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
                    /><button @click=${() => this._copy(role)}>
                      ${this._copied === role ? t('team.invite.copied') : t('team.invite.copy')}
                    </button>`
                : nothing
            }
          </div>`;
        })}
      </div>
      ${this._renderAccess()}`;
  }

  override render() {
    return html`<dialog
      aria-labelledby="title"
      @close=${() => emit(this, 'bt-request-close-share')}
      @cancel=${() => emit(this, 'bt-request-close-share')}
    >
      <h2 id="title">${this.team ? t('team.invite.title') : t('team.share.title')}</h2>
      ${this.team ? this._renderInvite() : this._renderShare()}
      ${
        // The share form ends in its own row, Cancel beside Share, as every other form here does.
        this.team
          ? html`<div class="actions">
              <button @click=${() => emit(this, 'bt-request-close-share')}>
                ${t('common.close')}
              </button>
            </div>`
          : nothing
      }
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-share-dialog': BtShareDialog;
  }
}
