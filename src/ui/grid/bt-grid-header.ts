import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { countByStatus } from '../../core/filter.js';
import { STATUSES, type Lang, type Segment } from '../../core/model.js';
import { langCode } from '../../core/text/lang.js';
import { countUnits } from '../../core/text/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import { focusRing } from '../common/focus-ring.js';
import { progressTrackStyles } from '../common/progress-track.js';

// Segments are immutable (an edit makes a new object), so counts can be cached per object and a
// keystroke in one row never recounts 20,000 others.
const unitCache = new WeakMap<Segment, { cjkChars: number; words: number }>();
const unitsOf = (s: Segment, lang: Lang) => {
  let u = unitCache.get(s);
  if (!u) unitCache.set(s, (u = countUnits(s.source, langCode(lang))));
  return u;
};

const RECOUNT_MS = 300;

/** Progress by status and the size of the text, as a CAT tool counts it (Chinese by character). */
@customElement('bt-grid-header')
export class BtGridHeader extends LitElement {
  static override styles = [
    progressTrackStyles,
    focusRing,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 1rem;
        font-size: 0.85rem;
        color: var(--bt-text-2);
      }
      .bar {
        width: 12rem;
      }
      .translated {
        background: var(--bt-status-translated);
      }
      .reviewed {
        background: var(--bt-status-reviewed);
      }
      .approved {
        background: var(--bt-status-approved);
      }
      .draft {
        background: var(--bt-status-draft-bar);
      }
      .rejected {
        background: var(--bt-status-rejected);
      }
      .new {
        background: transparent;
      }
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: 0 0.8rem;
        margin: 0;
      }
      dt {
        display: inline;
      }
      dd {
        display: inline;
        margin: 0 0 0 0.25rem;
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) segments: readonly Segment[] = [];
  @property({ attribute: false }) sourceLang: Lang = 'zh-Hans';

  private _countedAt = 0;
  private _later?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new I18nController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._later);
  }

  // Recounting 20,000 rows on every keystroke is wasted work: while rows keep changing, the
  // counts follow at most every RECOUNT_MS (the last change is always counted).
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const now = performance.now();
    if (changed.size === 1 && changed.has('segments') && now - this._countedAt < RECOUNT_MS) {
      clearTimeout(this._later);
      this._later = setTimeout(() => this.requestUpdate(), RECOUNT_MS);
      return false;
    }
    clearTimeout(this._later);
    this._countedAt = now;
    return true;
  }

  // Widths are set through the CSSOM: the page's Content-Security-Policy refuses style attributes
  // (so does Lit's styleMap, which writes one on its first render).
  protected override updated(): void {
    for (const bar of this.renderRoot.querySelectorAll<HTMLElement>('.bar span'))
      bar.style.width = `${bar.dataset['share'] ?? 0}%`;
  }

  override render() {
    const counts = countByStatus(this.segments);
    const total = this.segments.length || 1;
    const done = counts.translated + counts.reviewed + counts.approved;
    let cjk = 0;
    let words = 0;
    for (const s of this.segments) {
      const src = unitsOf(s, this.sourceLang);
      cjk += src.cjkChars;
      words += src.words;
    }
    return html`
      <div
        class="bar"
        role="progressbar"
        aria-label=${t('grid.progress')}
        aria-valuemin="0"
        aria-valuemax=${this.segments.length}
        aria-valuenow=${done}
      >
        ${STATUSES.map(
          (s) => html`<span class=${s} data-share=${(100 * counts[s]) / total}></span>`,
        )}
      </div>
      <dl>
        <div>
          <dt>${t('grid.confirmed')}</dt>
          <dd>${done} / ${this.segments.length}</dd>
        </div>
        ${STATUSES.filter((s) => counts[s] > 0).map(
          (s) =>
            html`<div>
              <dt>${t(`status.${s}`)}</dt>
              <dd>${counts[s]}</dd>
            </div>`,
        )}
        ${
          // A source is sized as CAT tools count it: Chinese by character, English by word (an
          // English source shows no "Chinese characters 0", and mixed text shows both).
          this.sourceLang !== 'en' || cjk > 0
            ? html`<div>
                <dt>${t('grid.sourceChars')}</dt>
                <dd>${cjk}</dd>
              </div>`
            : nothing
        }
        ${
          this.sourceLang === 'en' || words > 0
            ? html`<div>
                <dt>
                  ${
                    // In a Chinese source the words counted are the ones not in Chinese (Latin
                    // names, numbers): "Source words 7" beside 386 characters read as the size.
                    t(this.sourceLang === 'en' ? 'grid.sourceWords' : 'grid.sourceOtherWords')
                  }
                </dt>
                <dd>${words}</dd>
              </div>`
            : nothing
        }
      </dl>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-grid-header': BtGridHeader;
  }
}
