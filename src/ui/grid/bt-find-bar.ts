import { LitElement, html, css } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { compileFind, type FindOptions } from '../../core/find.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { loadStrings, t } from '../../i18n/index.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';

// Its words load with it (the first time it is opened), not on a first visit.
void loadStrings('find');

export type FindScope = 'source' | 'target';

export interface FindRequest extends FindOptions {
  scope: FindScope;
  replacement: string;
}

/**
 * Find and replace in source or target: match case, whole word, regular expression.
 *
 * The keyboard stays in the bar: Enter is Next, Shift+Enter Previous, Esc (anywhere in the bar)
 * closes it.
 *
 * @fires bt-find-change - `FindRequest` the query or an option changed (the count follows)
 * @fires bt-request-find - `{ ...FindRequest, direction: 1 | -1 }` go to the next/previous match
 * @fires bt-request-replace - `FindRequest` replace the current match, then go to the next
 * @fires bt-request-replace-all - `FindRequest` replace every match (one undoable step)
 * @fires bt-request-close - the bar should close
 */
@customElement('bt-find-bar')
export class BtFindBar extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.75rem;
        padding: 0.5rem 0.75rem;
        background: var(--bt-surface);
        border-bottom: 1px solid var(--bt-border);
        font-size: 0.9rem;
      }
      input[type='search'],
      input[type='text'] {
        font: inherit;
        padding: 0.2rem 0.4rem;
        min-width: 12rem;
      }
      button {
        font: inherit;
      }
      .error {
        color: var(--bt-danger);
      }
      .result {
        color: var(--bt-text-2);
      }
    `,
  ];

  @query('#find') private _find!: HTMLInputElement;

  @state() private _query = '';
  @state() private _replacement = '';
  @state() private _scope: FindScope = 'target';
  @state() private _matchCase = false;
  @state() private _wholeWord = false;
  @state() private _regex = false;

  /** Show the replace field too (Ctrl+H) or only find (Ctrl+F). */
  @property({ type: Boolean }) replace = false;
  /** Shown after the fields, e.g. "3 of 12" or "Replaced 4 in 2 rows". */
  @property() result = '';

  constructor() {
    super();
    new I18nController(this);
    // Esc closes the bar from any of its controls, not only from the two text boxes.
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || e.isComposing) return;
      e.preventDefault();
      e.stopPropagation();
      emit(this, 'bt-request-close');
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const fields = ['_query', '_replacement', '_scope', '_matchCase', '_wholeWord', '_regex'];
    if (fields.some((f) => changed.has(f as keyof BtFindBar)))
      emit(this, 'bt-find-change', this._request);
  }

  override focus(): void {
    this.updateComplete.then(() => {
      this._find?.focus();
      this._find?.select();
    });
  }

  /** Puts text typed before the bar was there into the Find box, the caret after it. */
  type(text: string): void {
    this._query += text;
    this.updateComplete.then(() => {
      const end = this._query.length;
      this._find?.focus();
      this._find?.setSelectionRange(end, end);
    });
  }

  private get _request(): FindRequest {
    return {
      query: this._query,
      replacement: this._replacement,
      scope: this._scope,
      matchCase: this._matchCase,
      wholeWord: this._wholeWord,
      regex: this._regex,
    };
  }

  /** Enter in a text box finds the next match, Shift+Enter the previous (an IME's Enter is its own). */
  private _onKey(e: KeyboardEvent) {
    if (e.key !== 'Enter' || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    emit(this, 'bt-request-find', { ...this._request, direction: e.shiftKey ? -1 : 1 });
  }

  override render() {
    const compiled = compileFind(this._request);
    const error = compiled instanceof Error ? t('find.badPattern') : '';
    return html`
      <label
        >${t('find.find')}
        <input
          id="find"
          type="search"
          .value=${this._query}
          @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)}
          @keydown=${this._onKey}
          aria-invalid=${error ? 'true' : 'false'}
      /></label>
      ${
        this.replace
          ? html`<label
              >${t('find.replaceWith')}
              <input
                type="text"
                .value=${this._replacement}
                @input=${(e: Event) => (this._replacement = (e.target as HTMLInputElement).value)}
                @keydown=${this._onKey}
            /></label>`
          : ''
      }
      <label
        >${t('find.in')}
        <select
          .value=${this._scope}
          @change=${(e: Event) =>
            (this._scope = (e.target as HTMLSelectElement).value as FindScope)}
        >
          <option value="source">${t('find.scopeSource')}</option>
          <option value="target">${t('find.scopeTarget')}</option>
        </select></label
      >
      <label
        ><input
          type="checkbox"
          .checked=${this._matchCase}
          @change=${(e: Event) => (this._matchCase = (e.target as HTMLInputElement).checked)}
        />${t('find.matchCase')}</label
      >
      <label
        ><input
          type="checkbox"
          .checked=${this._wholeWord}
          @change=${(e: Event) => (this._wholeWord = (e.target as HTMLInputElement).checked)}
        />${t('find.wholeWord')}</label
      >
      <label
        ><input
          type="checkbox"
          .checked=${this._regex}
          @change=${(e: Event) => (this._regex = (e.target as HTMLInputElement).checked)}
        />${t('find.regex')}</label
      >
      <button
        ?disabled=${!compiled || !!error}
        @click=${() => emit(this, 'bt-request-find', { ...this._request, direction: -1 })}
      >
        ${t('find.previous')}
      </button>
      <button
        ?disabled=${!compiled || !!error}
        @click=${() => emit(this, 'bt-request-find', { ...this._request, direction: 1 })}
      >
        ${t('find.next')}
      </button>
      ${
        this.replace
          ? html`<button
                ?disabled=${!compiled || !!error}
                @click=${() => emit(this, 'bt-request-replace', this._request)}
              >
                ${t('find.replace')}
              </button>
              <button
                ?disabled=${!compiled || !!error}
                @click=${() => emit(this, 'bt-request-replace-all', this._request)}
              >
                ${t('find.replaceAll')}
              </button>`
          : ''
      }
      <span class="result" role="status">${error ? '' : this.result}</span>
      <span class="error" role="alert">${error}</span>
      <button @click=${() => emit(this, 'bt-request-close')}>${t('common.close')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-find-bar': BtFindBar;
  }
}
