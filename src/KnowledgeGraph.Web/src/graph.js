// The graph canvas: Cytoscape.js 3.34 with its canvas renderer; layout.js places the nodes.
//
// Why Cytoscape.js rather than sigma 3 + graphology: both draw 2,000 nodes smoothly (Cytoscape with its
// canvas renderer, level-of-detail labels and texture caching; sigma with WebGL), but Cytoscape also gives,
// out of the box, what this page needs and sigma would need extra programs or packages for: hit-testing and
// tap events on edges (evidence is read by clicking an edge), parallel edges between two actors drawn apart
// (one actor can both attack and meet another), line patterns and arrowheads per tie type, and a
// declarative stylesheet keyed on data (kind, type, report count). It also runs on a plain 2D canvas, so it
// works in headless browsers and on machines where WebGL is unavailable. Only the layout comes from the
// graphology side (ForceAtlas2, see layout.js), because Cytoscape's own force layouts are too slow at 2,000.
import cytoscape from 'cytoscape';
import { graphStylesheet } from './graph-style.js';
import { runLayout } from './layout.js';
import { KIND_STYLE, TYPE_STYLE } from './vocabulary.js';

/**
 * Creates the graph view in `container`. `onActivateNode(id)` runs when a node is clicked or tapped,
 * `onChooseEdge(id)` when an edge is.
 */
export function createGraphView(container, tooltip, { onActivateNode, onChooseEdge }) {
  const cy = cytoscape({
    container,
    style: graphStylesheet(),
    textureOnViewport: true,
    motionBlur: false,
    boxSelectionEnabled: false,
    autounselectify: true,
    minZoom: 0.03,
    maxZoom: 4,
  });
  let chosenEdge = null;
  let fitWhenShown = false;
  let lastLayout = null;

  cy.on('tap', 'node', (event) => onActivateNode(event.target.id()));
  cy.on('tap', 'edge', (event) => onChooseEdge(event.target.id()));
  cy.on('mouseover', 'node, edge', (event) => showTooltip(tooltip, event.target, event.renderedPosition));
  const hideTooltip = () => { if (!tooltip.hidden) tooltip.hidden = true; };
  cy.on('mouseout', 'node, edge', hideTooltip);
  cy.on('viewport', hideTooltip);
  // When a side panel opens or closes, keep the point at the centre of the canvas where it was (also across
  // a spell in list view, when the canvas is hidden and has no size).
  const size = { width: container.clientWidth, height: container.clientHeight };
  const shift = { x: 0, y: 0 };
  new ResizeObserver(() => {
    if (container.clientWidth === 0 || container.clientHeight === 0) return;
    const wasShown = size.width > 0 && size.height > 0;
    shift.x = (container.clientWidth - size.width) / 2;
    shift.y = (container.clientHeight - size.height) / 2;
    size.width = container.clientWidth;
    size.height = container.clientHeight;
    cy.resize();
    if (fitWhenShown) fit();
    else if (wasShown) cy.panBy(shift);
  }).observe(container);

  // On an expansion, new nodes start next to a neighbour already on screen (or anywhere in the view), so
  // the layout only has to settle them.
  function placeNear(node, positioned) {
    for (const neighbour of node.neighborhood('node')) {
      if (positioned.has(neighbour.id())) {
        const p = neighbour.position();
        return { x: p.x + (Math.random() - 0.5) * 60, y: p.y + (Math.random() - 0.5) * 60 };
      }
    }
    const extent = cy.extent();
    return { x: extent.x1 + Math.random() * extent.w, y: extent.y1 + Math.random() * extent.h };
  }

  // Fits the graph, but never zooms a small graph in beyond the size its labels are drawn for. A hidden
  // canvas (list view) has no size to fit to, so the fit waits until it is shown again.
  function fit() {
    fitWhenShown = container.clientWidth === 0 || container.clientHeight === 0;
    if (fitWhenShown) return;
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }
  }

  return {
    cy,
    fit,

    /** Shows exactly these actors and relations, keeping the positions of those already on screen. */
    setGraph({ nodes, relations }, seeds, expanded) {
      const nodeIds = new Set(nodes.map((n) => n.id));
      const edgeIds = new Set(relations.map((r) => r.id));
      const hadNodes = cy.nodes().length > 0;
      const positioned = new Set();
      let fresh = cy.collection();
      let gone = cy.collection();
      cy.batch(() => {
        gone = cy.elements().filter((e) => !(e.isNode() ? nodeIds : edgeIds).has(e.id())).remove();
        cy.nodes().forEach((n) => positioned.add(n.id()));
        const newNodes = nodes.filter((n) => !positioned.has(n.id))
          .map((n) => ({ group: 'nodes', data: { id: n.id, name: n.name, kind: n.kind } }));
        fresh = cy.add(newNodes);
        const newEdges = [];
        for (const r of relations) {
          const existing = cy.getElementById(r.id);
          if (existing.nonempty()) existing.data('reportCount', r.reportCount);
          else newEdges.push({ group: 'edges', data: { id: r.id, source: r.source.id, target: r.target.id, type: r.type, reportCount: r.reportCount } });
        }
        cy.add(newEdges);
        if (hadNodes) fresh.forEach((n) => { n.position(placeNear(n, positioned)); });
        cy.nodes().removeClass('seed expanded');
        for (const id of seeds) cy.getElementById(id).addClass('seed');
        for (const id of expanded) cy.getElementById(id).addClass('expanded');
        if (chosenEdge) cy.getElementById(chosenEdge).addClass('chosen');
      });
      if (fresh.nonempty()) {
        const started = performance.now();
        runLayout(cy, !hadNodes);
        lastLayout = { nodes: cy.nodes().length, edges: cy.edges().length, ms: performance.now() - started };
      }
      // A narrower date window (or a type filter) takes actors away: fit what is left, so it does not stay a
      // small cluster in a corner of a view sized for the old graph; a wider one brings them back into view.
      if (fresh.nonempty() || gone.nodes().nonempty()) fit();
    },

    /** How long the latest layout took, and of how many nodes and edges; null before the first. */
    lastLayout: () => lastLayout,

    setChosenEdge(id) {
      chosenEdge = id;
      cy.batch(() => {
        cy.edges('.chosen').removeClass('chosen');
        if (id) cy.getElementById(id).addClass('chosen');
      });
    },

    /** Marks the actors and relations on the found paths and fades the rest; empty sets clear the marks. */
    highlightPaths(nodeIds, edgeIds) {
      cy.batch(() => {
        cy.elements().removeClass('path faded');
        if (nodeIds.size === 0) return;
        cy.elements().forEach((e) => {
          e.addClass((e.isNode() ? nodeIds : edgeIds).has(e.id()) ? 'path' : 'faded');
        });
      });
    },

  };
}

function showTooltip(tooltip, element, position) {
  if (element.isNode()) {
    const kind = KIND_STYLE[element.data('kind')]?.label ?? element.data('kind');
    const hint = element.hasClass('seed') || element.hasClass('expanded') ? '' : ' · click to expand';
    tooltip.textContent = `${element.data('name')} (${kind})${hint}`;
  } else {
    const source = element.source().data('name');
    const target = element.target().data('name');
    const count = element.data('reportCount');
    tooltip.textContent = `${source} ${TYPE_STYLE[element.data('type')].verb} ${target} · ${count} report${count === 1 ? '' : 's'} · click for evidence`;
  }
  tooltip.style.transform = `translate(${Math.round(position.x + 12)}px, ${Math.round(position.y + 12)}px)`;
  tooltip.hidden = false;
}
