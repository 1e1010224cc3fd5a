// Runs one batch against graphql-js, the reference implementation our engine is compared with.
// stdin:  {"mode": "<name>", "payload": <anything>}
// stdout: the JSON the mode returns for the payload.
// Each mode is a module in ./modes exporting `run(payload, graphql)`, so other areas (validation,
// execution) add a file there instead of editing this script. One process answers a whole batch:
// node's start-up is the slow part.
'use strict';

const fs = require('fs');
const path = require('path');
const graphql = require('graphql');

const request = JSON.parse(fs.readFileSync(0, 'utf8'));
const modeName = String(request.mode);
if (!/^[a-z][a-z0-9-]*$/.test(modeName)) {
  throw new Error(`Invalid mode name: ${modeName}`);
}

const mode = require(path.join(__dirname, 'modes', `${modeName}.js`));
Promise.resolve(mode.run(request.payload, graphql)).then((result) => {
  process.stdout.write(JSON.stringify(result));
});
