// How a GraphQLError is reported back: the parts the spec puts in a response.
'use strict';

// JSON readers (System.Text.Json among them) refuse lone surrogates, which syntax errors can quote
// from a broken source; GraphQLJs.ReplaceLoneSurrogates writes the same marker on the C# side.
function replaceLoneSurrogates(text) {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    (unit) => `<lone surrogate ${unit.charCodeAt(0).toString(16).toUpperCase()}>`,
  );
}

exports.replaceLoneSurrogates = replaceLoneSurrogates;

exports.formatError = function formatError(error) {
  if (!(error instanceof Error) || error.constructor.name !== 'GraphQLError') {
    throw error;
  }
  return { message: replaceLoneSurrogates(error.message), locations: error.locations ?? null };
};
