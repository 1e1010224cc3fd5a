// The Cytoscape stylesheet. Everything is a plain value or a data mapper (which Cytoscape caches), never a
// function, so restyling 2,000 nodes stays cheap. Labels disappear below a readable zoom level, which is
// what keeps a fully zoomed-out view of a large neighbourhood fast to redraw.
import { ACTOR_KINDS, KIND_STYLE, TIE_TYPES, TYPE_STYLE } from './vocabulary.js';

const FOCUS = '#1A5FB4';
const PATH = '#F5C211';

export function graphStylesheet() {
  const kinds = ACTOR_KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': KIND_STYLE[kind].colour, shape: KIND_STYLE[kind].shape },
  }));
  const types = TIE_TYPES.map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': TYPE_STYLE[type].colour,
      'target-arrow-color': TYPE_STYLE[type].colour,
      'line-style': TYPE_STYLE[type].line,
      'target-arrow-shape': TYPE_STYLE[type].directed ? 'triangle' : 'none',
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        width: 18,
        height: 18,
        'border-width': 1,
        'border-color': '#FFFFFF',
        label: 'data(name)',
        'font-family': 'system-ui, sans-serif',
        'font-size': 11,
        color: '#1F2328',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-max-width': '140px',
        'text-wrap': 'ellipsis',
        'text-background-color': '#FFFFFF',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 9,
        'text-events': 'no',
      },
    },
    ...kinds,
    { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1F2328' } },
    { selector: 'node.seed', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#1F2328', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(reportCount, 1, 10, 1.5, 7)',
        'curve-style': 'bezier',
        'control-point-step-size': 14,
        'arrow-scale': 0.9,
        opacity: 0.85,
      },
    },
    ...types,
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.path', style: { 'underlay-color': PATH, 'underlay-opacity': 0.7, 'underlay-padding': 5, opacity: 1 } },
    { selector: 'edge.chosen', style: { 'underlay-color': FOCUS, 'underlay-opacity': 0.45, 'underlay-padding': 6, opacity: 1, 'z-index': 10 } },
  ];
}
