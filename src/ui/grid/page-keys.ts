// The grid's shortcuts for a key pressed elsewhere on its page: on the toolbar, or on the page's
// start, where focus lands when a project opens. Without this, Ctrl+Shift+Enter ("next
// unconfirmed row"), Ctrl+F or Ctrl+Z did nothing until the caret was already in a row, so a
// keyboard user had to tab through the toolbar first. Only commands that need no row are taken
// here; row moves start from the top when no row is active. Text fields, menus and dialogs keep
// their keys, and a key the grid itself handled never arrives (it prevents the default).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { commandFor, type GridCommand } from './keymap.js';

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

/** Whether a key pressed on this target belongs to the target itself. */
function ownsKeys(path: readonly EventTarget[]): boolean {
  const first = path[0];
  if (
    first instanceof HTMLInputElement ||
    first instanceof HTMLTextAreaElement ||
    first instanceof HTMLSelectElement ||
    (first instanceof HTMLElement && first.isContentEditable)
  )
    return true;
  return path.some((n) => n instanceof HTMLDialogElement);
}

export class PageKeysController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    /** The grid element, whose own key handler has already seen its keys. */
    private readonly grid: () => HTMLElement | null | undefined,
    private readonly run: (cmd: GridCommand, e: KeyboardEvent) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this._onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this._onKey);
  }

  private _onKey = (e: KeyboardEvent): void => {
    if (e.defaultPrevented) return;
    const path = e.composedPath();
    const grid = this.grid();
    if ((grid && path.includes(grid)) || ownsKeys(path)) return;
    const cmd = commandFor(e, false);
    if (cmd && PAGE_COMMANDS.has(cmd)) this.run(cmd, e);
  };
}
