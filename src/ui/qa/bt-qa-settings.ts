import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  DEFAULT_QA_SETTINGS,
  isCheckOn,
  type QaProjectSettings,
} from '../../core/qa/project-settings.js';
import { CHECK_IDS, DEFAULT_SEVERITY, type CheckId, type Severity } from '../../core/qa/types.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import './events.js';
import { controlStyles } from '../common/controls.js';

/**
 * "As the check says", naming what that is: a translator choosing "Warning" should know whether
 * that is a change. The term check has both (a forbidden term is an error, a missing one a warning).
 */
const defaultLabel = (c: CheckId) =>
  c === 'term'
    ? t('qaPanel.settings.defaultMixed')
    : t('qaPanel.settings.default', {
        severity: t(`qaPanel.settings.${DEFAULT_SEVERITY[c]}`).toLowerCase(),
      });

/**
 * A project's checks: which run, and the severity of each (its own, or error, or warning). In a
 * team project they are the team's: its owner changes them for everyone, and other members see
 * them read-only.
 *
 * @fires bt-request-qa-settings - `{ settings }` on every change the user makes
 */
@customElement('bt-qa-settings')
export class BtQaSettings extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        margin-top: 0.4rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.15rem 0.25rem;
      }
      th {
        font-weight: 600;
        font-size: 0.8rem;
        color: var(--bt-text-muted);
      }
      select {
        font: inherit;
      }
      .team {
        margin: 0.4rem 0 0;
        color: var(--bt-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) settings: QaProjectSettings = DEFAULT_QA_SETTINGS;
  /** Whose they are: this device's, or a team project's (`owner`: this user changes them). */
  @property() by: 'device' | 'owner' | 'member' = 'device';

  constructor() {
    super();
    new I18nController(this);
  }

  private _toggle(check: CheckId, on: boolean) {
    const enabled = { ...this.settings.enabled };
    if (on) delete enabled[check];
    else enabled[check] = false;
    emit(this, 'bt-request-qa-settings', { settings: { ...this.settings, enabled } });
  }

  private _severity(check: CheckId, value: Severity | 'default') {
    const severity = { ...this.settings.severity };
    if (value === 'default') delete severity[check];
    else severity[check] = value;
    emit(this, 'bt-request-qa-settings', { settings: { ...this.settings, severity } });
  }

  override render() {
    const s = this.settings;
    const locked = this.by === 'member';
    return html`<details>
      <summary>${t('qaPanel.settings.title')}</summary>
      ${
        this.by === 'device'
          ? nothing
          : html`<p class="team" id="team">
              ${t(locked ? 'qaPanel.settings.teamMember' : 'qaPanel.settings.teamOwner')}
            </p>`
      }
      <table aria-describedby=${this.by === 'device' ? nothing : 'team'}>
        <thead>
          <tr>
            <th scope="col">${t('qaPanel.settings.check')}</th>
            <th scope="col">${t('qaPanel.settings.severity')}</th>
          </tr>
        </thead>
        <tbody>
          ${CHECK_IDS.map((c) => {
            const name = t(`qa.check.${c}`);
            const on = isCheckOn(s, c);
            const sev = s.severity[c] ?? 'default';
            return html`<tr>
              <td>
                <label
                  ><input
                    type="checkbox"
                    .checked=${live(on)}
                    ?disabled=${locked}
                    @change=${(e: Event) => this._toggle(c, (e.target as HTMLInputElement).checked)}
                  />
                  ${name}</label
                >
              </td>
              <td>
                <select
                  aria-label=${t('qaPanel.settings.severityOf', { name })}
                  .value=${live(sev)}
                  ?disabled=${!on || locked}
                  @change=${(e: Event) =>
                    this._severity(
                      c,
                      (e.target as HTMLSelectElement).value as Severity | 'default',
                    )}
                >
                  ${(['default', 'error', 'warning'] as const).map(
                    (v) =>
                      html`<option value=${v} ?selected=${sev === v}>
                        ${v === 'default' ? defaultLabel(c) : t(`qaPanel.settings.${v}`)}
                      </option>`,
                  )}
                </select>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-qa-settings': BtQaSettings;
  }
}
