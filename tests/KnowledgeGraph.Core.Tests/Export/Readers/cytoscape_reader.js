// Loads Cytoscape.js JSON exports into the npm cytoscape package, headless, and reports what it holds.
// Usage: node cytoscape_reader.js REPORT.json FILE.cyjs...
// The report maps each file to { data, nodes: {id: data}, edges: {id: data}, nodeCount, edgeCount, problems } or
// { error }. cytoscape throws on an edge whose end is missing but quietly drops an element whose id is taken, which
// the counts reveal; problems collects whatever it says on the console meanwhile.
'use strict';
const fs = require('fs');
const cytoscape = require('cytoscape');

function read(path) {
  const document = JSON.parse(fs.readFileSync(path, 'utf8'));
  const problems = [];
  const consoleError = console.error;
  const consoleWarn = console.warn;
  console.error = (...args) => problems.push(args.join(' '));
  console.warn = (...args) => problems.push(args.join(' '));
  try {
    const cy = cytoscape({ headless: true, elements: document.elements });
    const nodes = {};
    cy.nodes().forEach((node) => { nodes[node.id()] = node.data(); });
    const edges = {};
    cy.edges().forEach((edge) => {
      edges[edge.id()] = Object.assign({}, edge.data(), { sourceFound: edge.source().id(), targetFound: edge.target().id() });
    });
    return { data: document.data, nodeCount: cy.nodes().length, edgeCount: cy.edges().length, nodes, edges, problems };
  } finally {
    console.error = consoleError;
    console.warn = consoleWarn;
  }
}

const [report, ...paths] = process.argv.slice(2);
const results = {};
for (const path of paths) {
  try {
    results[path] = read(path);
  } catch (error) {
    results[path] = { error: String(error && error.stack || error) };
  }
}
fs.writeFileSync(report, JSON.stringify(results));
