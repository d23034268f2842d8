// A file field in the UI's language. The browser draws `<input type="file">` with its own words
// ("Choose File", "No file chosen") in the browser's language, whatever language the workbench
// shows; so the input stays (keyboard, screen readers, its label's name) but is hidden from sight,
// and a button-like span drawn after it says what it does. Clicking the span clicks the label.
import { css, html, type TemplateResult } from 'lit';
import { t } from '../../i18n/index.js';

/** The span that stands in for the native button; put it right after the hidden input. */
export const fileButton = (): TemplateResult =>
  html`<span class="file-button" aria-hidden="true">${t('common.chooseFile')}</span>`;

/** Give the input `class="file-input"`; it must come right before `fileButton()`. */
export const filePickerStyles = css`
  .file-input {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .file-button {
    display: inline-flex;
    align-items: center;
    min-height: 1.9rem;
    padding: 0 0.6rem;
    border: 1px solid var(--bt-border-strong);
    border-radius: var(--bt-radius);
    background: var(--bt-surface);
    color: var(--bt-text);
    font-size: var(--bt-font-sm);
    cursor: pointer;
    white-space: nowrap;
  }
  .file-button:hover {
    background: var(--bt-surface-3);
    border-color: var(--bt-border-hover);
  }
  .file-input:focus-visible + .file-button {
    outline: 2px solid var(--bt-focus-ring);
    outline-offset: 2px;
  }
  .file-input:disabled + .file-button {
    color: var(--bt-disabled);
    cursor: default;
  }
`;
