// Icons from lucide, drawn as Lit SVG templates. lucide ships each icon as plain data (a list of
// SVG elements and their attributes), so only the icons imported anywhere reach the bundle and no
// markup string is ever parsed.
import { svg, nothing, type SVGTemplateResult } from 'lit';

type Attrs = Record<string, string | number | undefined>;
/** One lucide icon: its SVG children as [tag, attributes]. */
export type IconNode = readonly (readonly [string, Attrs])[];

const a = (attrs: Attrs, name: string) => attrs[name] ?? nothing;

// Lit cannot bind a tag name, so each element lucide uses gets its own template.
function child([tag, at]: readonly [string, Attrs]): SVGTemplateResult {
  switch (tag) {
    case 'circle':
      return svg`<circle cx=${a(at, 'cx')} cy=${a(at, 'cy')} r=${a(at, 'r')}></circle>`;
    case 'rect':
      return svg`<rect x=${a(at, 'x')} y=${a(at, 'y')} width=${a(at, 'width')} height=${a(
        at,
        'height',
      )} rx=${a(at, 'rx')} ry=${a(at, 'ry')}></rect>`;
    case 'line':
      return svg`<line x1=${a(at, 'x1')} y1=${a(at, 'y1')} x2=${a(at, 'x2')} y2=${a(at, 'y2')}></line>`;
    case 'polyline':
      return svg`<polyline points=${a(at, 'points')}></polyline>`;
    case 'polygon':
      return svg`<polygon points=${a(at, 'points')}></polygon>`;
    case 'ellipse':
      return svg`<ellipse cx=${a(at, 'cx')} cy=${a(at, 'cy')} rx=${a(at, 'rx')} ry=${a(
        at,
        'ry',
      )}></ellipse>`;
    default:
      return svg`<path d=${a(at, 'd')}></path>`;
  }
}

/** An icon at the text's size, hidden from assistive technology (the control has the name). */
export const icon = (node: IconNode) =>
  svg`<svg class="icon" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="1.1em"
    height="1.1em" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"
    stroke-linejoin="round" aria-hidden="true" focusable="false">${node.map(child)}</svg>`;
