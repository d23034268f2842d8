// The translation memory in the grid: the matches panel (slotted into the side panel's Matches
// tab), Ctrl+1…9 to insert a match, and the pre-translate dialog. The grid page creates one and
// renders what it returns; the memory service does the work.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DocumentService } from '../../state/document.js';
import type { MemoryService } from '../../state/memory.js';
import type { BtEvent } from '../common/events.js';
import { focusReturn } from '../common/focus-return.js';
import { Watch } from '../common/watch.js';
import { t } from '../../i18n/index.js';
import { catchTyping } from '../grid/typing-catcher.js';
import './events.js';

/** Ctrl+1…9 (not with Shift or Alt, which other commands and keyboards use). */
export const matchKey = (e: KeyboardEvent): number | undefined => {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.isComposing) return undefined;
  const n = /^Digit([1-9])$/.exec(e.code)?.[1] ?? /^[1-9]$/.exec(e.key)?.[0];
  return n ? Number(n) : undefined;
};

/** Ctrl+K: concordance. */
export const concordanceKey = (e: KeyboardEvent): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';

/** The text selected where a key was pressed: in a text field, or on the page. */
function selectedText(e: Event): string {
  const el = e.composedPath()[0];
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const { selectionStart: a, selectionEnd: b } = el;
    if (a !== null && b !== null && b > a) return el.value.slice(a, b);
  }
  return document.getSelection()?.toString() ?? '';
}

export class MemoryController implements ReactiveController {
  private _pretranslate = false;
  private _analysis = false;
  /** Puts the keyboard back where it was when a dialog opened (they are removed, not closed). */
  private _returnFocus?: (after: Promise<unknown>) => void;
  /** The concordance dialog, open with the phrase it started from. */
  private _concordance?: { phrase: string };
  private readonly _onKey = (e: KeyboardEvent) => {
    if (e.isComposing) return;
    if (concordanceKey(e)) {
      e.preventDefault();
      void this._openConcordance(selectedText(e).trim().slice(0, 200));
      return;
    }
    const n = matchKey(e);
    if (n === undefined) return;
    e.preventDefault();
    this.memory()?.insert(n);
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly memory: () => MemoryService | undefined,
    private readonly doc: () => DocumentService | undefined,
  ) {
    host.addController(this);
    new Watch(host, memory, (s) => [
      s.matches,
      s.serving,
      s.tms,
      s.options,
      s.concordance,
      s.analysis,
      s.links,
    ]);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this._onKey);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this._onKey);
  }

  /** The Matches tab's content, for `<bt-side-panel>`'s `matches` slot. */
  renderPanel() {
    const memory = this.memory();
    const cur = this.doc()?.current;
    if (!memory || !cur) return nothing;
    // The panel (with the diff code) loads when first shown, not on the first visit.
    void import('./bt-matches-panel.js');
    const { matches, serving, tms, options } = memory.state;
    const i = matches.rowId ? cur.segments.findIndex((s) => s.id === matches.rowId) : -1;
    return html`<bt-matches-panel
      slot="matches"
      .hits=${matches.list}
      .row=${i + 1}
      .rowSource=${i >= 0 ? cur.segments[i].source : ''}
      .sourceLang=${cur.project.sourceLang}
      .targetLang=${cur.project.targetLang}
      .serving=${serving}
      .tms=${tms}
      .options=${options}
      .links=${memory.state.links}
      .importing=${memory.state.importing.status === 'running' ? memory.state.importing : undefined}
      @bt-request-add-confirmed-rows=${() => memory.addConfirmedRows()}
      @bt-request-tm-links=${(e: BtEvent<'bt-request-tm-links'>) =>
        memory.setLinks(e.detail.read, e.detail.write)}
      @bt-request-insert-match=${(e: BtEvent<'bt-request-insert-match'>) => memory.insert(e.detail.n)}
      @bt-request-match-options=${(e: BtEvent<'bt-request-match-options'>) =>
        memory.setOptions(e.detail)}
      @bt-request-open-pretranslate=${() => this._openPretranslate()}
      @bt-request-open-analysis=${() => this._openAnalysis()}
      @bt-request-open-concordance=${(e: BtEvent<'bt-request-open-concordance'>) =>
        this._openConcordance(e.detail.phrase)}
    ></bt-matches-panel>`;
  }

  private async _openAnalysis() {
    this._returnFocus ??= focusReturn();
    await import('./bt-analysis-dialog.js');
    this._analysis = true;
    this.host.requestUpdate();
    await this.memory()?.analyze();
  }

  private async _openConcordance(phrase: string) {
    this._returnFocus ??= focusReturn();
    // The first time, the dialog's code loads first: what is typed meanwhile (the phrase, often)
    // waits in a stand-in field and goes into the dialog's box, never into the row.
    const catching = customElements.get('bt-concordance-dialog')
      ? undefined
      : catchTyping(t('memory.concordance.phrase'));
    await import('./bt-concordance-dialog.js');
    const caught = catching?.();
    if (caught?.cancelled) return this._closed();
    this._concordance = { phrase: phrase + (caught?.text ?? '') };
    this.host.requestUpdate();
    if (phrase) await this.memory()?.concordance(phrase);
  }

  private async _openPretranslate() {
    this._returnFocus ??= focusReturn();
    await import('./bt-pretranslate-dialog.js');
    this._pretranslate = true;
    this.host.requestUpdate();
  }

  private _closed() {
    this._returnFocus?.(this.host.updateComplete);
    this._returnFocus = undefined;
  }

  /** The dialogs, rendered once by the page. */
  renderDialogs() {
    const memory = this.memory();
    const cur = this.doc()?.current;
    if (!memory) return nothing;
    return html`${
      this._concordance && cur
        ? html`<bt-concordance-dialog
            open
            .phrase=${this._concordance.phrase}
            .result=${memory.state.concordance}
            .tms=${memory.state.tms}
            .sourceLang=${cur.project.sourceLang}
            .targetLang=${cur.project.targetLang}
            @bt-request-concordance=${(e: BtEvent<'bt-request-concordance'>) =>
              memory.concordance(e.detail.phrase)}
            @bt-request-close=${() => {
              this._concordance = undefined;
              this.host.requestUpdate();
              this._closed();
            }}
          ></bt-concordance-dialog>`
        : nothing
    }
    ${this._pretranslate ? this._renderPretranslate(memory) : nothing}
    ${
      this._analysis && cur
        ? html`<bt-analysis-dialog
            open
            .name=${cur.doc.name}
            .analysis=${
              memory.state.analysis?.docId === cur.doc.id ? memory.state.analysis.result : undefined
            }
            @bt-request-close=${() => {
              this._analysis = false;
              this.host.requestUpdate();
              this._closed();
            }}
          ></bt-analysis-dialog>`
        : nothing
    }`;
  }

  private _renderPretranslate(memory: MemoryService) {
    return html`<bt-pretranslate-dialog
      open
      @bt-request-close=${() => {
        this._pretranslate = false;
        this.host.requestUpdate();
        this._closed();
      }}
      @bt-request-pretranslate=${(e: BtEvent<'bt-request-pretranslate'>) =>
        memory.pretranslate(e.detail)}
    ></bt-pretranslate-dialog>`;
  }
}
