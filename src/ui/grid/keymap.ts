// Keyboard shortcuts of the translation grid, as data: the editor looks a key press up here, the
// shortcut sheet and tooltips print the same table, so they can never disagree.

export type GridCommand =
  | 'confirm'
  | 'nextUnconfirmed'
  | 'nextRow'
  | 'prevRow'
  | 'nextChange'
  | 'prevChange'
  | 'copySource'
  | 'undo'
  | 'redo'
  | 'find'
  | 'replace'
  | 'leave'
  | 'help'
  | 'insertTerm'
  | 'addTerm'
  | 'insertMatch'
  | 'concordance';

export interface Shortcut {
  command: GridCommand;
  /** Human-readable key combination, shown in tooltips and the shortcut sheet. */
  keys: string;
  match: (e: KeyboardEvent) => boolean;
  /** Locale key of what it does, when not `shortcuts.<command>`. */
  label?: string;
}

const ctrl = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

export const SHORTCUTS: readonly Shortcut[] = [
  {
    command: 'confirm',
    keys: 'Ctrl+Enter',
    match: (e) => ctrl(e) && !e.shiftKey && e.key === 'Enter',
  },
  {
    command: 'nextUnconfirmed',
    keys: 'Ctrl+Shift+Enter',
    match: (e) => ctrl(e) && e.shiftKey && e.key === 'Enter',
  },
  {
    command: 'nextRow',
    keys: 'Alt+↓',
    match: (e) => e.altKey && !e.shiftKey && e.key === 'ArrowDown',
  },
  {
    command: 'prevRow',
    keys: 'Alt+↑',
    match: (e) => e.altKey && !e.shiftKey && e.key === 'ArrowUp',
  },
  // Track changes: the compare view's Alt+↓/↑ move between changes, but in the grid they move
  // between rows, so the change keys add Shift.
  {
    command: 'nextChange',
    keys: 'Alt+Shift+↓',
    match: (e) => e.altKey && e.shiftKey && e.key === 'ArrowDown',
    label: 'review.track.next',
  },
  {
    command: 'prevChange',
    keys: 'Alt+Shift+↑',
    match: (e) => e.altKey && e.shiftKey && e.key === 'ArrowUp',
    label: 'review.track.prev',
  },
  {
    command: 'copySource',
    keys: 'Ctrl+Insert / Ctrl+Shift+S',
    match: (e) =>
      (ctrl(e) && e.key === 'Insert') || (ctrl(e) && e.shiftKey && e.key.toLowerCase() === 's'),
  },
  {
    command: 'undo',
    keys: 'Ctrl+Z',
    match: (e) => ctrl(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
  },
  {
    command: 'redo',
    keys: 'Ctrl+Y / Ctrl+Shift+Z',
    match: (e) =>
      (ctrl(e) && e.key.toLowerCase() === 'y') ||
      (ctrl(e) && e.shiftKey && e.key.toLowerCase() === 'z'),
  },
  { command: 'find', keys: 'Ctrl+F', match: (e) => ctrl(e) && e.key.toLowerCase() === 'f' },
  { command: 'replace', keys: 'Ctrl+H', match: (e) => ctrl(e) && e.key.toLowerCase() === 'h' },
  { command: 'leave', keys: 'Esc', match: (e) => e.key === 'Escape' },
  { command: 'help', keys: '?', match: (e) => e.key === '?' && !ctrl(e) && !e.altKey },
  // Termbase keys: listed here for the sheet; the page's terms controller acts on them.
  {
    command: 'insertTerm',
    keys: 'Ctrl+Alt+1…9',
    match: (e) => ctrl(e) && e.altKey && !e.shiftKey && /^(Digit|Numpad)[1-9]$/.test(e.code),
    label: 'terms.shortcut.insert',
  },
  {
    command: 'addTerm',
    keys: 'Ctrl+E',
    match: (e) => ctrl(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'e',
    label: 'terms.shortcut.add',
  },
  // Handled by the grid page (ui/memory/memory-controller.ts), listed here for the sheet.
  {
    command: 'insertMatch',
    keys: 'Ctrl+1 … Ctrl+9',
    match: (e) => ctrl(e) && !e.altKey && !e.shiftKey && /^[1-9]$/.test(e.key),
    label: 'memory.shortcut.insert',
  },
  {
    command: 'concordance',
    keys: 'Ctrl+K',
    match: (e) => ctrl(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k',
    label: 'memory.shortcut.concordance',
  },
];

/** The command a key press means, or undefined. Keys pressed while an IME composes never count. */
export function commandFor(e: KeyboardEvent, inTextField: boolean): GridCommand | undefined {
  if (e.isComposing || e.keyCode === 229) return undefined;
  const s = SHORTCUTS.find((sc) => sc.match(e));
  // "?" is a character to type inside a text field, a shortcut only outside one.
  if (s?.command === 'help' && inTextField) return undefined;
  return s?.command;
}

export const keysOf = (command: GridCommand): string =>
  SHORTCUTS.find((s) => s.command === command)?.keys ?? '';
