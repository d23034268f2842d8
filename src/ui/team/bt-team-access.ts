import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { InviteInfo, Member } from '../../core/team/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { askConfirm } from '../common/ask.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import './events.js';

/**
 * Who has access to a team project: its members (with their roles) and, for its owner, the
 * invite links that can still be accepted. The owner removes a member or revokes a link here;
 * the server refuses that member's sign-in, or that link, from then on.
 *
 * @fires bt-request-remove-member - `{ userId }` (after the owner confirmed)
 * @fires bt-request-revoke-invite - `{ code }`
 */
@customElement('bt-team-access')
export class BtTeamAccess extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      h3 {
        font-size: 1rem;
        margin: 0.75rem 0 0.35rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
      }
      li > span {
        flex: 1;
      }
      .meta {
        color: var(--bt-text-2);
      }
      p {
        margin: 0;
        color: var(--bt-text-2);
      }
    `,
  ];

  @property({ attribute: false }) members: readonly Member[] = [];
  @property({ attribute: false }) invites: readonly InviteInfo[] = [];
  /** The user owns the project: may remove members and revoke links. */
  @property({ type: Boolean }) owner = false;

  constructor() {
    super();
    new I18nController(this);
  }

  private _when(ms: number) {
    return new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(ms);
  }

  private async _remove(m: Member) {
    const yes = await askConfirm({
      title: t('team.access.removeTitle', { name: m.name }),
      message: t('team.access.removeHint'),
      confirmLabel: t('team.access.removeLabel', { name: m.name }),
      danger: true,
    });
    if (yes) emit(this, 'bt-request-remove-member', { userId: m.userId });
  }

  private _renderMembers() {
    return html`<h3 id="members">${t('team.access.members')}</h3>
      <ul aria-labelledby="members">
        ${this.members.map(
          (m) =>
            html`<li>
              <span
                >${m.name}
                <span class="meta"
                  >·
                  ${t(`team.role.${m.role}`)}${m.owner ? ` · ${t('team.access.owner')}` : ''}</span
                ></span
              >
              ${
                this.owner && !m.owner
                  ? html`<button
                      aria-label=${t('team.access.removeLabel', { name: m.name })}
                      @click=${() => this._remove(m)}
                    >
                      ${t('team.access.remove')}
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>`;
  }

  private _renderInvites() {
    if (!this.owner) return nothing;
    return html`<h3 id="links">${t('team.access.links')}</h3>
      ${
        this.invites.length === 0
          ? html`<p>${t('team.access.noLinks')}</p>`
          : html`<ul aria-labelledby="links">
              ${this.invites.map((inv) => {
                const role = t(`team.role.${inv.role}`);
                const when = this._when(inv.createdAt);
                return html`<li>
                  <span>${t('team.access.linkMeta', { role, when, count: inv.accepted })}</span>
                  <button
                    aria-label=${t('team.access.revokeLabel', { role, when })}
                    @click=${() => emit(this, 'bt-request-revoke-invite', { code: inv.code })}
                  >
                    ${t('team.access.revoke')}
                  </button>
                </li>`;
              })}
            </ul>`
      }`;
  }

  override render() {
    return html`${this._renderMembers()} ${this._renderInvites()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-team-access': BtTeamAccess;
  }
}
