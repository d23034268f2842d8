// The translation grid's keyboard, as a controller the editor wires up: a key pressed in the
// grid (or, for the commands that need no row, anywhere on its page) becomes a grid command
// (keymap.ts), and each command a row move, a bar opened or a request to the page.
import type { ReactiveControllerHost } from 'lit';
import { isConfirmed } from '../../core/filter.js';
import type { Segment } from '../../core/model.js';
import { emit } from '../common/events.js';
import { commandFor, type GridCommand } from './keymap.js';
import './events.js';

/** The grid's commands that need no active row, taken from anywhere on its page. */
const PAGE_COMMANDS: ReadonlySet<GridCommand> = new Set([
  'nextUnconfirmed',
  'nextRow',
  'prevRow',
  'undo',
  'redo',
  'find',
  'replace',
  'help',
]);

/** What the keys reach of the grid. */
export interface EditorKeysHost extends ReactiveControllerHost, HTMLElement {
  /** Rows as shown (after the filters): row moves go through these. */
  readonly visibleRows: Segment[];
  readonly activeId?: string;
  focusRow(id: string): void;
}

/** What the keys do in the grid beyond moving between rows. */
export interface EditorKeysActions {
  /** The grid itself (the list the rows are in). */
  grid(): HTMLElement;
  /** A bar or sheet is open over the grid: Esc is its own. */
  overlayOpen(): boolean;
  openFind(mode: 'find' | 'replace'): void;
  openHelp(): void;
  /** The next (1) or previous (-1) tracked change. */
  goToChange(dir: 1 | -1): void;
  /** Rows chosen for a bulk action: Ctrl+A chooses every row shown, Esc none. */
  hasSelection(): boolean;
  selectAll(): void;
  unselect(): void;
}

export class EditorKeys {
  constructor(
    private readonly host: EditorKeysHost,
    private readonly actions: EditorKeysActions,
  ) {
    // Shortcuts pressed outside the grid but on its page (common/page-keys.ts): the commands
    // that need no row; row moves start from the top when no row is active. Loaded after the
    // first paint, to keep the first visit within its budget.
    void import('../common/page-keys.js').then(
      ({ PageKeysController }) =>
        new PageKeysController(host, actions.grid, (e) => {
          const cmd = commandFor(e, false);
          if (!cmd || !PAGE_COMMANDS.has(cmd)) return false;
          this.run(cmd, e);
          return true;
        }),
    );
  }

  /** A key pressed in the grid. */
  onKeyDown(e: KeyboardEvent): void {
    const target = e.composedPath()[0];
    const inText = target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
    // Outside a text field, Ctrl+A selects every row shown and Esc clears the selection.
    if (!inText && (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      this.actions.selectAll();
      e.preventDefault();
      return;
    }
    if (!inText && e.key === 'Escape' && this.actions.hasSelection()) {
      this.actions.unselect();
      e.preventDefault();
      return;
    }
    const cmd = commandFor(e, inText);
    if (cmd) this.run(cmd, e);
  }

  /** Runs a grid command (from a key, or from the toolbar with a stand-in event). */
  run(cmd: GridCommand, e: KeyboardEvent): void {
    const host = this.host;
    const id = host.activeId;
    switch (cmd) {
      case 'confirm': {
        if (id) emit(host, 'bt-request-confirm', { id });
        // An empty translation is refused (the page says why): the caret stays to write it.
        const row = id ? host.visibleRows.find((s) => s.id === id) : undefined;
        if (!row || row.target.trim()) this._move(1);
        break;
      }
      case 'nextUnconfirmed':
        this._move(1, (s) => !isConfirmed(s.status));
        break;
      case 'nextRow':
        this._move(1);
        break;
      case 'prevRow':
        this._move(-1);
        break;
      case 'nextChange':
      case 'prevChange':
        this.actions.goToChange(cmd === 'nextChange' ? 1 : -1);
        break;
      case 'copySource':
        if (id) emit(host, 'bt-request-copy-source', { id });
        break;
      case 'undo':
        emit(host, 'bt-request-undo');
        break;
      case 'redo':
        emit(host, 'bt-request-redo');
        break;
      case 'find':
      case 'replace':
        this.actions.openFind(cmd);
        break;
      case 'leave':
        if (this.actions.overlayOpen()) return;
        this.actions.grid().focus();
        break;
      case 'help':
        this.actions.openHelp();
        break;
    }
    e.preventDefault();
  }

  /** To the next row shown `delta` away that `predicate` accepts (none past either end). */
  private _move(delta: number, predicate: (s: Segment) => boolean = () => true) {
    const rows = this.host.visibleRows;
    let i = rows.findIndex((s) => s.id === this.host.activeId);
    for (let step = 0; step < rows.length; step++) {
      i += delta;
      if (i < 0 || i >= rows.length) return;
      if (predicate(rows[i])) {
        this.host.focusRow(rows[i].id);
        return;
      }
    }
  }
}
