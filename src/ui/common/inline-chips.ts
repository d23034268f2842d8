// Text with inline-code placeholders rendered as inert chips. The chip shows a number; the code's
// native text (e.g. `<b>`) is only ever a tooltip and an accessible name, bound as text by Lit.
// Hidden characters (bidi controls, zero-width ones) are drawn as boxed labels in their place, so
// none of them can reorder or hide the text around it.
import { css, html, type TemplateResult } from 'lit';
import { chipParts } from '../../core/chips.js';
import type { InlineCode } from '../../core/model.js';
import { hasInvisible, invisibleParts, type Invisible } from '../../core/text/invisible.js';
import { t } from '../../i18n/index.js';

export const chipStyles = css`
  .chip {
    display: inline-block;
    padding: 0 0.25em;
    margin: 0 0.1em;
    border-radius: 3px;
    background: var(--bt-chip);
    color: var(--bt-chip-text);
    font-size: 0.75em;
    line-height: 1.4;
    vertical-align: 0.1em;
    user-select: none;
  }
  .hidden-char {
    display: inline-block;
    padding: 0 0.2em;
    margin: 0 0.05em;
    border: 1px solid var(--bt-warning);
    border-radius: 2px;
    color: var(--bt-warning-text);
    font-size: 0.65em;
    line-height: 1.3;
    vertical-align: 0.15em;
    user-select: none;
  }
`;

/** Text read out by screen readers but not shown (row numbers, labels of marks). */
export const visuallyHidden = css`
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

function hiddenChar(h: Invisible): TemplateResult {
  const name = t('grid.hiddenChar', { code: h.code, name: h.name });
  return html`<span class="hidden-char" role="img" title=${name} aria-label=${name}
    >${h.label}</span
  >`;
}

/** A plain run of text, its hidden characters drawn as markers. */
export function withHiddenChars(text: string): string | TemplateResult[] {
  if (!hasInvisible(text)) return text;
  return invisibleParts(text).map((p) => ('hidden' in p ? hiddenChar(p.hidden) : html`${p.text}`));
}

/** `text` as plain runs and chips, hidden characters marked; otherwise the text unchanged. */
export function withChips(
  text: string,
  codes: readonly InlineCode[] | undefined,
): string | TemplateResult[] {
  if (!codes?.length) return withHiddenChars(text);
  return chipParts(text, codes).map((p) =>
    'code' in p
      ? html`<span
          class="chip"
          role="img"
          title=${p.code.data}
          aria-label=${t('exchange.chip', { label: p.label, data: p.code.data || p.code.tag })}
          >${p.label}</span
        >`
      : html`${withHiddenChars(p.text)}`,
  );
}
