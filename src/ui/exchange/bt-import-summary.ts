import { LitElement, html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { importSummary, type ImportCounts } from '../../core/exchange.js';
import type { ImportResult } from '../../core/formats/types.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { encodingOptions } from '../common/encoding-options.js';
import { emit } from '../common/events.js';
import './events.js';
import { focusRing } from '../common/focus-ring.js';
import { controlStyles } from '../common/controls.js';
import { warningText } from './warning-text.js';
import { langName } from '../common/lang-name.js';

const SHOWN_WARNINGS = 20;

/**
 * What a parsed bilingual file holds: format, pairs, languages, notes and inline codes, its
 * documents, the guessed encoding (with a "Read as" choice for text that no BOM decided) and the
 * parser's warnings.
 *
 * @fires bt-request-encoding - `{ encoding }` read the file again with this encoding
 */
@customElement('bt-import-summary')
export class BtImportSummary extends LitElement {
  static override styles = [
    focusRing,
    controlStyles,
    css`
      :host {
        display: block;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
        font-size: 0.9rem;
      }
      select {
        font: inherit;
      }
      .meta {
        color: var(--bt-text-muted);
        font-size: 0.9rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
        margin: 0.5rem 0;
      }
      .found {
        font-weight: 600;
      }
      .warnings {
        color: var(--bt-warning-strong);
        font-size: 0.9rem;
        max-height: 9rem;
        overflow: auto;
      }
      .error {
        color: var(--bt-danger);
      }
    `,
  ];

  @property({ attribute: false }) result?: ImportResult;
  /** What the pairs add up to, when `result` came without them (they stayed in the Worker). */
  @property({ attribute: false }) counts?: ImportCounts;
  @property() fileName = '';

  constructor() {
    super();
    new I18nController(this);
  }

  private _onEncoding(e: Event) {
    const encoding = (e.target as HTMLSelectElement).value;
    emit(this, 'bt-request-encoding', { encoding });
  }

  override render() {
    const r = this.result;
    if (!r) return nothing;
    const sum = this.counts ?? importSummary(r);
    const enc = r.encoding;
    // The app's name for a language it knows, the file's own tag otherwise.
    const lang = langName;
    const w = r.warnings;
    return html`
      <p class="found" role="status">
        ${t('exchange.import.found', {
          file: this.fileName,
          format: t(`exchange.import.formats.${r.format}`),
          pairs: sum.pairs,
          translated: sum.translated,
        })}
      </p>
      <p class="meta">
        ${t('exchange.import.languages', { source: lang(r.sourceLang), target: lang(r.targetLang) })}
      </p>
      <p class="meta">${t('exchange.import.extras', { notes: sum.notes, codes: sum.codes })}</p>
      ${
        sum.documents.length > 1
          ? html`<section aria-labelledby="docs-title">
              <h3 id="docs-title" class="meta">${t('exchange.import.documents')}</h3>
              <ul class="meta">
                ${sum.documents.map(
                  (d) =>
                    html`<li>
                      ${t('exchange.import.document', { name: d.name, count: d.pairs })}
                    </li>`,
                )}
              </ul>
              <p class="meta">${t('exchange.import.joined', { count: sum.documents.length })}</p>
            </section>`
          : nothing
      }
      ${
        enc && enc.overridable
          ? html`<div class="row">
              <span class="meta"
                >${t('exchange.import.encoding', {
                  name: t(`encoding.${enc.name}`),
                  confidence: Math.round(enc.confidence * 100),
                })}</span
              >
              <label
                >${t('exchange.import.readAs')}
                <select .value=${enc.name} @change=${this._onEncoding}>
                  ${encodingOptions(enc.name)}
                </select></label
              >
            </div>`
          : nothing
      }
      ${
        w.length
          ? html`<details class="warnings" open>
              <summary>${t('exchange.import.warnings', { count: w.length })}</summary>
              <ul>
                ${w.slice(0, SHOWN_WARNINGS).map((m) => html`<li>${warningText(m)}</li>`)}
              </ul>
              ${
                w.length > SHOWN_WARNINGS
                  ? html`<p>${t('exchange.import.more', { count: w.length - SHOWN_WARNINGS })}</p>`
                  : nothing
              }
            </details>`
          : nothing
      }
      ${sum.pairs === 0 ? html`<p class="error">${t('exchange.import.empty')}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-import-summary': BtImportSummary;
  }
}
