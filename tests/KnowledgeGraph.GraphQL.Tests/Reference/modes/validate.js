// Validates documents with graphql-js's default rules against schemas built from SDL.
// payload: { schemas: { <name>: sdl }, cases: [{ schema: <name>, source: string, options?: { maxErrors?, hideSuggestions? } }] }
// result:  [{ errors: [{ message, locations }] } | { syntaxError: {...} } | { thrown: {...}, errors: [...] }]
// "thrown" is graphql-js's validate itself throwing instead of returning errors. Only
// SingleFieldSubscriptionsRule is known to (on @skip/@include conditions it cannot evaluate), so the
// errors are then those of every other rule, for the rest of the document to be compared.
'use strict';

const { formatError } = require('./errors.js');

function describeThrown(error) {
  if (error instanceof Error && error.constructor.name === 'GraphQLError') {
    return formatError(error);
  }
  return { message: String(error && error.message), locations: null };
}

exports.run = function run(payload, graphql) {
  const schemas = Object.create(null);
  for (const [name, sdl] of Object.entries(payload.schemas)) {
    schemas[name] = graphql.buildSchema(sdl);
  }

  return payload.cases.map((item) => {
    let document;
    try {
      document = graphql.parse(item.source);
    } catch (error) {
      return { syntaxError: formatError(error) };
    }
    try {
      const errors = graphql.validate(schemas[item.schema], document, undefined, item.options ?? undefined);
      return { errors: errors.map(formatError) };
    } catch (error) {
      const otherRules = graphql.specifiedRules.filter((rule) => rule !== graphql.SingleFieldSubscriptionsRule);
      const errors = graphql.validate(schemas[item.schema], document, otherRules, item.options ?? undefined);
      return { thrown: describeThrown(error), errors: errors.map(formatError) };
    }
  });
};
