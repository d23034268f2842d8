// The translation memory in the grid: the matches panel (slotted into the side panel's Matches
// tab), Ctrl+1…9 to insert a match, and the pre-translate dialog. The grid page creates one and
// renders what it returns; the memory service does the work.
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DocumentService } from '../../state/document.js';
import type { MemoryService } from '../../state/memory.js';
import type { BtEvent } from '../common/events.js';
import { Watch } from '../common/watch.js';
import './bt-matches-panel.js';
import './events.js';

/** Ctrl+1…9 (not with Shift or Alt, which other commands and keyboards use). */
export const matchKey = (e: KeyboardEvent): number | undefined => {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.isComposing) return undefined;
  const n = /^Digit([1-9])$/.exec(e.code)?.[1] ?? /^[1-9]$/.exec(e.key)?.[0];
  return n ? Number(n) : undefined;
};

export class MemoryController implements ReactiveController {
  private _pretranslate = false;
  private readonly _onKey = (e: KeyboardEvent) => {
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
    new Watch(host, memory, (s) => [s.matches, s.serving, s.tms, s.options]);
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
      @bt-request-insert-match=${(e: BtEvent<'bt-request-insert-match'>) => memory.insert(e.detail.n)}
      @bt-request-match-options=${(e: BtEvent<'bt-request-match-options'>) =>
        memory.setOptions(e.detail)}
      @bt-request-open-pretranslate=${() => this._openPretranslate()}
    ></bt-matches-panel>`;
  }

  private async _openPretranslate() {
    await import('./bt-pretranslate-dialog.js');
    this._pretranslate = true;
    this.host.requestUpdate();
  }

  /** The dialogs, rendered once by the page. */
  renderDialogs() {
    const memory = this.memory();
    if (!memory || !this._pretranslate) return nothing;
    return html`<bt-pretranslate-dialog
      open
      @bt-request-close=${() => {
        this._pretranslate = false;
        this.host.requestUpdate();
      }}
      @bt-request-pretranslate=${(e: BtEvent<'bt-request-pretranslate'>) =>
        memory.pretranslate(e.detail)}
    ></bt-pretranslate-dialog>`;
  }
}
