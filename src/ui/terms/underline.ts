// The active row's source with its recognised terms underlined. Offsets are into the stored text
// (inline codes as one character each), so each piece is shown with its chips as the row would.
import { html, nothing, type TemplateResult } from 'lit';
import type { InlineCode } from '../../core/model.js';
import type { TermHit } from '../../core/terms/types.js';
import { withChips } from '../common/inline-chips.js';

export function underlineTerms(
  text: string,
  codes: readonly InlineCode[] | undefined,
  hits: readonly TermHit[],
): TemplateResult {
  const parts: unknown[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue;
    if (h.start > at) parts.push(withChips(text.slice(at, h.start), codes));
    const forbidden = h.targets.length > 0 && h.targets.every((t) => t.status === 'forbidden');
    parts.push(
      html`<span
        class="term"
        role="term"
        ?data-forbidden=${forbidden || h.sourceStatus === 'forbidden'}
        >${withChips(text.slice(h.start, h.end), codes)}</span
      >`,
    );
    at = h.end;
  }
  parts.push(at < text.length ? withChips(text.slice(at), codes) : nothing);
  return html`${parts}`;
}
