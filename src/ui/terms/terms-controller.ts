// The terms feature in the grid page, as a controller the page wires up: the Ctrl+Alt+1…9 keys
// (the row's terms, then its numbers said the target language's way) and Ctrl+E, where the
// caret was in the translation (a click in the panel takes the focus away), the text last
// selected in a source, and the Terms panel and the term form (Add term, Edit) with their
// requests turned into calls on the terms service. Inserting goes through the row's text field,
// as typing does, so the document service sees an edit (and a confirmed row goes back to draft).
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Project } from '../../core/model.js';
import type { TermsService } from '../../state/terms.js';
import type { BtEvent } from '../common/events.js';
import { insertable } from './numbering.js';
import { numberSuggestions, type NumberSuggestion } from '../../core/numbers/render.js';
import './events.js';
import { deepActiveElement } from '../common/deep-focus.js';
import { focusReturn } from '../common/focus-return.js';

/** What the page lets the controller reach. */
export interface TermsHost {
  terms(): TermsService | undefined;
  project(): Project | undefined;
  /** The active row: its id and source, or undefined. */
  active(): { id: string; source: string } | undefined;
  /** Puts text into the active row's translation at `range` (else at its caret). */
  insert(text: string, range?: [number, number]): void;
}

const ctrl = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

/** Ctrl+Alt+1…9 by the key's place, so layouts where Alt+digit types a character still work. */
export function termNumber(e: KeyboardEvent): number | undefined {
  if (!ctrl(e) || !e.altKey || e.shiftKey) return undefined;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return m ? Number(m[1]) : undefined;
}

export const isAddTerm = (e: KeyboardEvent): boolean =>
  ctrl(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'e';

export class TermsController implements ReactiveController {
  /** The term form, open with its prefill; `entry` when it edits an entry (`ref`: which). */
  adding?: {
    source: string;
    target: string;
    entry?: { ref: string; termbaseName: string; note: string; forbidden: boolean; hidden: number };
  };
  /** The translation's selection when it last lost the focus, by row. */
  private _caret?: { id: string; range: [number, number] };
  /** Puts the keyboard back where it was when Add term opened. */
  private _returnFocus?: (after: Promise<unknown>) => void;
  /** Text last selected outside a text field (a source cell), for Add term. */
  private _sourceSelection = '';
  private readonly _onSelection = () => {
    const text = document.getSelection()?.toString().trim() ?? '';
    if (!text) return;
    // Chrome reports a text field's selection here too: only text selected outside one counts.
    const el = deepActiveElement();
    const field = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el : null;
    if (
      field &&
      field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0).trim() === text
    )
      return;
    this._sourceSelection = text;
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly page: TermsHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('selectionchange', this._onSelection);
  }

  hostDisconnected(): void {
    document.removeEventListener('selectionchange', this._onSelection);
  }

  /** The grid's keydown (it bubbles out of the rows). */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.isComposing || e.keyCode === 229) return;
    const n = termNumber(e);
    if (n !== undefined) {
      e.preventDefault();
      const row = this.page.active();
      const text =
        row &&
        insertable(this.page.terms()?.find(row.source) ?? [], this._numbers(row.source))[n - 1];
      if (text) this.page.insert(text);
      return;
    }
    if (isAddTerm(e)) {
      e.preventDefault();
      this.openAdd(e.composedPath()[0]);
    }
  };

  /** The numbers of a source to offer in the target language. */
  private _numbers(source: string): NumberSuggestion[] {
    const p = this.page.project();
    return p ? numberSuggestions(source, p.targetLang === 'zh-Hans') : [];
  }

  /** Remembers the translation's selection as the focus leaves it. */
  readonly onFocusOut = (e: FocusEvent): void => {
    const el = e.composedPath()[0];
    const row = this.page.active();
    if (el instanceof HTMLTextAreaElement && el.classList.contains('target') && row)
      this._caret = { id: row.id, range: [el.selectionStart, el.selectionEnd] };
  };

  /** Opens Add term with the selected source text (if it is in the active row) and target text. */
  openAdd(from?: EventTarget | null): void {
    const row = this.page.active();
    let target = '';
    if (from instanceof HTMLTextAreaElement && from.classList.contains('target'))
      target = from.value.slice(from.selectionStart, from.selectionEnd).trim();
    else if (this._caret && this._caret.id === row?.id) {
      const [a, b] = this._caret.range;
      target = a < b ? this._targetText(a, b) : '';
    }
    const sel = this._sourceSelection;
    const source = row && sel && row.source.includes(sel) ? sel : '';
    this.adding = { source, target };
    this._returnFocus = focusReturn();
    void import('./bt-add-term-dialog.js');
    this.host.requestUpdate();
  }

  /** Opens the term form on the entry a hit came from (nothing when it is gone: a notice says so). */
  async openEdit(ref: string): Promise<void> {
    const returnFocus = focusReturn();
    const found = await this.page.terms()?.entryToEdit(ref);
    if (!found) return;
    const { termbase, form, hidden } = found;
    this.adding = {
      source: form.source,
      target: form.target,
      entry: {
        ref,
        termbaseName: termbase.name,
        note: form.note,
        forbidden: form.forbidden,
        hidden,
      },
    };
    this._returnFocus = returnFocus;
    void import('./bt-add-term-dialog.js');
    this.host.requestUpdate();
  }

  private _targetText(a: number, b: number): string {
    const ta = this.host.shadowRoot
      ?.querySelector('bt-editor')
      ?.shadowRoot?.querySelector<HTMLElement>('bt-segment-row[active]')
      ?.shadowRoot?.querySelector('textarea.target');
    return ta instanceof HTMLTextAreaElement ? ta.value.slice(a, b).trim() : '';
  }

  private _insertFromPanel(text: string) {
    const row = this.page.active();
    const range = this._caret && this._caret.id === row?.id ? this._caret.range : undefined;
    this.page.insert(text, range);
    if (range) this._caret = undefined;
  }

  private async _export(id: string, format: 'tbx' | 'tsv' | 'csv') {
    const file = await this.page.terms()?.exportTermbase(id, format);
    if (!file) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
    a.download = file.name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  /** The Terms tab's content, slotted into the side panel. */
  renderPanel(rowNumber: number) {
    const terms = this.page.terms();
    const p = this.page.project();
    if (!terms || !p) return nothing;
    void import('./bt-terms-panel.js');
    const row = this.page.active();
    const st = terms.state;
    return html`<bt-terms-panel
      slot="terms"
      .hits=${row && rowNumber ? terms.find(row.source) : []}
      .numbers=${row && rowNumber ? this._numbers(row.source) : []}
      .row=${rowNumber}
      .sourceLang=${p.sourceLang}
      .targetLang=${p.targetLang}
      .termbases=${st.termbases}
      .read=${st.read}
      .write=${st.write}
      .importing=${st.importing}
      @bt-request-insert-term=${(e: BtEvent<'bt-request-insert-term'>) =>
        this._insertFromPanel(e.detail.text)}
      @bt-request-open-add-term=${() => this.openAdd()}
      @bt-request-open-edit-term=${(e: BtEvent<'bt-request-open-edit-term'>) =>
        void this.openEdit(e.detail.ref)}
      @bt-request-import-termbase=${(e: BtEvent<'bt-request-import-termbase'>) =>
        // The failure is shown by the panel (importing.error); nothing else to do here.
        terms.importFile(e.detail.file.name, e.detail.file).catch(() => undefined)}
      @bt-request-export-termbase=${(e: BtEvent<'bt-request-export-termbase'>) =>
        this._export(e.detail.id, e.detail.format)}
      @bt-request-create-termbase=${(e: BtEvent<'bt-request-create-termbase'>) =>
        terms.create(e.detail.name)}
      @bt-request-delete-termbase=${(e: BtEvent<'bt-request-delete-termbase'>) =>
        terms.remove(e.detail.id)}
      @bt-request-choose-termbases=${(e: BtEvent<'bt-request-choose-termbases'>) =>
        terms.choose(e.detail.read, e.detail.write)}
    ></bt-terms-panel>`;
  }

  /** The term form (Add term, or Edit on an entry), while open. */
  renderDialog() {
    const terms = this.page.terms();
    const p = this.page.project();
    if (!this.adding || !terms || !p) return nothing;
    const write = terms.state.termbases.find((tb) => tb.id === terms.state.write);
    const entry = this.adding.entry;
    return html`<bt-add-term-dialog
      open
      .source=${this.adding.source}
      .target=${this.adding.target}
      .sourceLang=${p.sourceLang}
      .targetLang=${p.targetLang}
      .writeName=${write?.name ?? ''}
      .entry=${entry}
      @bt-request-add-term=${(e: BtEvent<'bt-request-add-term'>) => {
        this._sourceSelection = '';
        void terms.addTerm(e.detail);
      }}
      @bt-request-edit-term=${(e: BtEvent<'bt-request-edit-term'>) =>
        entry && void terms.editEntry(entry.ref, e.detail)}
      @bt-request-delete-term=${() => entry && void terms.removeEntry(entry.ref)}
      @bt-request-close=${() => {
        this.adding = undefined;
        this.host.requestUpdate();
        // The form is removed, not closed: the translator goes on typing where the caret was.
        this._returnFocus?.(this.host.updateComplete);
        this._returnFocus = undefined;
      }}
    ></bt-add-term-dialog>`;
  }
}
