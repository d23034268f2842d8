// The translation grid's own styles (its rows and bars bring their own).
import { css } from 'lit';

export const editorStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
  }
  .summary {
    padding: 0.4rem 0.75rem;
    background: var(--bt-surface);
    border-bottom: 1px solid var(--bt-divider);
  }
  .columns {
    display: grid;
    grid-template-columns: 3.2rem 1fr 1fr 6.5rem;
    gap: 0 0.5rem;
    padding: 0.3rem 0.75rem;
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--bt-text-muted);
    background: var(--bt-surface-3);
    border-bottom: 1px solid var(--bt-border);
  }
  .grid {
    flex: 1;
    min-height: 0;
    overflow: auto;
    position: relative;
  }
  /* Inside: the scroller clips anything drawn outside it. */
  .grid:focus-visible {
    outline-offset: -2px;
  }
  .empty {
    padding: 2rem;
    text-align: center;
    color: var(--bt-text-muted);
  }
`;
