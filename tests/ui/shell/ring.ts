// Whether a keyboard focus ring is drawn whole: nothing between the control and the element under
// test clips the outline (an `overflow: hidden` group cut it down to a 1 px line).

/**
 * The first element, from the control up to `host`, whose overflow clips the control's ring, as
 * its tag and classes (a string, so a failure message can say it).
 */
export function ringClippedBy(control: HTMLElement, host: HTMLElement): string | undefined {
  const s = getComputedStyle(control);
  const reach = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
  const r = control.getBoundingClientRect();
  for (let n: Element | null = control; n;) {
    const up: Element | null = n.parentElement ?? (n.getRootNode() as ShadowRoot).host ?? null;
    if (!up) return undefined;
    const o = getComputedStyle(up);
    if (o.overflowX !== 'visible' || o.overflowY !== 'visible') {
      // The clip is the padding box.
      const b = up.getBoundingClientRect();
      const left = b.left + up.clientLeft;
      const top = b.top + up.clientTop;
      const inside =
        r.left - reach >= left - 0.5 &&
        r.top - reach >= top - 0.5 &&
        r.right + reach <= left + up.clientWidth + 0.5 &&
        r.bottom + reach <= top + up.clientHeight + 0.5;
      if (!inside) return [up.localName, ...up.classList].join('.');
    }
    if (up === host) return undefined;
    n = up;
  }
  return undefined;
}
