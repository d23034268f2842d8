// Text with inline-code placeholders rendered as inert chips. The chip shows a number; the code's
// native text (e.g. `<b>`) is only ever a tooltip and an accessible name, bound as text by Lit.
import { css, html, type TemplateResult } from 'lit';
import { chipParts } from '../../core/chips.js';
import type { InlineCode } from '../../core/model.js';
import { t } from '../../i18n/index.js';

export const chipStyles = css`
  .chip {
    display: inline-block;
    padding: 0 0.25em;
    margin: 0 0.1em;
    border-radius: 3px;
    background: #e8ebf2;
    color: #3b4456;
    font-size: 0.75em;
    line-height: 1.4;
    vertical-align: 0.1em;
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

/** `text` as plain runs and chips; without codes it is the text unchanged. */
export function withChips(
  text: string,
  codes: readonly InlineCode[] | undefined,
): string | TemplateResult[] {
  if (!codes?.length) return text;
  return chipParts(text, codes).map((p) =>
    'code' in p
      ? html`<span
          class="chip"
          role="img"
          title=${p.code.data}
          aria-label=${t('exchange.chip', { label: p.label, data: p.code.data || p.code.tag })}
          >${p.label}</span
        >`
      : html`${p.text}`,
  );
}
