import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatState, parseState, viewActorIds, windowInput } from '../src/state.js';

test('An empty query string is the default view', () => {
  const state = parseState('');
  assert.deepEqual(state.seeds, []);
  assert.equal(state.depth, 1);
  assert.deepEqual(state.types, ['LEADS', 'AFFILIATED_WITH', 'MET_WITH', 'ATTACKED']);
  assert.equal(state.includeUndated, true);
  assert.equal(formatState(state), '');
});

test('Every part of a view survives a round trip through the URL', () => {
  const search = '?actors=kataib-hezbollah,iran&expanded=iraq&depth=2&types=LEADS,ATTACKED&from=2023-10&to=2024-01'
    + '&includeUndated=false&edge=iraq|MET_WITH|kataib-hezbollah&pathFrom=iraq&pathTo=us-military&maxLength=3';
  const state = parseState(search);
  assert.deepEqual(state.seeds, ['kataib-hezbollah', 'iran']);
  assert.deepEqual(state.expanded, ['iraq']);
  assert.deepEqual(state.types, ['LEADS', 'ATTACKED']);
  assert.equal(state.edge, 'iraq|MET_WITH|kataib-hezbollah');
  assert.equal(formatState(state), search);
  assert.deepEqual(parseState(formatState(state)), state);
});

test('Out-of-range and malformed values fall back to defaults', () => {
  const state = parseState('?depth=9&maxLength=0&from=2023-13&to=soon&types=NOPE');
  assert.equal(state.depth, 1);
  assert.equal(state.maxLength, 4);
  assert.equal(state.from, null);
  assert.equal(state.to, null);
  assert.deepEqual(state.types, []);
});

test('A window end before its start is moved to the start', () => {
  const state = parseState('?from=2024-03&to=2023-01');
  assert.equal(state.to, '2024-03');
});

test('Types are kept in the canonical order whatever order the URL gives', () => {
  assert.deepEqual(parseState('?types=ATTACKED,LEADS').types, ['LEADS', 'ATTACKED']);
});

test('No window is sent while dates are unbounded and undated reports are shown', () => {
  assert.equal(windowInput(parseState('')), null);
  assert.deepEqual(windowInput(parseState('?includeUndated=false')), { from: null, to: null, includeUndated: false });
  assert.deepEqual(windowInput(parseState('?from=2023-11&to=2023-11')), { from: '2023-11', to: '2023-11', includeUndated: true });
});

test('The view is the union of seeds and expanded actors, seeds first, once each', () => {
  assert.deepEqual(viewActorIds(parseState('?actors=a,b&expanded=b,c')), ['a', 'b', 'c']);
});
