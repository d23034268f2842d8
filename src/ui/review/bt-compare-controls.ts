import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ChangeKind, CompareOptions } from '../../core/diff/index.js';
import type { VersionMeta } from '../../state/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { i18n, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = {
  a: '',
  b: 'now',
  layout: 'inline',
  onlyChanged: true,
  ignore: [],
  openComments: false,
};

const MINOR: [ChangeKind, string][] = [
  ['whitespace', 'review.filter.hideWhitespace'],
  ['punctuation-width', 'review.filter.hidePunctuation'],
  ['number', 'review.filter.hideNumbers'],
];

/**
 * The comparison's controls: versions A and B, inline or side-by-side, and the filters.
 *
 * @fires bt-compare-options-change - `CompareOptions`, after every choice the user makes
 */
@customElement('bt-compare-controls')
export class BtCompareControls extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.9rem;
        font-size: 0.88rem;
      }
      select,
      input {
        font: inherit;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.7rem;
      }
      legend {
        float: left;
        margin-right: 0.4rem;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) versions: readonly VersionMeta[] = [];
  @property({ attribute: false }) options: CompareOptions = DEFAULT_COMPARE_OPTIONS;

  constructor() {
    super();
    new I18nController(this);
  }

  private _set(patch: Partial<CompareOptions>) {
    emit(this, 'bt-compare-options-change', { ...this.options, ...patch });
  }

  private _name(v: VersionMeta) {
    const date = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(v.createdAt);
    return t('review.pick.version', { name: v.name, date });
  }

  private _pick(which: 'a' | 'b', label: string, withNow: boolean) {
    const value = this.options[which];
    return html`<label
      >${label}
      <select
        .value=${value}
        ?disabled=${!withNow && this.versions.length === 0}
        @change=${(e: Event) => this._set({ [which]: (e.target as HTMLSelectElement).value })}
      >
        ${
          withNow
            ? html`<option value="now" ?selected=${value === 'now'}>
                ${t('review.pick.now')}
              </option>`
            : ''
        }
        ${this.versions.map(
          (v) => html`<option value=${v.id} ?selected=${value === v.id}>${this._name(v)}</option>`,
        )}
      </select></label
    >`;
  }

  private _check(label: string, checked: boolean, set: (v: boolean) => void) {
    return html`<label
      ><input
        type="checkbox"
        .checked=${checked}
        @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
      />${label}</label
    >`;
  }

  override render() {
    const o = this.options;
    return html`
      ${this._pick('a', t('review.pick.a'), false)} ${this._pick('b', t('review.pick.b'), true)}
      <fieldset>
        <legend>${t('review.view.label')}</legend>
        ${(['inline', 'side'] as const).map(
          (l) =>
            html`<label
              ><input
                type="radio"
                name="layout"
                .checked=${o.layout === l}
                @change=${() => this._set({ layout: l })}
              />${t(l === 'inline' ? 'review.view.inline' : 'review.view.sideBySide')}</label
            >`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t('review.filter.label')}</legend>
        ${this._check(t('review.filter.onlyChanged'), o.onlyChanged, (v) =>
          this._set({ onlyChanged: v }),
        )}
        ${MINOR.map(([kind, key]) =>
          this._check(t(key), o.ignore.includes(kind), (v) =>
            this._set({
              ignore: v ? [...o.ignore, kind] : o.ignore.filter((k) => k !== kind),
            }),
          ),
        )}
        ${this._check(t('review.filter.openComments'), o.openComments, (v) =>
          this._set({ openComments: v }),
        )}
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-compare-controls': BtCompareControls;
  }
}
