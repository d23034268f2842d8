// A view's shortcuts for a key pressed elsewhere on its page: on a toolbar or header control, or
// on the page's start, where focus lands when the page opens. Without this, the grid's Ctrl+Shift+
// Enter, Ctrl+F or Ctrl+Z, and the compare view's N/P, did nothing until the keyboard was already
// inside the view, so a keyboard user had to tab there first. Text fields, menus and dialogs keep
// their keys, and a key the view itself saw (on its own element) is left to it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
    /** The view's own element, whose key handler has already seen the keys pressed in it. */
    private readonly view: () => HTMLElement | null | undefined,
    /** Runs the view's command for the key, if it has one; true when it did. */
    private readonly run: (e: KeyboardEvent) => boolean,
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
    const view = this.view();
    if ((view && path.includes(view)) || ownsKeys(path)) return;
    if (this.run(e)) e.preventDefault();
  };
}
