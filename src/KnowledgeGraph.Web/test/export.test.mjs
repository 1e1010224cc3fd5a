import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseState } from '../src/state.js';

globalThis.document = { baseURI: 'http://127.0.0.1:5080/' };
const { exportHref } = await import('../src/export.js');

function params(href) {
  return Object.fromEntries(new URL(href).searchParams);
}

test('The export link carries the whole selection under the agreed parameter names, with the view\'s actor cap', () => {
  const state = parseState('?actors=kataib-hezbollah&expanded=iran&depth=2&types=LEADS,ATTACKED&from=2023-11&to=2023-11&includeUndated=false&edge=x|LEADS|y');
  const href = exportHref(state, 'graphml', 'relations');
  assert.ok(href.startsWith('http://127.0.0.1:5080/export?'));
  assert.deepEqual(params(href), {
    format: 'graphml',
    actors: 'kataib-hezbollah,iran',
    depth: '2',
    maxNodes: '2000',
    types: 'LEADS,ATTACKED',
    from: '2023-11',
    to: '2023-11',
    includeUndated: 'false',
    edges: 'relations',
  });
});

test('An unfiltered view leaves types and bounds out but still says undated reports are included', () => {
  assert.deepEqual(params(exportHref(parseState('?actors=iraq'), 'csv', 'reports')), {
    format: 'csv', actors: 'iraq', depth: '1', maxNodes: '2000', includeUndated: 'true', edges: 'reports',
  });
});
