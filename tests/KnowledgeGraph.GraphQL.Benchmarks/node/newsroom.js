// The newsroom schema's resolvers for graphql-js and graphql-jit, over the data NewsroomData.cs writes.
// They mirror Newsroom/NewsroomSchema.cs and Newsroom/NewsroomGraph.cs; keep the three in step.
'use strict';

const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function linkData(data) {
  const nodes = new Map();
  for (const article of data.articles) {
    article.__typename = 'Article';
    nodes.set(article.id, article);
  }
  for (const actor of data.actors) {
    actor.__typename = 'Actor';
    nodes.set(actor.id, actor);
  }
  for (const actor of data.actors) {
    for (const tie of actor.ties) {
      tie.__typename = 'Tie';
      tie.article = tie.articleId === null ? null : nodes.get(tie.articleId);
      tie.source = actor;
      tie.target = nodes.get(tie.targetId);
      nodes.set(tie.id, tie);
    }
  }
  return { actors: data.actors, articles: data.articles, nodes };
}

function first(args, items) {
  if (args.first === undefined || args.first === null) {
    return items;
  }
  if (args.first < 0) {
    throw new Error(`first must not be negative, got ${args.first}.`);
  }
  return items.slice(0, args.first);
}

function date(value) {
  if (typeof value === 'string' && DATE.test(value)) {
    return value;
  }
  throw new TypeError(`Date cannot represent ${value}: expected YYYY-MM-DD.`);
}

exports.buildNewsroomSchema = function buildNewsroomSchema(graphql, sdl, dataJson) {
  const schema = graphql.buildSchema(sdl);
  const { actors, articles, nodes } = linkData(JSON.parse(dataJson));
  const asActor = (value) => (value !== undefined && value.__typename === 'Actor' ? value : null);
  const query = schema.getQueryType().getFields();
  query.actor.resolve = (root, args) => asActor(nodes.get(args.id));
  query.actorBy.resolve = (root, { lookup }) =>
    lookup.id !== undefined && lookup.id !== null ? asActor(nodes.get(lookup.id)) : actors.find((a) => a.name === lookup.name) ?? null;
  query.actors.resolve = (root, args) => {
    const filter = args.filter ?? {};
    return first(
      args,
      actors.filter(
        (a) =>
          (filter.kind == null || a.kind === filter.kind) &&
          (filter.nameContains == null || a.name.includes(filter.nameContains)) &&
          (filter.foundedAfter == null || (a.founded != null && a.founded >= filter.foundedAfter)),
      ),
    );
  };
  query.articles.resolve = (root, args) => first(args, articles);
  query.node.resolve = (root, args) => nodes.get(args.id) ?? null;
  query.search.resolve = (root, args) => {
    const text = args.text.toLowerCase();
    return first(args, [
      ...actors.filter((a) => a.name.toLowerCase().includes(text)),
      ...articles.filter((a) => a.title.toLowerCase().includes(text)),
    ]);
  };
  schema.getType('Actor').getFields().ties.resolve = (actor, args) =>
    first(args, args.type == null ? actor.ties : actor.ties.filter((t) => t.type === args.type));
  const dateType = schema.getType('Date');
  dateType.serialize = date;
  dateType.parseValue = date;
  dateType.parseLiteral = (node, variables) => date(graphql.valueFromASTUntyped(node, variables));
  return { schema, root: {} };
};
