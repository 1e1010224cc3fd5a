// GraphiQL for the KnowledgeGraph API, served when a browser asks for /graphql.
import './monaco-workers.js';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { fetchGraphQL } from './fetcher.js';

const defaultQuery = `# KnowledgeGraph: every tie is one report by one article,
# with the article's own words as evidence.
# Mutations need an editor credential: add it under Headers,
# e.g. { "Authorization": "Bearer <token>" }

query Overview {
  stats {
    actors
    ties
    articles
    earliestDate
    latestDate
  }
  actors(filter: { search: "hezb" }, first: 5) {
    edges {
      matchedName
      node { id name kind aliases }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetchGraphQL}
      defaultQuery={defaultQuery}
      defaultHeaders={'{\n}'}
      isHeadersEditorEnabled
    />
  </StrictMode>,
);
