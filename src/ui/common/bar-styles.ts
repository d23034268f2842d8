// The layout of the thin bars above the grid (track changes, selected rows): one row of
// controls that wraps, each bar giving its own colours.
import { css } from 'lit';

export const barStyles = css`
  :host {
    display: block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.6rem;
    padding: 0.35rem 0.75rem;
    font-size: 0.88rem;
  }
  button,
  input,
  select {
    font: inherit;
  }
`;
