// window.__kgPerf: a probe for browser tests. measureFrames(n) pans and zooms the graph programmatically for
// n animation frames and reports the frame times (requestAnimationFrame deltas) in milliseconds, after some
// unrecorded warm-up frames in which Cytoscape builds its texture caches for the moving view; layout() gives
// the latest layout's duration; locate(id) gives the page coordinates of a node or of an edge's midpoint, so a
// test can click the canvas itself.
// The per-frame callback allocates nothing: buffers and viewport arguments are made once and reused.

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function installPerfProbe(graph, isBusy) {
  const cy = graph.cy;

  function measureFrames(frames = 120, warmup = 30) {
    const count = Math.max(2, Math.floor(frames));
    const skip = Math.max(0, Math.floor(warmup));
    const deltas = new Float64Array(count);
    const pan = { x: 0, y: 0 };
    const zoom = { level: 1, renderedPosition: { x: 0, y: 0 } };
    const startPan = { ...cy.pan() };
    const startZoom = cy.zoom();
    zoom.renderedPosition.x = cy.width() / 2;
    zoom.renderedPosition.y = cy.height() / 2;
    let frame = -1 - skip;
    let last = 0;
    return new Promise((resolve) => {
      function step(now) {
        if (frame >= 0) deltas[frame] = now - last;
        last = now;
        frame += 1;
        if (frame === count) {
          cy.viewport({ zoom: startZoom, pan: startPan });
          const sorted = Float64Array.from(deltas).sort();
          let total = 0;
          for (const d of sorted) total += d;
          resolve({
            frames: count,
            nodes: cy.nodes().length,
            edges: cy.edges().length,
            median: percentile(sorted, 0.5),
            p95: percentile(sorted, 0.95),
            max: sorted[sorted.length - 1],
            mean: total / count,
          });
          return;
        }
        // Alternate between panning in a slow circle and zooming in and out around the centre.
        const phase = (frame + skip) / 30;
        if (Math.floor(phase) % 2 === 0) {
          pan.x = Math.cos(phase * Math.PI) * 6;
          pan.y = Math.sin(phase * Math.PI) * 6;
          cy.panBy(pan);
        } else {
          zoom.level = startZoom * (1 + 0.25 * Math.sin(phase * Math.PI));
          cy.zoom(zoom);
        }
        requestAnimationFrame(step);
      }
      requestAnimationFrame(step);
    });
  }

  window.__kgPerf = {
    measureFrames,
    /** True while the view is loading or laying out. */
    busy: () => isBusy(),
    counts: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
    /** Where the drawn graph lies on the canvas: its rendered bounding box and the canvas size, in pixels. */
    drawnBounds() {
      const box = cy.elements().renderedBoundingBox();
      return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, width: cy.width(), height: cy.height() };
    },
    /** The latest layout's duration in milliseconds and the nodes and edges it placed. */
    layout: () => graph.lastLayout(),
    locate(id) {
      const element = cy.getElementById(id);
      if (element.empty()) return null;
      const point = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
  };
}
