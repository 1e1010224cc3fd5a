// Answers with getIntrospectionQuery's text for each set of options.
// payload: [options]   result: [string]
'use strict';

exports.run = function run(payload, graphql) {
  return payload.map((options) => graphql.getIntrospectionQuery(options));
};
