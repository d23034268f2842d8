// The shell's own look (header, main area, messages), apart from its logic in bt-app.ts.
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100vh;
  }
  header {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    gap: 0.4rem 0.8rem;
    padding: 0.4rem 1rem;
    background: var(--bt-surface);
    border-bottom: 1px solid var(--bt-border);
  }
  h1 {
    font-size: 1.05rem;
    margin: 0;
  }
  h1 a {
    color: inherit;
    text-decoration: none;
  }
  .project {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .spacer {
    flex: 1;
  }
  /* Only a narrow window wraps the header; a wide one shortens the project name instead. */
  @media (max-width: 1100px) {
    header {
      flex-wrap: wrap;
    }
  }
  /* The status bar: whether the work is saved, always in the same place. */
  .status-bar {
    display: flex;
    align-items: center;
    gap: 1rem;
    min-height: 1.6rem;
    padding: 0 1rem;
    border-top: 1px solid var(--bt-border);
    background: var(--bt-surface-2);
    font-size: 0.8rem;
  }
  main {
    flex: 1;
    min-height: 0;
    overflow: auto;
  }
  /* Focused only to carry the keyboard into a new page: no ring around the whole page. */
  main:focus {
    outline: none;
  }
  main.editor {
    overflow: hidden;
    display: grid;
  }
  .icon-link {
    position: relative;
    padding: 0.3rem;
    color: var(--bt-text-2);
  }
  .nav {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    font-size: var(--bt-font-sm);
  }
  /* The header's tooltips open leftwards: its buttons sit at the window's right edge. */
  header [data-tip]::after {
    left: auto;
    right: 0;
    transform: none;
  }
  /* Short labels never break inside (Chinese would wrap one character a line); the project
       name gives way instead. */
  header > a,
  header > button,
  h1 {
    white-space: nowrap;
    flex-shrink: 0;
  }
  /* Header links read as the product's links, not the browser's default blue and purple. */
  header > a:not(.icon-link) {
    color: var(--bt-link);
    text-decoration: none;
    font-size: var(--bt-font-sm);
  }
  header > a:hover {
    text-decoration: underline;
  }
  header > a[aria-current='page'] {
    color: inherit;
    font-weight: 600;
  }
  .project {
    min-width: 4rem;
    flex-shrink: 1;
  }
  .message {
    padding: 2rem;
    text-align: center;
  }
`;
