// The new-project page's own styles (the alignment view brings its own).
import { css } from 'lit';

export const newProjectStyles = css`
  :host {
    display: block;
    max-width: 80rem;
    margin: 0 auto;
    padding: 1rem;
  }
  /* Checking an alignment: the page is the window's height and the rows take what is left, so
     the active row is never under the status bar. */
  :host([checking]) {
    display: flex;
    flex-direction: column;
    height: 100%;
    box-sizing: border-box;
  }
  :host([checking]) bt-align-view {
    flex: 1 1 0;
    min-height: 16rem;
  }
  h2 {
    font-size: 1.2rem;
    margin: 0 0 0.75rem;
  }
  .sides {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 1rem;
  }
  .settings,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0.75rem 0;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    font-size: 0.9rem;
  }
  .preview {
    font-size: 0.9rem;
    color: var(--bt-text-2);
  }
  progress {
    width: 20rem;
  }
  .error {
    color: var(--bt-danger);
  }
`;
