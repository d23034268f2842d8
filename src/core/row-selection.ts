// Choosing rows for a bulk action, as the file managers do: a click chooses one row (a click on
// the only row chosen unchooses it), Ctrl+click adds or removes one, Shift+click adds the run of
// rows from the last row clicked without Shift (the anchor) to this one.

export interface RowSelection {
  selected: ReadonlySet<string>;
  /** The row a Shift-click range starts from. */
  anchor?: string;
}

export interface SelectRequest {
  id: string;
  /** Shift: the rows from the anchor to `id` are added. */
  range?: boolean;
  /** Ctrl/Cmd: `id` is added or removed, the rest kept. */
  toggle?: boolean;
}

/** The selection after a click on row `id` among `rows` (the row ids shown, in order). */
export function selectRow(
  current: RowSelection,
  rows: readonly string[],
  { id, range, toggle }: SelectRequest,
): RowSelection {
  const { selected, anchor } = current;
  const next = new Set(toggle || range ? selected : []);
  const at = rows.indexOf(id);
  const from = range && anchor ? rows.indexOf(anchor) : -1;
  if (from >= 0 && at >= 0) {
    for (let i = Math.min(from, at); i <= Math.max(from, at); i++) next.add(rows[i]);
  } else if (toggle && selected.has(id)) next.delete(id);
  else if (!toggle && selected.size === 1 && selected.has(id)) next.clear();
  else next.add(id);
  return { selected: next, anchor: range ? anchor : id };
}
