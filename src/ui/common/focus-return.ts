// A dialog a page renders while it is wanted and then removes (rather than closes) never gets the
// browser's own focus restore: the focus falls to the page. These give it back by hand.
import { deepActiveElement } from './deep-focus.js';

/**
 * Where the keyboard is now; the function returned puts it back there once `after` (the page's
 * update that removes the dialog) has settled, if that element is still in the page.
 */
export function focusReturn(): (after: Promise<unknown>) => void {
  const el = deepActiveElement();
  return (after) =>
    void after.then(() => {
      if (el instanceof HTMLElement && el.isConnected) el.focus();
    });
}
