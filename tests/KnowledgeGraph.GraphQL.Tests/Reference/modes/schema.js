// Builds each SDL with buildSchema and validates it, answering with printSchema's output or with the
// messages of the errors graphql-js reports (assertValidSDL's or validateSchema's).
// payload: [{ "sdl": string }]
// result:  [{ "printed": string } | { "errors": [string] }]
'use strict';

function buildOne(item, graphql) {
  let schema;
  try {
    schema = graphql.buildSchema(item.sdl);
  } catch (error) {
    return { errors: String(error.message).split('\n\n') };
  }
  const errors = graphql.validateSchema(schema);
  if (errors.length > 0) {
    return { errors: errors.map((error) => error.message) };
  }
  return { printed: graphql.printSchema(schema) };
}

exports.run = function run(payload, graphql) {
  return payload.map((item) => buildOne(item, graphql));
};
