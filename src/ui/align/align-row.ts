// One row of the alignment view, drawn with lit-html into a (recycled) <li> the virtual list
// owns: a template rather than an element of its own, so rows cost no shadow root each and the
// view's styles reach them.
import { html, render } from 'lit';
import type { AlignRow, Side } from '../../core/beads.js';
import type { Lang } from '../../core/model.js';
import { t } from '../../i18n/index.js';

/** Below it a row is "low" (red); at or above MID_CONFIDENCE "high". */
export interface Levels {
  low: number;
  mid: number;
}

export type Level = 'checked' | 'low' | 'mid' | 'high';

export const levelOf = (r: AlignRow, l: Levels): Level =>
  r.checked ? 'checked' : r.confidence < l.low ? 'low' : r.confidence < l.mid ? 'mid' : 'high';

export interface RowView {
  row: AlignRow;
  index: number;
  count: number;
  active: boolean;
  /**
   * The sentence holding the caret in this row, if any, and where in it _Split at caret_ would
   * cut (the snapped offset; undefined: nowhere in it).
   */
  caret?: { side: Side; k: number; cut?: number };
  langs: Record<Side, Lang>;
  levels: Levels;
  onSentence: (e: MouseEvent, index: number, side: Side, k: number) => void;
}

function side(v: RowView, s: Side) {
  const sents = v.row[s];
  if (sents.length === 0) return html`<div class="empty">${t('align.emptyPartner')}</div>`;
  return html`<div lang=${v.langs[s]}>
    ${sents.map((text, k) => {
      const here = v.caret?.side === s && v.caret.k === k;
      const cut = here ? v.caret?.cut : undefined;
      // The cut shows as a bar where it will fall: the caret snaps to a boundary first.
      const body =
        cut === undefined
          ? text
          : html`${text.slice(0, cut)}<span class="cut" aria-hidden="true"></span
              >${text.slice(cut)}`;
      return html`<span
        class="sent ${here ? 'sel' : ''}"
        @mouseup=${(e: MouseEvent) => v.onSentence(e, v.index, s, k)}
        >${body}</span
      >`;
    })}
  </div>`;
}

/** Shows `v` in `el` (an option of the view's listbox). */
export function updateRow(el: HTMLElement, v: RowView): void {
  const level = levelOf(v.row, v.levels);
  el.id = `row-${v.index}`;
  el.dataset.i = String(v.index);
  el.setAttribute('role', 'option');
  el.setAttribute('aria-selected', v.active ? 'true' : 'false');
  el.setAttribute('aria-posinset', String(v.index + 1));
  el.setAttribute('aria-setsize', String(v.count));
  el.className = `${level}${v.row.paragraphStart ? ' para' : ''}`;
  const shape = `${v.row.source.length}-${v.row.target.length}`;
  const conf =
    level === 'checked'
      ? t('alignCheck.checked')
      : // Down, not to the nearest: 0.749 under a 0.75 threshold must not read "low 75%".
        `${t(`align.level.${level}`)} ${Math.floor(v.row.confidence * 100 + 1e-9)}%`;
  render(
    html`<span class="n">${v.index + 1}</span> ${side(v, 'source')} ${side(v, 'target')}
      <span class="conf">${shape}<br />${conf}</span>`,
    el,
  );
}
