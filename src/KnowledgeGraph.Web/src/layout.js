// Places the nodes with ForceAtlas2 (graphology-layout-forceatlas2), a force layout whose Barnes-Hut
// approximation keeps each iteration near O(n log n). fCoSE, Cytoscape's usual force layout, was measured
// first: its force phase runs at least five iterations per node, which at 1,900 nodes took minutes, while
// ForceAtlas2 settles the same graph in about a second. The result is rescaled to a fixed area per node
// whatever the graph's size, which keeps node and label sizes in proportion to the space between nodes.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

const SPACING = 100;

function iterationsFor(order) {
  return Math.round(Math.min(500, Math.max(60, 200000 / Math.max(order, 1))));
}

/**
 * Lays out every node of `cy`. With `fromScratch` the start is random; otherwise it starts from the current
 * positions, so an expansion moves the nodes already on screen as little as the forces allow.
 */
export function runLayout(cy, fromScratch) {
  const graph = new Graph({ type: 'undirected' });
  const spread = Math.sqrt(cy.nodes().length) * SPACING;
  cy.nodes().forEach((node) => {
    const p = node.position();
    const start = fromScratch ? { x: Math.random() * spread, y: Math.random() * spread } : { x: p.x, y: p.y };
    graph.addNode(node.id(), { ...start, size: 12 });
  });
  // Parallel relations between two actors pull as one edge, weighted by their reports.
  cy.edges().forEach((edge) => {
    const source = edge.data('source');
    const target = edge.data('target');
    if (source === target) return;
    const weight = edge.data('reportCount');
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, 'weight', (w) => w + weight);
    else graph.addEdge(source, target, { weight });
  });
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 250,
    adjustSizes: graph.order <= 250,
    outboundAttractionDistribution: true,
    edgeWeightInfluence: 0.5,
  };
  const positions = forceAtlas2(graph, { iterations: iterationsFor(graph.order), settings });
  const scale = SPACING / spacing(positions, graph.order);
  cy.nodes().positions((node) => {
    const p = positions[node.id()];
    return { x: p.x * scale, y: p.y * scale };
  });
}

/** The side of the square each node would get if the layout's bounding box were shared out evenly. */
function spacing(positions, order) {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const key in positions) {
    const p = positions[key];
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const side = Math.sqrt(((x2 - x1) * (y2 - y1)) / Math.max(order, 1));
  return side > 0 ? side : SPACING;
}
