// The filter controls and the legend: one checkbox per tie type (its label shows the line the type is drawn
// with, so the checkboxes double as the edge legend), the depth choice, and the actor-kind key.
import { el } from './dom.js';
import { ACTOR_KINDS, KIND_STYLE, TIE_TYPES, TYPE_STYLE } from './vocabulary.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function lineSwatch(type) {
  const style = TYPE_STYLE[type];
  const dash = { solid: '', dashed: '6 3', dotted: '2 3' }[style.line];
  const line = svg('line', { x1: 2, y1: 7, x2: style.directed ? 24 : 32, y2: 7, stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': dash });
  const head = style.directed ? svg('path', { d: 'M24 2 L32 7 L24 12 Z', fill: style.colour }) : '';
  return svg('svg', { width: 34, height: 14, viewBox: '0 0 34 14', 'aria-hidden': 'true', class: 'swatch' }, line, head);
}

function kindSwatch(kind) {
  const { colour, shape } = KIND_STYLE[kind];
  const body = {
    ellipse: () => svg('circle', { cx: 8, cy: 8, r: 6.5 }),
    diamond: () => svg('path', { d: 'M8 1 L15 8 L8 15 L1 8 Z' }),
    'round-rectangle': () => svg('rect', { x: 1.5, y: 2.5, width: 13, height: 11, rx: 3 }),
  }[shape]();
  body.setAttribute('fill', colour);
  body.setAttribute('stroke', '#1F2328');
  body.setAttribute('stroke-width', '0.75');
  return svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'swatch' }, body);
}

export function createFilters(root, { onChange }) {
  const typeBox = root.querySelector('#type-filters');
  const depth = root.querySelector('#depth');
  const kinds = root.querySelector('#kind-legend');

  const boxes = TIE_TYPES.map((type) => {
    const input = el('input', { type: 'checkbox', id: `type-${type}`, name: 'types', value: type });
    input.addEventListener('change', () => onChange({ types: boxes.filter((b) => b.checked).map((b) => b.value) }));
    typeBox.append(el('div', { class: 'check' }, input, el('label', { for: input.id }, lineSwatch(type), TYPE_STYLE[type].label)));
    return input;
  });
  kinds.append(...ACTOR_KINDS.map((kind) => el('li', null, kindSwatch(kind), KIND_STYLE[kind].label)));
  depth.addEventListener('change', () => onChange({ depth: Number(depth.value) }));

  return {
    show(state) {
      for (const box of boxes) box.checked = state.types.includes(box.value);
      depth.value = String(state.depth);
    },
  };
}
