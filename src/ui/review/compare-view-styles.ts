// The review page's own styles (its rows and bars bring their own).
import { css } from 'lit';

export const compareViewStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 0;
    height: 100%;
    background: var(--bt-surface-2);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.6rem;
    padding: 0.45rem 0.75rem;
    background: var(--bt-surface);
    border-bottom: 1px solid var(--bt-border);
    font-size: 0.88rem;
  }
  .list {
    flex: 1;
    min-height: 0;
    overflow: auto;
    position: relative;
  }
  /* Inside: the scroller clips anything drawn outside it. */
  .list:focus-visible {
    outline-offset: -2px;
  }
  .message {
    padding: 2rem;
    text-align: center;
    color: var(--bt-text-3);
  }
  .progress {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    padding: 0.3rem 0.75rem;
    background: var(--bt-surface);
    border-bottom: 1px solid var(--bt-border);
    font-size: 0.85rem;
    color: var(--bt-text-2);
  }
  .progress progress {
    flex: 0 1 16rem;
  }
`;
