import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { rowsFromBeads, type AlignRow } from '../../core/beads.js';
import { flattenParagraphs, sentenceCounts, untranslatedRows } from '../../core/paragraphs.js';
import type { Lang } from '../../core/model.js';
import { langCode } from '../../core/text/lang.js';
import { detectLang } from '../../core/text/index.js';
import { I18nController } from '../../i18n/i18n-controller.js';
import { t } from '../../i18n/index.js';
import type { AlignDraft } from '../../state/align-check.js';
import { libraryContext } from '../../state/contexts.js';
import type { LibraryService } from '../../state/library.js';
import { Watch } from '../common/watch.js';
import './bt-new-project-texts.js';
import '../align/bt-align-view.js';
import type { BtAlignView } from '../align/bt-align-view.js';
import { emit, type BtEvent } from '../common/events.js';
import type { Direction, NewProjectRequest } from './events.js';
import { projectNameFromText, projectNameOf } from '../../core/exchange.js';
import { deepActiveElement } from '../common/deep-focus.js';
import { focusRing } from '../common/focus-ring.js';
import { newProjectStyles } from './new-project-styles.js';
import { controlStyles } from '../common/controls.js';
import { CheckDraft } from './check-draft.js';
import { SegmentCache } from './segment-cache.js';
import { askConfirm } from '../common/ask.js';

/**
 * New project: paste or drop a source and, optionally, its existing translation; see how they
 * segment; align them in a Worker (progress, Cancel); fix the alignment; create the project.
 *
 * @fires bt-request-create-aligned - `NewProjectRequest`
 * @fires bt-request-cancel - leave without creating anything
 */
@customElement('bt-new-project')
export class BtNewProject extends LitElement {
  static override styles = [focusRing, controlStyles, newProjectStyles];

  @state() private _source = '';
  @state() private _target = '';
  @state() private _name = '';
  @state() private _direction: Direction = 'zh-Hans:en';
  @state() private _directionTouched = false;
  @state() private _step: 'input' | 'aligning' | 'review' = 'input';
  @state() private _rows: AlignRow[] = [];
  @state() private _error = '';
  /** Where the check is (active row, first row in view), saved with the draft. */
  private _place = { active: 0, topRow: 0 };
  /**
   * Where the alignment view opens (a resumed check, a new alignment, back from the texts). Kept
   * apart from `_place`: the view owns its row once shown, and `_place` trails it by a pause, so
   * binding `_place` pushed a row the user had already left back into the view on any render.
   */
  private _opensAt = { active: 0, topRow: 0 };
  /** The check's undo steps while its texts are shown (see `_back`). */
  private _keptUndo: AlignRow[][] = [];
  /** Said once when a saved check was resumed. */
  @state() private _resumed?: { rows: number; checked: number };
  @state() private _realignFrom = -1;
  /** Said once when texts saved before their alignment were put back in the form. */
  @state() private _textsKept = false;
  /** Said when the rows shown were taken up from another tab. */
  @state() private _updatedElsewhere = false;

  /** Aligns the texts (in a Worker); its `aligning` job drives the progress bar. */
  @consume({ context: libraryContext })
  @property({ attribute: false })
  library?: LibraryService;

  /** The check saved as it goes, so a reload or another tab finds it (check-draft.ts). */
  private readonly _draft = new CheckDraft(this, {
    library: () => this.library,
    draft: () => this._asDraft(),
    checking: () => this._step === 'review',
    takeUp: (d) => this._takeUp(d),
  });

  constructor() {
    super();
    new I18nController(this);
    new Watch(
      this,
      () => this.library,
      (s) => [s.aligning],
    );
    new Watch(
      this,
      () => this.library?.check,
      (s) => [s.realigning, s.saveFailed, s.changedElsewhere],
    );
  }

  override updated(): void {
    this._draft.updated();
    // Checking, the page takes the window's height and the rows the rest (new-project-styles).
    this.toggleAttribute('checking', this._step === 'review');
  }

  /** Rows a person fixed or marked as checked: what aligning afresh or leaving would lose. */
  private get _fixedRows(): number {
    return this._rows.filter((r) => r.checked).length;
  }

  /**
   * Another tab saved the check: this one shows its rows (its own place kept), so it never
   * writes its older rows back over that tab's fixes. A check another tab finished or cancelled
   * stays here as it is.
   */
  private _takeUp(d: AlignDraft) {
    // Texts another tab is typing, not yet aligned, are not a check to take up.
    if (d.rows.length === 0 || this._step !== 'review' || this._realignFrom >= 0) return;
    if (JSON.stringify(d.rows) === JSON.stringify(this._rows) && d.sourceText === this._source)
      return;
    this._name = d.name;
    this._source = d.sourceText;
    this._target = d.targetText;
    this._direction = `${d.sourceLang}:${d.targetLang}` as typeof this._direction;
    this._rows = d.rows;
    this._resumed = undefined;
    this._updatedElsewhere = true;
    // Undo here would bring back rows from before the other tab's fixes.
    this.renderRoot.querySelector<BtAlignView>('bt-align-view')?.forgetUndo();
  }

  override firstUpdated(): void {
    // Reached from the library's link, which is gone with the library: the form starts at its
    // first field rather than leaving the keyboard at the top of the page.
    if (!deepActiveElement()) void this._texts()?.focusFirst();
    void this._resume();
  }

  /** A check left by a reload (or an earlier visit) opens where it was. */
  private async _resume() {
    // The check's code loads with this page (the app has usually loaded it already).
    const d = await this._draft.load();
    if (!d || this._step !== 'input' || this._source) return;
    this._name = d.name;
    this._source = d.sourceText;
    this._target = d.targetText;
    this._direction = `${d.sourceLang}:${d.targetLang}` as typeof this._direction;
    this._directionTouched = true;
    this._rows = d.rows;
    this._place = { active: d.active, topRow: d.topRow };
    this._opensAt = this._place;
    // Texts saved before they were aligned (a reload while aligning): back in the form.
    if (d.rows.length === 0) {
      this._textsKept = true;
      return;
    }
    this._resumed = { rows: d.rows.length, checked: d.rows.filter((r) => r.checked).length };
    this._step = 'review';
    // The form's field that had the keyboard is gone: it goes on in the rows, where it was.
    await this.updateComplete;
    if (deepActiveElement()) return;
    const view = this.renderRoot.querySelector<BtAlignView>('bt-align-view');
    await view?.updateComplete;
    if (!deepActiveElement()) view?.focusList();
  }

  /**
   * A text, the direction or the name changed: saved after a pause in typing, so a reload (or a
   * crash) before or during the alignment finds the texts again. Changed texts make the rows of
   * an earlier alignment of them meaningless: the next Align starts afresh.
   */
  private _saveSoon(textsChanged: boolean) {
    if (textsChanged) {
      this._rows = [];
      this._place = { active: 0, topRow: 0 };
    }
    this._draft.saveSoon();
  }

  /** The check as it is now (texts, rows with fixes, place), as it is saved. */
  private _asDraft(): AlignDraft {
    const [sourceLang, targetLang] = this._langs;
    return {
      name: this._name,
      sourceLang,
      targetLang,
      sourceText: this._source,
      targetText: this._target,
      rows: this._rows,
      ...this._place,
    };
  }

  private async _realign(from: number) {
    const check = this.library?.check;
    if (!check) return;
    const before = this._rows;
    const [sourceLang, targetLang] = this._langs;
    this._realignFrom = from;
    const rows = await check.realign(before, from, { sourceLang, targetLang });
    this._realignFrom = -1;
    // Fixes made meanwhile win over a result computed from the rows before them.
    if (!rows || this._rows !== before) return;
    this.renderRoot.querySelector<BtAlignView>('bt-align-view')?.replaceRows(rows);
  }

  /**
   * Asks before an action that loses the rows a person fixed or checked (`discard`: leaving,
   * `alignAgain`: aligning afresh); true at once when there are none.
   */
  private async _mayLoseFixes(what: 'discard' | 'alignAgain'): Promise<boolean> {
    const count = this._fixedRows;
    return (
      count === 0 ||
      askConfirm({
        title: t(`newProject.${what}Title`),
        message: t(`newProject.${what}Message`, { count }),
        confirmLabel: t(`newProject.${what}Confirm`),
        danger: true,
      })
    );
  }

  private async _cancel() {
    if (!(await this._mayLoseFixes('discard'))) return;
    this._draft.discard();
    emit(this, 'bt-request-cancel');
  }

  private _texts() {
    return this.renderRoot.querySelector('bt-new-project-texts');
  }

  private get _langs(): [Lang, Lang] {
    return this._direction.split(':') as [Lang, Lang];
  }

  /** A field of the form changed (bt-new-project-texts). */
  private _onChange(e: BtEvent<'bt-new-project-change'>) {
    const c = e.detail;
    if (c.field === 'name') {
      this._name = c.value;
      this._saveSoon(false);
    } else if (c.field === 'direction') {
      this._direction = c.value;
      this._directionTouched = true;
      this._saveSoon(true);
    } else if (c.field === 'source') {
      // A project made from a file is named after it, unless a name was typed.
      if (c.fileName && !this._name.trim()) this._name = projectNameOf(c.fileName);
      this._onSource(c.value);
    } else {
      this._target = c.value;
      this._saveSoon(true);
      // A translation means an alignment is coming: have the Worker load the lexicon now.
      if (this._target) this.library?.warmAligner();
    }
  }

  /** The direction follows the source text until the user picks one. */
  private _onSource(text: string) {
    this._source = text;
    this._saveSoon(true);
    if (this._directionTouched) return;
    const l = detectLang(text);
    if (l === 'zh') this._direction = 'zh-Hans:en';
    else if (l === 'en') this._direction = 'en:zh-Hans';
  }

  /** Both texts segmented; the counts under them follow typing once it pauses. */
  private readonly _segmented = new SegmentCache(() => this.requestUpdate());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._segmented.dispose();
  }

  private async _align() {
    if (!(await this._mayLoseFixes('alignAgain'))) return;
    // A reload while the alignment runs finds the texts again.
    this._draft.save();
    const [sourceLang, targetLang] = this._langs;
    const { source, target } = this._segmented.now(this._source, this._target, this._langs);
    const { sentences: flatSource, starts } = flattenParagraphs(source);
    if (target.length === 0) {
      this._rows = untranslatedRows(flatSource, starts);
      this._create();
      return;
    }
    const library = this.library;
    if (!library) return;
    this._step = 'aligning';
    this._error = '';
    const beads = await library.align({
      source,
      target,
      sourceLang: langCode(sourceLang),
      targetLang: langCode(targetLang),
    });
    if (beads) {
      this._rows = rowsFromBeads(flatSource, target.flat(), beads, starts);
      this._place = { active: 0, topRow: 0 };
      this._opensAt = this._place;
      this._resumed = undefined;
      this._step = 'review';
      this._draft.save(true);
      // The button that started it is gone: the keyboard goes on in the rows to check.
      await this.updateComplete;
      const view = this.renderRoot.querySelector<BtAlignView>('bt-align-view');
      await view?.updateComplete;
      view?.focusList();
      return;
    }
    this._step = 'input';
    const job = library.state.aligning;
    if (job.status === 'failed')
      this._error = t('newProject.alignFailed', { reason: t(job.error?.key ?? 'errors.unknown') });
    // Cancelled or failed: back on the button, to try again.
    await this.updateComplete;
    await this._texts()?.focusAlign();
  }

  /** Back to the check from the texts, unchanged: its rows, fixes and undo steps as they were. */
  private async _backToCheck() {
    this._opensAt = this._place;
    this._step = 'review';
    await this.updateComplete;
    const view = this.renderRoot.querySelector<BtAlignView>('bt-align-view');
    await view?.updateComplete;
    view?.keepUndo(this._keptUndo);
    view?.focusList();
  }

  /** Back to the texts: the keyboard goes to the source text (the button it was on is gone). */
  private async _back() {
    // The view goes with the check: its undo steps wait here for Back to the check.
    this._keptUndo =
      this.renderRoot.querySelector<BtAlignView>('bt-align-view')?.undoSteps.slice() ?? [];
    this._step = 'input';
    await this.updateComplete;
    await this._texts()?.focusText();
  }

  /** A project is being written: one click creates one project. */
  private get _creating(): boolean {
    return this.library?.state.creating.status === 'running';
  }

  private _create() {
    if (this._creating) return;
    const [sourceLang, targetLang] = this._langs;
    const detail: NewProjectRequest = {
      name: this._name.trim() || projectNameFromText(this._source) || t('library.untitled'),
      sourceLang,
      targetLang,
      rows: this._rows,
    };
    emit(this, 'bt-request-create-aligned', detail);
  }

  private _renderInput() {
    const seg = this._segmented.whileTyping(this._source, this._target, this._langs);
    return html`<bt-new-project-texts
      .name=${this._name}
      .direction=${this._direction}
      .source=${this._source}
      .target=${this._target}
      .counts=${{ source: sentenceCounts(seg.source), target: sentenceCounts(seg.target) }}
      .error=${this._error}
      ?textsKept=${this._textsKept}
      ?creating=${this._creating}
      ?checked=${this._rows.length > 0}
      @bt-new-project-change=${this._onChange}
      @bt-request-align=${this._align}
      @bt-request-back-to-check=${this._backToCheck}
      @bt-request-discard=${this._cancel}
    ></bt-new-project-texts>`;
  }

  private _renderReview() {
    const [sl, tl] = this._langs;
    const check = this.library?.check?.state;
    const realigning = check?.realigning;
    return html`<p>${t('newProject.reviewHint')}</p>
      ${
        this._resumed
          ? html`<p role="status">${t('alignCheck.resumed', { ...this._resumed })}</p>`
          : nothing
      }
      ${
        this._updatedElsewhere
          ? html`<p role="status">${t('alignCheck.updatedElsewhere')}</p>`
          : nothing
      }
      ${
        check?.saveFailed
          ? html`<p class="error" role="alert">${t('alignCheck.saveFailed')}</p>`
          : nothing
      }
      ${
        realigning?.status === 'failed'
          ? html`<p class="error" role="alert">
              ${t('alignCheck.realignFailed', {
                reason: t(realigning.error?.key ?? 'errors.unknown'),
              })}
            </p>`
          : nothing
      }
      <div class="actions">
        <button
          class="primary"
          ?disabled=${this._creating || this._realignFrom >= 0}
          aria-busy=${this._creating ? 'true' : 'false'}
          @click=${this._create}
        >
          ${
            this._creating
              ? t('library.creating')
              : t('newProject.create', { count: this._rows.length })
          }
        </button>
        <button @click=${this._back}>${t('newProject.back')}</button>
        ${
          this._realignFrom >= 0
            ? html`<label
                  >${t('alignCheck.realigning', { row: this._realignFrom + 1 })}
                  <progress max="1" .value=${realigning?.progress ?? 0}></progress>
                </label>
                <button @click=${() => this.library?.check?.cancelRealign()}>
                  ${t('common.cancel')}
                </button>`
            : nothing
        }
      </div>
      <bt-align-view
        .rows=${this._rows}
        .sourceLang=${sl}
        .targetLang=${tl}
        .active=${this._opensAt.active}
        .topRow=${this._opensAt.topRow}
        ?busy=${this._realignFrom >= 0}
        @bt-align-change=${(e: BtEvent<'bt-align-change'>) => {
          this._rows = e.detail.rows;
          // "Resumed: N rows…" and "updated elsewhere" described the rows before this fix.
          this._resumed = undefined;
          this._updatedElsewhere = false;
          this._draft.save();
        }}
        @bt-align-place=${(e: BtEvent<'bt-align-place'>) => {
          const { active, topRow } = e.detail;
          // The view reports its place once it is shown, unchanged: a tab that only opened the
          // check writes nothing (it would write its rows over a fix another tab just made).
          if (active === this._place.active && topRow === this._place.topRow) return;
          this._place = { active, topRow };
          this._draft.save();
        }}
        @bt-request-realign=${(e: BtEvent<'bt-request-realign'>) =>
          void this._realign(e.detail.from)}
      ></bt-align-view>`;
  }

  override render() {
    return html`
      <h2>${t('newProject.title')}</h2>
      ${this._step === 'input' ? this._renderInput() : nothing}
      ${
        this._step === 'aligning'
          ? html`<p>
              <label
                >${t('newProject.aligning')}
                <progress max="1" .value=${this.library?.state.aligning.progress ?? 0}></progress>
              </label>
              <button @click=${() => this.library?.cancelAlign()}>${t('common.cancel')}</button>
            </p>`
          : nothing
      }
      ${this._step === 'review' ? this._renderReview() : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bt-new-project': BtNewProject;
  }
}
