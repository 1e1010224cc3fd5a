// Runs a conformance corpus against graphql-js: builds the schema from SDL, links the data file,
// binds the recipes, then parses, validates and executes every case in order.
// payload: { sdl, data: JSON text, bindings: JSON text, cases: [{ source, variables?: JSON text, operationName? }] }
// result:  per case { stage: "syntax" | "validation", errors } or { stage: "execution", result } or { stage: "thrown", message }
'use strict';

const { replaceLoneSurrogates } = require('./errors.js');
const { linkData } = require('./conformance/linked-data.js');
const { bindResolvers } = require('./conformance/recipes.js');
const { bindScalars } = require('./conformance/scalars.js');

// JSON readers refuse lone surrogates anywhere, so every string of an answer gets the marker.
function cleanStrings(value) {
  if (typeof value === 'string') {
    return replaceLoneSurrogates(value);
  }
  if (Array.isArray(value)) {
    return value.map(cleanStrings);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [replaceLoneSurrogates(key), cleanStrings(entry)]));
  }
  return value;
}

function asJson(value) {
  return cleanStrings(JSON.parse(JSON.stringify(value)));
}

async function runCase(schema, root, item, graphql) {
  let document;
  try {
    document = graphql.parse(item.source);
  } catch (error) {
    if (!(error instanceof graphql.GraphQLError)) {
      throw error;
    }
    return { stage: 'syntax', errors: asJson([error]) };
  }
  const errors = graphql.validate(schema, document);
  if (errors.length > 0) {
    return { stage: 'validation', errors: asJson(errors) };
  }
  try {
    const result = await graphql.execute({
      schema,
      document,
      rootValue: root,
      variableValues: item.variables === undefined ? undefined : JSON.parse(item.variables),
      operationName: item.operationName,
    });
    return { stage: 'execution', result: asJson(result) };
  } catch (error) {
    return { stage: 'thrown', message: replaceLoneSurrogates(String(error.message)) };
  }
}

// graphql-js 16 leaves the promises of a list's other items unobserved once one item fails a non-null
// position; their later rejections are errors it has already decided to drop, not failures of this script.
process.on('unhandledRejection', () => {});

exports.run = async function run(payload, graphql) {
  const schema = graphql.buildSchema(payload.sdl);
  const root = linkData(JSON.parse(payload.data));
  const bindings = JSON.parse(payload.bindings);
  bindScalars(schema, bindings, graphql);
  bindResolvers(schema, root, bindings);
  const outcomes = [];
  for (const item of payload.cases) {
    outcomes.push(await runCase(schema, root, item, graphql));
  }
  return outcomes;
};
