// Parses each item and answers with the printed AST, the token count and every node's span, or
// with the syntax error.
// payload: [{ "source": string (or "sourceCodes": UTF-16 code units, for text JSON cannot carry), "kind"?: "document" | "value" | "constValue" | "type", "options"?: ParseOptions }]
// result:  [{ "printed": string, "tokenCount"?: number, "spans"?: [[kind, start, end], ...] } | { "error": {...} }]
'use strict';

const { formatError } = require('./errors.js');

function spansOf(ast, graphql) {
  const spans = [];
  graphql.visit(ast, {
    enter(node) {
      spans.push(node.loc ? [node.kind, node.loc.start, node.loc.end] : [node.kind]);
    },
  });
  return spans;
}

function parseOne(item, graphql) {
  const options = item.options ?? undefined;
  const source = item.sourceCodes ? String.fromCharCode(...item.sourceCodes) : item.source;
  switch (item.kind ?? 'document') {
    case 'document': {
      const document = graphql.parse(source, options);
      return { printed: graphql.print(document), tokenCount: document.tokenCount, spans: spansOf(document, graphql) };
    }
    case 'value':
      return { printed: graphql.print(graphql.parseValue(source, options)) };
    case 'constValue':
      return { printed: graphql.print(graphql.parseConstValue(source, options)) };
    case 'type':
      return { printed: graphql.print(graphql.parseType(source, options)) };
    default:
      throw new Error(`Unknown parse kind: ${item.kind}`);
  }
}

exports.run = function run(payload, graphql) {
  return payload.map((item) => {
    try {
      return parseOne(item, graphql);
    } catch (error) {
      return { error: formatError(error) };
    }
  });
};
