// The look of every control the workbench draws: buttons, icon buttons with a tooltip that names
// the command and its keys, selects, text fields, toggle chips and labelled groups. Shadow roots
// cannot see page.css, so a component adds these styles and gets the product's look from tokens.
import { css } from 'lit';

export const controlStyles = css`
  button,
  select,
  input,
  .chip {
    font: inherit;
    font-size: var(--bt-font-sm);
    color: var(--bt-text);
  }
  button,
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    min-height: 1.9rem;
    padding: 0 0.6rem;
    border: 1px solid var(--bt-border-strong);
    border-radius: var(--bt-radius);
    background: var(--bt-surface);
    cursor: pointer;
    white-space: nowrap;
  }
  button:hover:not(:disabled),
  .chip:hover {
    background: var(--bt-surface-3);
    border-color: var(--bt-border-hover);
  }
  button:disabled {
    color: var(--bt-disabled);
    cursor: default;
  }
  button.primary {
    background: var(--bt-accent-strong);
    border-color: var(--bt-accent-strong);
    color: var(--bt-accent-text);
  }
  button.primary:hover:not(:disabled) {
    background: var(--bt-accent);
  }
  button.primary:disabled {
    color: var(--bt-disabled);
    background: var(--bt-surface-3);
    border-color: var(--bt-border-strong);
  }
  /* Icon-only: square, the name is in aria-label and the tooltip. */
  button.icon-only {
    padding: 0;
    width: 1.9rem;
    justify-content: center;
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
  }
  button[aria-pressed='true'] {
    background: var(--bt-accent-soft);
    border-color: var(--bt-accent);
  }
  /* Text fields only: a radio given a field's height and border draws as a tall oval. */
  select,
  input:not([type='checkbox'], [type='radio']) {
    min-height: 1.9rem;
    box-sizing: border-box;
    padding: 0 0.4rem;
    border: 1px solid var(--bt-border-strong);
    border-radius: var(--bt-radius);
    background: var(--bt-surface);
  }
  select:disabled {
    color: var(--bt-disabled);
  }
  /* A checkbox drawn as a toggle chip: still a checkbox to assistive technology. */
  .chip input {
    margin: 0;
    accent-color: var(--bt-accent);
  }
  .chip:has(input:checked) {
    background: var(--bt-accent-soft);
    border-color: var(--bt-accent);
  }
  .chip:has(input:focus-visible) {
    outline: 2px solid var(--bt-focus-ring);
    outline-offset: 2px;
  }
  label.field {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-size: var(--bt-font-sm);
    color: var(--bt-text-2);
    white-space: nowrap;
  }
  .icon {
    flex-shrink: 0;
  }
  /* Tooltips: the command and its keys, on hover and on keyboard focus. */
  [data-tip]:hover::after,
  [data-tip]:focus-visible::after {
    content: attr(data-tip);
    position: absolute;
    top: calc(100% + 6px);
    left: 50%;
    transform: translateX(-50%);
    z-index: 20;
    padding: 0.25rem 0.5rem;
    border-radius: var(--bt-radius);
    background: var(--bt-inverse);
    color: var(--bt-inverse-text);
    font-size: 0.78rem;
    font-weight: 400;
    white-space: normal;
    width: max-content;
    max-width: 20rem;
    pointer-events: none;
  }
  /* A labelled group of controls, set apart from the next by a rule. */
  .group {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .group + .group {
    padding-left: 0.6rem;
    border-left: 1px solid var(--bt-border);
  }
`;
