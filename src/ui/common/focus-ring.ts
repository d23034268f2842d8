import { css } from 'lit';

/**
 * The one keyboard focus ring, first in every component's styles: page.css cannot reach into
 * shadow roots, and a browser's default ring is hard to see on some of the theme's surfaces.
 * Scrolling containers override only the offset, to draw the ring inside their clipped edges.
 */
export const focusRing = css`
  :focus-visible,
  :host(:focus-visible) {
    outline: 2px solid var(--bt-focus-ring);
    outline-offset: 2px;
  }
`;
