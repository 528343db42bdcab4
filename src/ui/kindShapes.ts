import type { EventKind } from '../events/schema.ts';
import type { Translator } from '../i18n/translator.ts';

/**
 * Each kind of event has its own silhouette, so that colour is never the only cue (and print in
 * grey keeps them apart). Paths are drawn in a 10 × 10 box and filled even-odd: the proposal's
 * ring is an open resolution, a text not (yet) adopted.
 */
export const KIND_SHAPES: Readonly<Record<EventKind, { readonly path: string }>> = {
  resolution: { path: 'M5 .5A4.5 4.5 0 1 1 5 9.5A4.5 4.5 0 1 1 5 .5Z' },
  report: { path: 'M1 1H9V9H1Z' },
  treaty: { path: 'M5 0L10 5L5 10L0 5Z' },
  statement: { path: 'M5 .5L9.8 9.5H.2Z' },
  meeting: { path: 'M3.5 .5H6.5V3.5H9.5V6.5H6.5V9.5H3.5V6.5H.5V3.5H3.5Z' },
  proposal: { path: 'M5 .5A4.5 4.5 0 1 1 5 9.5A4.5 4.5 0 1 1 5 .5ZM5 2.6A2.4 2.4 0 1 0 5 7.4A2.4 2.4 0 1 0 5 2.6Z' },
};

export const KIND_ORDER = Object.keys(KIND_SHAPES) as EventKind[];

/** The kind's name in the reader's language: "Treaty or convention", « Traité ou convention ». */
export function kindName(t: Translator['t'], kind: EventKind): string {
  return t(`kind.${kind}`);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The shape as a DOM node, for vis-timeline's item template (which takes elements, never HTML).
 * Where no visible text names the kind, the shape carries its `name` for screen readers.
 */
export function kindShapeElement(kind: EventKind, name?: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `kind-shape kind-${kind}`);
  svg.setAttribute('viewBox', '0 0 10 10');
  svg.setAttribute('fill-rule', 'evenodd');
  if (name !== undefined) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', name);
  } else {
    svg.setAttribute('aria-hidden', 'true');
  }
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', KIND_SHAPES[kind].path);
  svg.append(path);
  return svg;
}
