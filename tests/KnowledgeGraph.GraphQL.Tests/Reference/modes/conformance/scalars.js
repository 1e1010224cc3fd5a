// Custom scalars of the conformance schemas: strings matching a pattern. Written once here and once
// in C# (Conformance/Bindings/PatternScalar.cs); the messages must match word for word.
'use strict';

function describe(value) {
  return typeof value === 'string' ? JSON.stringify(value) : 'a non-string value';
}

exports.bindScalars = function bindScalars(schema, bindings, graphql) {
  for (const [name, spec] of Object.entries(bindings.scalars)) {
    const type = schema.getType(name);
    if (!type) {
      throw new Error(`No scalar ${name} to bind.`);
    }
    const pattern = new RegExp(`^(?:${spec.pattern})$`);
    const fail = (message) => {
      throw spec.errors === 'graphql' ? new graphql.GraphQLError(message) : new Error(message);
    };
    const check = (value) => {
      if (typeof value === 'string' && pattern.test(value)) {
        return value;
      }
      return fail(`${name} cannot represent ${describe(value)}: expected ${spec.expected}.`);
    };
    type.serialize = check;
    type.parseValue = check;
    // graphql-js's default parseLiteral keeps the parseValue given to the constructor (the identity for
    // buildSchema's scalars), so the default of our SchemaBuilder, parseValue of the plain literal, is
    // written out here.
    type.parseLiteral =
      spec.literal === 'string'
        ? (node) => (node.kind === graphql.Kind.STRING ? check(node.value) : fail(`${name} literals must be strings.`))
        : (node, variables) => check(graphql.valueFromASTUntyped(node, variables));
  }
};
