// The alignment view's styles; its rows are plain <li>s in its shadow root (see align-row.ts).
import { css } from 'lit';

export const alignViewStyles = css`
  :host {
    display: flex;
    flex-direction: column;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    padding: 0.5rem 0;
    background: var(--bt-surface-2);
  }
  button {
    font: inherit;
    font-size: 0.85rem;
  }
  /*
   * The list scrolls on its own: positioned, so the rows' offsets are measured from it. It takes
   * the height its parent leaves it (the new-project page gives the view the rest of the window);
   * the cap keeps a parent of no set height from growing it to all its rows.
   */
  .scroller {
    position: relative;
    overflow: auto;
    flex: 1 1 0;
    min-height: 12rem;
    max-height: calc(100vh - 6rem);
    border: 1px solid var(--bt-border-subtle);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: 3rem 1fr 1fr 6rem;
    gap: 0.5rem;
    padding: 0.4rem 0.5rem;
    background: var(--bt-surface);
    border-bottom: 1px solid var(--bt-border-subtle);
    border-left: 5px solid var(--bt-success);
  }
  li.mid {
    border-left-color: var(--bt-warning-line);
  }
  li.low {
    border-left-color: var(--bt-danger);
    background: var(--bt-danger-soft);
  }
  li.checked {
    border-left-color: var(--bt-accent);
  }
  li[aria-selected='true'] {
    outline: 2px solid var(--bt-accent);
    outline-offset: -2px;
  }
  li.para {
    border-top: 0.5rem solid var(--bt-surface-2);
  }
  .n {
    color: var(--bt-text-muted);
    text-align: right;
  }
  .sent {
    display: block;
    padding: 0.1rem 0.25rem;
    border-radius: 3px;
    cursor: text;
    line-height: 1.55;
  }
  .sent + .sent {
    border-top: 1px dotted var(--bt-border-strong);
  }
  .sent.sel {
    background: var(--bt-highlight);
  }
  /* Where Split at caret cuts: a bar between two characters, taking no room of its own. */
  .cut {
    display: inline-block;
    width: 2px;
    height: 1.2em;
    margin: 0 -1px;
    vertical-align: text-bottom;
    background: var(--bt-accent);
  }
  .conf {
    font-size: 0.75rem;
    color: var(--bt-text-2);
  }
  .empty {
    color: var(--bt-text-faint);
    font-style: italic;
  }
`;
