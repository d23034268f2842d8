// Moving between the compared rows from the keyboard. The list is one tab stop (the current
// row, whose buttons follow it), so Tab goes on past the list: ↑/↓ (or k/j) move one row and
// Home/End to the first or last, as in a CAT tool's segment list. N/P move between changes
// (bt-review-bar.ts).

/** Whether the key was pressed in a field that takes arrows and letters itself. */
function inField(target: EventTarget | undefined): boolean {
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * The index of the row a key moves to from row `active` (-1: none yet) of `count` rows, or
 * undefined when the key is not a row key. Never while an IME composes or with a modifier
 * (Alt+↑/↓ is the previous/next change).
 */
export function rowKeyTarget(e: KeyboardEvent, active: number, count: number): number | undefined {
  if (count === 0 || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return undefined;
  if (inField(e.composedPath()[0])) return undefined;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const to: Record<string, number> = {
    ArrowDown: active + 1,
    j: active + 1,
    ArrowUp: active - 1,
    k: active - 1,
    Home: 0,
    End: count - 1,
  };
  if (!(key in to)) return undefined;
  return Math.max(0, Math.min(count - 1, to[key]));
}
