import { LitElement, html, css } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Role } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import { controlStyles } from '../common/controls.js';
import { focusRing } from '../common/focus-ring.js';

const ROLES: Role[] = ['translator', 'reviewer'];

/**
 * Who is working: translator or reviewer, and their name. The name is asked once, the first time
 * the role is switched without one; every edit is then recorded with both.
 *
 * @fires bt-request-role - `{ role }`
 * @fires bt-request-author - `{ author }` (sent before the role when both are asked together)
 */
@customElement('bt-role-switch')
export class BtRoleSwitch extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.35rem;
        font-size: 0.85rem;
        white-space: nowrap;
      }
      /* Beside an open project the header is full: the "Working as" words give way to the
         project's name (the group keeps them as its name, and the buttons say the roles). */
      @media (max-width: 1440px) {
        :host([compact]) .label {
          display: none;
        }
      }
      button,
      input {
        font: inherit;
      }
      /* The outer buttons round their own corners: clipping them with overflow would clip the
         focus ring too, down to a 1 px line. */
      .roles {
        display: inline-flex;
        border: 1px solid var(--bt-border-strong);
        border-radius: 6px;
      }
      .roles button {
        white-space: nowrap;
        min-height: 0;
        border-radius: 0;
        border: 0;
        padding: 0.2rem 0.6rem;
        background: var(--bt-surface);
        color: var(--bt-text);
        cursor: pointer;
      }
      .roles button:first-child {
        border-radius: 5px 0 0 5px;
      }
      .roles button:last-child {
        border-radius: 0 5px 5px 0;
      }
      .roles button[aria-pressed='true'] {
        background: var(--bt-inverse);
        color: var(--bt-inverse-text);
      }
      /* Above its neighbour, which would otherwise paint over the ring's inner side. */
      .roles button:focus-visible {
        z-index: 1;
      }
      .name {
        display: inline-block;
        min-height: 0;
        padding: 0 0.2rem;
        border: 0;
        background: none;
        text-decoration: underline dotted;
        cursor: pointer;
        color: inherit;
        max-width: 10rem;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      dialog {
        border: 1px solid var(--bt-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
        background: var(--bt-surface);
        color: var(--bt-text);
      }
      dialog form {
        display: grid;
        gap: 0.5rem;
        min-width: 18rem;
      }
      dialog h2 {
        font-size: 1rem;
        margin: 0;
      }
      dialog p {
        margin: 0;
        color: var(--bt-text-muted);
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 0.4rem;
      }
    `,
  ];

  @query('dialog') private _dialog!: HTMLDialogElement;
  @query('dialog input') private _input!: HTMLInputElement;

  /** The role chosen in the dialog, applied once the name is given. */
  @state() private _pendingRole?: Role;

  @property({ attribute: 'work-role' }) workRole: Role = 'translator';
  @property() author = '';

  constructor() {
    super();
    new I18nController(this);
  }

  /** Opens the name dialog (also used by the app on a first switch). */
  askName(then?: Role): void {
    this._pendingRole = then;
    this._input.value = this.author;
    this._dialog.showModal();
    this._input.focus();
  }

  private _onRole(role: Role) {
    if (role === this.workRole) return;
    // The name is asked once, before the first switch; the role changes once it is given.
    if (!this.author) {
      this.askName(role);
      return;
    }
    emit(this, 'bt-request-role', { role });
  }

  private _onSubmit(e: SubmitEvent) {
    e.preventDefault();
    const author = this._input.value.trim();
    if (!author) {
      this._input.focus();
      return;
    }
    this._dialog.close();
    emit(this, 'bt-request-author', { author });
    if (this._pendingRole && this._pendingRole !== this.workRole)
      emit(this, 'bt-request-role', { role: this._pendingRole });
    this._pendingRole = undefined;
  }

  override render() {
    return html`
      <span class="label" aria-hidden="true">${t('review.role.switch')}</span>
      <div
        class="roles"
        role="group"
        aria-label=${t('review.role.switch')}
        title=${t('review.role.switch')}
      >
        ${ROLES.map(
          (r) =>
            html`<button
              aria-pressed=${r === this.workRole ? 'true' : 'false'}
              @click=${() => this._onRole(r)}
            >
              ${t(`role.${r}`)}
            </button>`,
        )}
      </div>
      <button
        class="name"
        title=${t('review.role.changeName')}
        aria-label=${`${t('review.role.changeName')}: ${this.author || t('review.role.noName')}`}
        @click=${() => this.askName()}
      >
        ${this.author || t('review.role.noName')}
      </button>
      <dialog aria-labelledby="ask-title">
        <form @submit=${this._onSubmit}>
          <h2 id="ask-title">${t('review.role.askTitle')}</h2>
          <p>${t('review.role.askHint')}</p>
          <label
            >${t('review.role.name')}
            <input
              name="author"
              autocomplete="name"
              placeholder=${t('review.role.namePlaceholder')}
              required
          /></label>
          <div class="buttons">
            <button type="button" @click=${() => this._dialog.close()}>
              ${t('common.cancel')}
            </button>
            <button type="submit" class="primary">${t('review.role.save')}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-role-switch': BtRoleSwitch;
  }
}
