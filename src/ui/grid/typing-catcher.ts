// A bar or dialog that loads its code on first use (the find bar, Ctrl+F / Ctrl+H; the
// concordance, Ctrl+K) is not there for the keys typed right after its shortcut: left where it
// was, the keyboard typed them into the row being edited (a reviewed row became a draft). A
// stand-in field takes the keyboard at once instead, and gives what was typed to the real box.

/** What was typed while the real box loaded, and whether Esc asked to give up. */
export interface Caught {
  text: string;
  cancelled: boolean;
}

/**
 * Puts the keyboard in an out-of-sight field labelled `label`, now. The function returned
 * removes the field and says what was typed into it; call it just before focusing the real box.
 */
export function catchTyping(label: string): () => Caught {
  const input = document.createElement('input');
  input.type = 'text';
  input.setAttribute('aria-label', label);
  // Through the CSSOM: the page's CSP allows no style attribute.
  Object.assign(input.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '1px',
    height: '1px',
    opacity: '0',
    pointerEvents: 'none',
  });
  let cancelled = false;
  input.addEventListener('keydown', (e) => {
    // The stand-in is nobody's field: no grid or page shortcut fires from it.
    e.stopPropagation();
    if (e.key === 'Escape' && !e.isComposing) cancelled = true;
    if (e.key === 'Enter' || e.key === 'Escape') e.preventDefault();
  });
  document.body.append(input);
  input.focus({ preventScroll: true });
  return () => {
    const text = input.value;
    input.remove();
    return { text, cancelled };
  };
}
