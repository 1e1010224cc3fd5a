// Builds each case's schema from SDL and executes its document with a JSON root value, so graphql-js
// and our executor serve identical data through their default resolvers (abstract types resolve by
// the data's __typename). A field whose name starts with "echo" answers with its arguments as JSON.
// payload: [{ "sdl": string, "document": string, "rootValue"?: any, "variables"?: object, "operationName"?: string }]
// result:  [{ "result": {errors?, data?} } | { "error": string }] (error: schema or syntax problems)
'use strict';

function formatResult(result) {
  const formatted = {};
  if (result.errors) {
    formatted.errors = result.errors.map((error) => error.toJSON());
  }
  if ('data' in result) {
    formatted.data = result.data;
  }
  return formatted;
}

async function runOne(item, graphql) {
  const schema = graphql.buildSchema(item.sdl);
  const document = graphql.parse(item.document);
  const result = await graphql.execute({
    schema,
    document,
    rootValue: item.rootValue,
    variableValues: item.variables,
    operationName: item.operationName,
    fieldResolver: (source, args, contextValue, info) =>
      info.fieldName.startsWith('echo')
        ? JSON.stringify(args)
        : graphql.defaultFieldResolver(source, args, contextValue, info),
  });
  return { result: formatResult(result) };
}

exports.run = async function run(payload, graphql) {
  const answers = [];
  for (const item of payload) {
    try {
      answers.push(await runOne(item, graphql));
    } catch (error) {
      answers.push({ error: String(error && error.message) });
    }
  }
  return answers;
};
