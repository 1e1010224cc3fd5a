// How a GraphQLError is reported back: the parts the spec puts in a response.
'use strict';

exports.formatError = function formatError(error) {
  if (!(error instanceof Error) || error.constructor.name !== 'GraphQLError') {
    throw error;
  }
  return { message: error.message, locations: error.locations ?? null };
};
