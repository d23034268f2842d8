import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Peer, TeamSyncStatus } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';

/**
 * A team project's place in the status bar: whether the work has reached the server
 * (Synced / Offline — N changes waiting / Connecting), and who else is in the document.
 */
@customElement('bt-team-status')
export class BtTeamStatus extends LitElement {
  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.75rem;
    }
    .offline,
    .refused {
      color: var(--bt-warning-text);
      font-weight: 600;
    }
    ul {
      display: inline-flex;
      gap: 0.35rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      padding: 0 0.4rem;
      border-radius: 999px;
      background: var(--bt-accent-soft);
      color: var(--bt-text);
    }
  `;

  @property({ attribute: false }) status?: TeamSyncStatus;
  @property({ attribute: false }) peers: readonly Peer[] = [];

  constructor() {
    super();
    new I18nController(this);
  }

  private _text(s: TeamSyncStatus): string {
    if (s.connection === 'refused') return t('team.status.refused');
    if (s.connection === 'offline')
      return s.waiting > 0
        ? t('team.status.offlineWaiting', { count: s.waiting })
        : t('team.status.offline');
    if (s.connection === 'connecting') return t('team.status.connecting');
    return s.waiting > 0 ? t('team.status.sending', { count: s.waiting }) : t('team.status.synced');
  }

  override render() {
    const s = this.status;
    if (!s) return nothing;
    return html`<span role="status" class=${s.connection}>${this._text(s)}</span> ${
        this.peers.length
          ? html`<span>${t('team.presence.label')}</span>
              <ul aria-label=${t('team.presence.label')}>
                ${this.peers.map(
                  (p) =>
                    html`<li title=${t(`team.role.${p.role}`)}>
                      ${p.name} · ${t(`team.role.${p.role}`)}
                    </li>`,
                )}
              </ul>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-team-status': BtTeamStatus;
  }
}
