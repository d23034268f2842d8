// The look of a translation grid row (bt-segment-row), apart from its logic.
import { css } from 'lit';
import { chipStyles, visuallyHidden } from '../common/inline-chips.js';

export const segmentRowStyles = css`
  :host {
    display: grid;
    grid-template-columns: 3.2rem 1fr 1fr 6.5rem;
    gap: 0 0.5rem;
    padding: 0.35rem 0.75rem;
    border-bottom: 1px solid var(--bt-border-subtle);
    background: var(--bt-surface);
    box-sizing: border-box;
    width: 100%;
    /* A row's layout never affects another's: new rows while scrolling lay out on their own. */
    contain: content;
  }
  :host([paragraph-start]) {
    border-top: 0.6rem solid var(--bt-surface-2);
  }
  :host([active]) {
    background: var(--bt-accent-soft);
    box-shadow: inset 3px 0 0 var(--bt-accent);
  }
  .num {
    color: var(--bt-text-muted);
    font-variant-numeric: tabular-nums;
    text-align: right;
    padding-top: 0.3rem;
  }
  /* The row number selects the row (Shift: a range, Ctrl: add or remove). */
  .num button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: 3px;
    padding: 0 0.2rem;
    cursor: pointer;
  }
  .num button:hover {
    border-color: var(--bt-border-hover);
  }
  :host([selected]) {
    background: var(--bt-accent-soft-2);
  }
  :host([selected]) .num button {
    background: var(--bt-accent);
    color: var(--bt-accent-text);
  }
  .cell {
    position: relative;
    font-size: 1rem;
    line-height: 1.6;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* The find bar's match: a layer laid exactly over a text field (its box, its wrapping), where
     only the match shows, as a translucent marker over the field's own text. */
  .found-layer {
    position: absolute;
    top: 0;
    left: 0;
    right: 0;
    box-sizing: border-box;
    padding: 0.2rem 0.4rem;
    border: 1px solid transparent;
    font: inherit;
    line-height: 1.6;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    color: transparent;
    pointer-events: none;
  }
  mark.found {
    color: inherit;
    background: rgb(255 196 0 / 0.45);
    outline: 2px solid rgb(230 160 0 / 0.9);
    border-radius: 2px;
  }
  .source {
    padding: 0.25rem 0.4rem;
  }
  textarea {
    field-sizing: content;
    width: 100%;
    box-sizing: border-box;
    min-height: 2.1rem;
    resize: none;
    font: inherit;
    line-height: 1.6;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--bt-border-strong);
    border-radius: 4px;
    background: var(--bt-surface);
    color: inherit;
  }
  textarea:focus-visible {
    outline-offset: 1px;
  }
  .meta {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.2rem;
    font-size: 0.8rem;
    color: var(--bt-text-muted);
  }
  .peers {
    font-size: 0.75rem;
    padding: 0 0.35rem;
    border-radius: 999px;
    background: var(--bt-accent-soft);
    color: var(--bt-text);
  }
  .link[data-low] {
    color: var(--bt-warning-text-2);
    font-weight: 600;
  }
  .comments,
  .tags {
    color: var(--bt-warning-text);
    font-weight: 600;
  }
  .qa {
    color: var(--bt-warning-text);
    font-weight: 600;
  }
  .qa[data-error] {
    color: var(--bt-danger-strong);
  }
  .note-edit {
    grid-column: 2 / 4;
    display: flex;
    gap: 0.4rem;
    align-items: flex-start;
  }
  .note-input {
    flex: 1;
    min-height: 2.1rem;
    font-size: 0.9rem;
  }
  .note-edit button {
    font: inherit;
    font-size: 0.85rem;
  }
  .note {
    grid-column: 2 / 4;
    font-size: 0.85rem;
    color: var(--bt-text-muted);
  }
  /* Termbase terms in the active row's source. */
  .term {
    text-decoration: underline 2px var(--bt-accent);
    text-underline-offset: 0.25em;
  }
  .term[data-forbidden] {
    text-decoration-style: wavy;
    text-decoration-color: var(--bt-danger-strong);
  }
  ${chipStyles}
  ${visuallyHidden}
`;
