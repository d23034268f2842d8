// The alignment check's fixes, each with its key: the toolbar's buttons and the list's keys are
// made from one table, so a key always does what its button (and tooltip) says.
import {
  insertEmpty,
  isLow,
  markChecked,
  mergeNext,
  moveSentence,
  nextLowConfidence,
  type AlignRow,
  type Side,
} from '../../core/beads.js';
import { t } from '../../i18n/index.js';

export type ActionId =
  'undo' | 'merge' | 'split' | 'up' | 'down' | 'empty' | 'check' | 'next' | 'realign';

export interface Action {
  id: ActionId;
  label: string;
  /** As shown (Alt+↑), then as aria-keyshortcuts says it (Alt+ArrowUp). */
  keys: [string, string];
  enabled: boolean;
  run: () => void;
}

/** What the fixes read of the view, and what they ask of it. */
export interface ActionContext {
  rows: AlignRow[];
  active: number;
  /** The side the move and empty-partner fixes act on. */
  side: Side;
  canSplit: boolean;
  canUndo: boolean;
  lowThreshold: number;
  /** A re-alignment runs. */
  busy: boolean;
  apply: (next: AlignRow[]) => void;
  undo: () => void;
  split: () => void;
  /** Makes row i active and brings it to the middle of the list. */
  go: (i: number) => void;
  realign: (from: number) => void;
}

/** The fixes, each with its key and whether it can be made now. */
export function alignActions(c: ActionContext): Action[] {
  const { rows, active: i, side } = c;
  const r = rows[i];
  const n = rows.length;
  const lowCount = rows.filter((x) => isLow(x, c.lowThreshold)).length;
  const fix = (f: (rows: AlignRow[]) => AlignRow[]) => () => c.apply(f(rows));
  const named = { side: t(`align.side.${side}`) };
  return [
    {
      id: 'undo',
      label: t('grid.undo'),
      keys: ['Ctrl+Z', 'Control+Z'],
      enabled: c.canUndo,
      run: c.undo,
    },
    {
      id: 'merge',
      label: t('align.mergeNext'),
      keys: ['M', 'M'],
      enabled: !!r && i + 1 < n,
      run: fix((x) => mergeNext(x, i)),
    },
    {
      id: 'split',
      label: t('align.splitAtCaret'),
      keys: ['S', 'S'],
      enabled: c.canSplit,
      run: c.split,
    },
    {
      id: 'up',
      label: t('align.moveUp', named),
      keys: ['Alt+↑', 'Alt+ArrowUp'],
      enabled: !!r && i > 0 && r[side].length > 0,
      run: fix((x) => moveSentence(x, i, side, 'up')),
    },
    {
      id: 'down',
      label: t('align.moveDown', named),
      keys: ['Alt+↓', 'Alt+ArrowDown'],
      enabled: !!r && i + 1 < n && r[side].length > 0,
      run: fix((x) => moveSentence(x, i, side, 'down')),
    },
    {
      id: 'empty',
      label: t('align.emptyPartnerButton', named),
      keys: ['E', 'E'],
      enabled: !!r && r.source.length > 0 && r.target.length > 0,
      run: fix((x) => insertEmpty(x, i, side === 'source' ? 'target' : 'source')),
    },
    {
      id: 'check',
      label: t('alignCheck.markChecked'),
      keys: ['Enter', 'Enter'],
      enabled: !!r && !r.checked,
      run: fix((x) => markChecked(x, i)),
    },
    {
      id: 'next',
      label: t('align.nextLow', { count: lowCount }),
      keys: ['N', 'N'],
      enabled: lowCount > 0,
      run: () => c.go(nextLowConfidence(rows, i, c.lowThreshold)),
    },
    {
      id: 'realign',
      label: t('alignCheck.realignAfter', { row: i + 1 }),
      keys: ['R', 'R'],
      enabled: !!r && i + 1 < n && !c.busy,
      run: () => c.realign(i),
    },
  ];
}

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const PLAIN: Record<string, ActionId> = {
  m: 'merge',
  s: 'split',
  e: 'empty',
  n: 'next',
  r: 'realign',
  enter: 'check',
};

/** The fix a key press asks for, by the keys the tooltips show; undefined: not a fix's key. */
export function actionForKey(e: KeyPress): ActionId | undefined {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z') return 'undo';
  if (mod) return undefined;
  if (e.altKey && !e.shiftKey && e.key === 'ArrowUp') return 'up';
  if (e.altKey && !e.shiftKey && e.key === 'ArrowDown') return 'down';
  if (e.altKey || e.shiftKey) return undefined;
  return PLAIN[e.key.toLowerCase()];
}
