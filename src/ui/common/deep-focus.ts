// Where the keyboard is, through open shadow roots (pages and dialogs that place the focus).
/** The element that has focus, looked up through open shadow roots; undefined when none does. */
export function deepActiveElement(): Element | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== document.body ? el : undefined;
}
