// The entry browser's layout (bt-termbase-entries), kept apart so the element stays readable.
import { css } from 'lit';

export const termbaseEntriesStyles = css`
  dialog {
    width: min(52rem, 92vw);
    /* One height whatever the list holds: the search box stays put while the user types. */
    height: min(40rem, 85vh);
    border: 1px solid var(--bt-border);
    border-radius: 6px;
    background: var(--bt-surface);
    color: inherit;
    padding: 1rem 1.25rem;
    box-sizing: border-box;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .head {
    display: flex;
    align-items: baseline;
    gap: 0.6rem;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0;
    flex: 1;
  }
  input[type='search'] {
    display: block;
    width: 100%;
    box-sizing: border-box;
    margin-top: 0.25rem;
  }
  label {
    display: block;
  }
  .status {
    margin: 0;
    color: var(--bt-text-muted);
    font-size: 0.85rem;
  }
  .list {
    overflow: auto;
    flex: 1;
  }
  /*
   * A table drawn as rows of one fixed grid (its roles keep it a table to screen readers):
   * columns keep their widths while rows are added a frame at a time, and no row is
   * measured to lay out the others.
   */
  table,
  thead,
  tbody {
    display: block;
  }
  tr {
    display: grid;
    grid-template-columns: 32% 32% 1fr 5.5rem;
  }
  th,
  td {
    display: block;
  }
  th {
    text-align: start;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--bt-text-muted);
    position: sticky;
    top: 0;
    background: var(--bt-surface);
  }
  th,
  td {
    padding: 0.3rem 0.5rem 0.3rem 0;
    vertical-align: top;
    border-bottom: 1px solid var(--bt-divider);
    overflow-wrap: anywhere;
  }
  .term {
    display: block;
  }
  .source .term:first-child {
    font-weight: 600;
  }
  .forbidden {
    color: var(--bt-danger-strong);
  }
  .meta,
  td.note {
    color: var(--bt-text-muted);
    font-size: 0.85rem;
  }
  td.note {
    /* Notes merged on import are one a line. */
    white-space: pre-line;
  }
  td.edit {
    text-align: end;
  }
  button.edit {
    font-size: 0.8rem;
  }
`;
