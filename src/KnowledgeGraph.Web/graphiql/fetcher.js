// Posts each operation to the API's /graphql endpoint on the same origin, with the headers the user typed in
// GraphiQL's headers editor (an editor's Authorization header, for instance).
const endpoint = new URL('graphql', document.baseURI).href;

export async function fetchGraphQL(params, options) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      Accept: 'application/graphql-response+json, application/json',
      'Content-Type': 'application/json',
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${response.status} ${response.statusText}: the API at ${endpoint} did not answer with JSON.\n\n${text.slice(0, 2000)}`);
  }
}
