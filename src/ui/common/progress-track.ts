// The thin rounded track the grid's header and the library draw a document's progress in: a
// `.bar` of `span`s, each as wide as its share and coloured by its status class.
import { css } from 'lit';

export const progressTrackStyles = css`
  .bar {
    display: flex;
    height: 0.55rem;
    border-radius: 999px;
    overflow: hidden;
    background: var(--bt-status-track);
  }
  .bar span {
    display: block;
    height: 100%;
  }
`;
