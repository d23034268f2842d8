import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Lang } from '../../core/model.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { emit, type BtEvent } from '../common/events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { newProjectStyles } from './new-project-styles.js';
import type { Direction, TextCounts } from './events.js';
import './bt-text-input.js';

/**
 * The new-project page's first step: the project's name and direction, the source and its
 * existing translation (typed, pasted or opened), how they segment, and the button that aligns
 * them. It owns nothing: every change goes up to `bt-new-project`, which keeps the draft.
 *
 * @fires bt-new-project-change - `NewProjectChange`: the name, the direction or a text changed
 * @fires bt-request-align - align the texts (or, without a translation, create the project)
 * @fires bt-request-back-to-check - back to the check of these texts, as it was
 * @fires bt-request-discard - leave the page
 */
@customElement('bt-new-project-texts')
export class BtNewProjectTexts extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    newProjectStyles,
    // The page around it has the width and the margins.
    css`
      :host {
        max-width: none;
        margin: 0;
        padding: 0;
      }
    `,
  ];

  @property() name = '';
  @property() direction: Direction = 'zh-Hans:en';
  @property() source = '';
  @property() target = '';
  /** Paragraphs and sentences of each text as it segments (while typing, after a pause). */
  @property({ attribute: false }) counts: { source: TextCounts; target: TextCounts } = {
    source: { paragraphs: 0, sentences: 0 },
    target: { paragraphs: 0, sentences: 0 },
  };
  /** Say that these texts were saved before their alignment and put back. */
  @property({ type: Boolean }) textsKept = false;
  @property() error = '';
  /** A project is being written: the button waits. */
  @property({ type: Boolean }) creating = false;
  /** These texts have a check (its rows): the button aligns again, and the check is a click away. */
  @property({ type: Boolean }) checked = false;

  constructor() {
    super();
    new I18nController(this);
  }

  /** The keyboard to the form's first field (the name). */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('input')?.focus();
  }

  /** The keyboard to the source text. */
  async focusText(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector('bt-text-input')?.focusText();
  }

  /** The keyboard to the button that aligns (after a failed or cancelled alignment). */
  async focusAlign(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.actions .primary')?.focus();
  }

  /** The texts' own events stop here: the page hears which side changed. */
  private _onText(side: 'source' | 'target', e: BtEvent<'bt-text-change'>) {
    e.stopPropagation();
    const { text, fileName } = e.detail;
    emit(
      this,
      'bt-new-project-change',
      side === 'source' ? { field: 'source', value: text, fileName } : { field: side, value: text },
    );
  }

  override render() {
    const [sl, tl] = this.direction.split(':') as [Lang, Lang];
    const { source: cs, target: ct } = this.counts;
    return html`
      ${this.textsKept ? html`<p role="status">${t('newProject.textsKept')}</p>` : nothing}
      <div class="settings">
        <label
          >${t('library.name')}
          <input
            .value=${this.name}
            @input=${(e: Event) =>
              emit(this, 'bt-new-project-change', {
                field: 'name',
                value: (e.target as HTMLInputElement).value,
              })}
        /></label>
        <label
          >${t('library.direction')}
          <select
            .value=${this.direction}
            @change=${(e: Event) =>
              emit(this, 'bt-new-project-change', {
                field: 'direction',
                value: (e.target as HTMLSelectElement).value as Direction,
              })}
          >
            <option value="zh-Hans:en">${t('lang.zh-Hans')} → ${t('lang.en')}</option>
            <option value="en:zh-Hans">${t('lang.en')} → ${t('lang.zh-Hans')}</option>
          </select></label
        >
      </div>
      <div class="sides">
        <bt-text-input
          .label=${t('newProject.source', { lang: t(`lang.${sl}`) })}
          .text=${this.source}
          .textLang=${sl}
          @bt-text-change=${(e: BtEvent<'bt-text-change'>) => this._onText('source', e)}
        ></bt-text-input>
        <bt-text-input
          .label=${t('newProject.target', { lang: t(`lang.${tl}`) })}
          .text=${this.target}
          .textLang=${tl}
          @bt-text-change=${(e: BtEvent<'bt-text-change'>) => this._onText('target', e)}
        ></bt-text-input>
      </div>
      <p class="preview" role="status">
        ${t('newProject.preview', { ...cs, side: t('grid.source') })} ·
        ${t('newProject.preview', { ...ct, side: t('grid.target') })}
      </p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button
          class="primary"
          ?disabled=${cs.sentences === 0 || this.creating}
          aria-busy=${this.creating ? 'true' : 'false'}
          @click=${() => emit(this, 'bt-request-align')}
        >
          ${
            this.creating
              ? t('library.creating')
              : !ct.sentences
                ? t('newProject.createUntranslated')
                : this.checked
                  ? t('newProject.alignAgain')
                  : t('newProject.align')
          }
        </button>
        ${
          // The texts are those of the check (a change to them clears its rows): back to it.
          this.checked && ct.sentences
            ? html`<button @click=${() => emit(this, 'bt-request-back-to-check')}>
                ${t('newProject.backToCheck')}
              </button>`
            : nothing
        }
        <button @click=${() => emit(this, 'bt-request-discard')}>${t('common.cancel')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-new-project-texts': BtNewProjectTexts;
  }
}
