// The peer of the API benchmark: graphql-js behind graphql-http on node's http server, answering query (a) from an
// in-memory copy of the actors, ties and articles it reads. Usage: node server.mjs <data.json> <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const [dataPath, port] = process.argv.slice(2);
const data = JSON.parse(readFileSync(dataPath, 'utf8'));

const schema = buildSchema(`
  enum ActorKind { FACTION PERSON GOVERNMENT }
  enum TieType { LEADS AFFILIATED_WITH MET_WITH ATTACKED }
  enum DatePrecision { DAY MONTH YEAR UNKNOWN }
  type ReportedDate { value: String precision: DatePrecision! }
  type Article { id: ID! title: String publisher: String }
  type Actor { id: ID! kind: ActorKind! name: String! ties(first: Int): TieConnection! }
  type TieConnection { nodes: [Tie!]! totalCount: Int! }
  type Tie {
    id: ID!
    type: TieType!
    source: Actor!
    target: Actor!
    date: ReportedDate!
    evidence: String!
    article: Article!
  }
  type Query { actor(id: ID!): Actor }
`);

const actors = new Map();
const articles = new Map(data.articles.map((a) => [a.id, a]));
const ties = new Map();

// Objects whose fields are methods: graphql-js's default resolver calls them with the field's arguments.
class ActorNode {
  constructor(row) {
    Object.assign(this, row);
  }

  ties({ first }) {
    const ids = data.tiesOfActor[this.id] ?? [];
    const page = first == null ? ids.slice(0, 20) : ids.slice(0, first);
    return { nodes: page.map((id) => ties.get(id)), totalCount: ids.length };
  }
}

class TieNode {
  constructor(row) {
    Object.assign(this, row);
  }

  source() {
    return actors.get(this.sourceId);
  }

  target() {
    return actors.get(this.targetId);
  }

  article() {
    return articles.get(this.articleId);
  }
}

for (const row of data.actors) actors.set(row.id, new ActorNode(row));
for (const row of data.ties) ties.set(row.id, new TieNode(row));

const handler = createHandler({ schema, rootValue: { actor: ({ id }) => actors.get(id) ?? null } });
const server = createServer((req, res) => {
  if (req.url.startsWith('/graphql')) {
    handler(req, res);
  } else {
    res.writeHead(404).end();
  }
});
server.listen(Number(port), '127.0.0.1', () => console.log(`listening on ${port}`));
