// The project library's layout (bt-project-library), kept apart so the element stays readable.
import { css } from 'lit';

export const libraryStyles = css`
  :host {
    display: block;
    max-width: 60rem;
    margin: 0 auto;
    padding: 1.5rem 1rem;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 1rem;
  }
  /* Focused by script only (after the last project is deleted): no ring on a heading. */
  h2[tabindex='-1']:focus {
    outline: none;
  }
  /* The page's main action: a link drawn as the controls' primary button, the same height. */
  a.new {
    /* As a button's: min-height includes the border, or the link stands 2 px taller. */
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    vertical-align: middle;
    min-height: 1.9rem;
    padding: 0 0.9rem;
    border: 1px solid var(--bt-accent-strong);
    border-radius: var(--bt-radius);
    background: var(--bt-accent-strong);
    color: var(--bt-accent-text);
    text-decoration: none;
    font-size: var(--bt-font-sm);
    font-weight: 600;
  }
  a.new:hover {
    background: var(--bt-accent);
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.85rem;
  }
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  li {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.7rem 1rem;
    background: var(--bt-surface);
    border: 1px solid var(--bt-border);
    border-radius: 8px;
    margin-bottom: 0.5rem;
  }
  li a {
    font-weight: 600;
    color: var(--bt-link);
    text-decoration: none;
    font-size: 1.05rem;
  }
  li a:hover,
  li a:focus-visible {
    text-decoration: underline;
  }
  .meta {
    color: var(--bt-text-muted);
    font-size: 0.85rem;
  }
  .grow {
    flex: 1;
    min-width: 0;
  }
  .empty,
  .hint {
    color: var(--bt-text-muted);
  }
  .hint {
    font-size: 0.85rem;
  }
  /* A narrow window: the name and progress take the row, the buttons wrap below. */
  @media (max-width: 32rem) {
    li {
      flex-wrap: wrap;
    }
    .grow {
      flex-basis: 100%;
    }
  }
  .backup {
    margin-top: 2rem;
    padding: 1rem;
    background: var(--bt-surface);
    border: 1px solid var(--bt-border);
    border-radius: 8px;
  }
  .backup h2 {
    margin-bottom: 0.4rem;
  }
  fieldset {
    margin-top: 0.75rem;
    border: 1px solid var(--bt-border);
    border-radius: 6px;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  label.inline {
    flex-direction: row;
    align-items: center;
  }
  .finder {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .finder input {
    flex: 0 1 18rem;
    min-width: 10rem;
  }
`;
