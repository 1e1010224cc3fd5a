// The GraphQL queries the page sends to the API's /graphql endpoint (same origin). Failures are told apart so
// the page can say "cannot reach the API" rather than show a broken view.

const endpoint = new URL('graphql', document.baseURI).href;

/** The most actors a view asks for: the API's own ceiling for `neighbourhood(maxNodes)`. */
export const MAX_NODES = 2000;

/** Raised when no GraphQL answer came back at all (network down, no API behind the URL, a non-JSON reply). */
export class ApiUnreachableError extends Error {
  constructor(detail) {
    super(`Cannot reach the API at ${endpoint}: ${detail}`);
    this.name = 'ApiUnreachableError';
  }
}

/**
 * Raised when the API cut the request off for running longer than it allows (its RequestTimeoutSeconds: a 504
 * without a body). The API is up, so this is no reason to say it cannot be reached.
 */
export class ApiTimeoutError extends Error {
  constructor() {
    super('The API stopped the request because it took too long (HTTP 504); narrow the depth, the tie types or the date window');
    this.name = 'ApiTimeoutError';
  }
}

/** Raised when the API answered with GraphQL errors. */
export class ApiQueryError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiQueryError';
    this.errors = errors;
  }
}

async function request(query, variables, signal) {
  let response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiUnreachableError(error.message);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    if (response.status === 504) throw new ApiTimeoutError();
    throw new ApiUnreachableError(`HTTP ${response.status} without a GraphQL response`);
  }
  if (body.errors?.length) throw new ApiQueryError(body.errors);
  if (!body.data) throw new ApiUnreachableError(`HTTP ${response.status} without data`);
  return body.data;
}

const DATE = 'value precision';

export async function fetchStats(signal) {
  const data = await request(`query Stats {
    stats { actors ties articles earliestDate latestDate undatedTies }
  }`, {}, signal);
  return data.stats;
}

export async function searchActors(text, signal) {
  const data = await request(`query SearchActors($text: String!) {
    actors(filter: { search: $text }, orderBy: RELEVANCE, first: 12) {
      totalCount
      edges { matchedName node { id name kind } }
    }
  }`, { text }, signal);
  return data.actors;
}

export async function fetchNeighbourhood({ actorIds, depth, types, window }, signal) {
  const data = await request(`query Neighbourhood($ids: [ID!]!, $depth: Int, $types: [TieType!], $window: DateWindowInput, $max: Int) {
    neighbourhood(actorIds: $ids, depth: $depth, types: $types, window: $window, maxNodes: $max) {
      truncated
      nodes { id name kind }
      relations { id type reportCount source { id } target { id } }
    }
  }`, { ids: actorIds, depth, types, window, max: MAX_NODES }, signal);
  return data.neighbourhood;
}

/**
 * Every report behind one relation under the view's filters, with its evidence located in the article.
 * The relation is read from its source actor's relations of that type (MET_WITH has no direction).
 */
export async function fetchRelationReports({ source, type, id }, window, signal) {
  const data = await request(`query RelationReports($actor: ID!, $types: [TieType!], $direction: TieDirection, $window: DateWindowInput) {
    actor(id: $actor) {
      relations(types: $types, direction: $direction, window: $window) {
        relation {
          id type reportCount
          source { id name kind }
          target { id name kind }
          ties {
            id location note
            date { ${DATE} }
            citation(context: 300) { start end before quote after }
            article { id title publisher url publishedAt { ${DATE} } }
          }
        }
      }
    }
  }`, { actor: source, types: [type], direction: type === 'MET_WITH' ? 'BOTH' : 'OUT', window }, signal);
  const match = data.actor?.relations.find((r) => r.relation.id === id);
  return match ? match.relation : null;
}

export async function fetchArticle(id, signal) {
  const data = await request(`query Article($id: ID!) {
    article(id: $id) { id title publisher url note text publishedAt { ${DATE} } }
  }`, { id }, signal);
  return data.article;
}

export async function fetchPaths({ from, to, maxLength, types, window }, signal) {
  return request(`query Paths($from: ID!, $to: ID!, $maxLength: Int, $types: [TieType!], $window: DateWindowInput) {
    fromActor: actor(id: $from) { id name kind }
    toActor: actor(id: $to) { id name kind }
    paths(from: $from, to: $to, maxLength: $maxLength, types: $types, window: $window, limit: 10) {
      length
      actors { id name kind }
      steps { from { id } to { id } ties { type source { id } target { id } } }
    }
  }`, { from, to, maxLength, types, window }, signal);
}
