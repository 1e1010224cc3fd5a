// Validates JSON Graph Format exports against the JGF v2 schema (json-graph-schema_v2.json, draft-07) with ajv.
// Usage: node jgf_validator.js REPORT.json FILE.jgf.json...
// The report maps each file to { valid, errors, nodeCount, edgeCount } or { error }.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv');

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'jgf', 'json-graph-schema_v2.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const [report, ...files] = process.argv.slice(2);
const results = {};
for (const file of files) {
  try {
    const document = JSON.parse(fs.readFileSync(file, 'utf8'));
    const valid = validate(document);
    const graph = document.graph || {};
    results[file] = {
      valid,
      errors: valid ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`),
      nodeCount: Object.keys(graph.nodes || {}).length,
      edgeCount: (graph.edges || []).length,
    };
  } catch (error) {
    results[file] = { error: String(error && error.stack || error) };
  }
}
fs.writeFileSync(report, JSON.stringify(results));
