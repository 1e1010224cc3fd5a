// The whole view lives in the URL query string, so a view can be shared as a link and back/forward walk
// through it. Parameter names follow the export endpoint's where the two mean the same thing:
//   actors=a,b          the seeds (actors opened from the search)
//   expanded=c,d        actors whose neighbourhood was merged into the view
//   depth=1..3          hops around seeds and expanded actors (default 1)
//   types=LEADS,...     tie types shown (absent: all; empty: none)
//   from=YYYY-MM, to=YYYY-MM, includeUndated=false   the date window (absent: unbounded, undated included)
//   edge=src|TYPE|dst   the selected relation
//   pathFrom=a, pathTo=b, maxLength=1..6             the path search
import { TIE_TYPES } from './vocabulary.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DEFAULT_DEPTH = 1;
const DEFAULT_MAX_LENGTH = 4;

function idList(value) {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))];
}

function boundedInt(value, min, max, fallback) {
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export function parseState(search) {
  const q = new URLSearchParams(search);
  const types = q.has('types') ? TIE_TYPES.filter((t) => idList(q.get('types')).includes(t)) : [...TIE_TYPES];
  const from = MONTH.test(q.get('from') ?? '') ? q.get('from') : null;
  let to = MONTH.test(q.get('to') ?? '') ? q.get('to') : null;
  if (from && to && to < from) to = from;
  return {
    seeds: idList(q.get('actors')),
    expanded: idList(q.get('expanded')),
    depth: boundedInt(q.get('depth'), 1, 3, DEFAULT_DEPTH),
    types,
    from,
    to,
    includeUndated: q.get('includeUndated') !== 'false',
    edge: q.get('edge') || null,
    pathFrom: q.get('pathFrom') || null,
    pathTo: q.get('pathTo') || null,
    maxLength: boundedInt(q.get('maxLength'), 1, 6, DEFAULT_MAX_LENGTH),
  };
}

export function formatState(state) {
  const q = new URLSearchParams();
  if (state.seeds.length) q.set('actors', state.seeds.join(','));
  if (state.expanded.length) q.set('expanded', state.expanded.join(','));
  if (state.depth !== DEFAULT_DEPTH) q.set('depth', String(state.depth));
  if (state.types.length !== TIE_TYPES.length) q.set('types', state.types.join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (!state.includeUndated) q.set('includeUndated', 'false');
  if (state.edge) q.set('edge', state.edge);
  if (state.pathFrom) q.set('pathFrom', state.pathFrom);
  if (state.pathTo) q.set('pathTo', state.pathTo);
  if (state.maxLength !== DEFAULT_MAX_LENGTH) q.set('maxLength', String(state.maxLength));
  const text = q.toString().replaceAll('%2C', ',').replaceAll('%7C', '|');
  return text ? `?${text}` : '';
}

/** The date window as the API takes it (DateWindowInput), or null when nothing is filtered by date. */
export function windowInput(state) {
  if (!state.from && !state.to && state.includeUndated) return null;
  return { from: state.from, to: state.to, includeUndated: state.includeUndated };
}

/** Every actor whose neighbourhood makes up the view: seeds first, then expanded ones. */
export function viewActorIds(state) {
  return [...new Set([...state.seeds, ...state.expanded])];
}

/**
 * Holds the state and mirrors it into the URL. `update` pushes a history entry (or replaces the current one
 * for continuous changes such as dragging a slider); back/forward restore the state from the URL.
 */
export function createStore() {
  let state = parseState(location.search);
  const listeners = [];

  function notify(previous) {
    for (const listener of listeners) listener(state, previous);
  }

  window.addEventListener('popstate', () => {
    const previous = state;
    state = parseState(location.search);
    notify(previous);
  });

  return {
    get: () => state,
    subscribe(listener) {
      listeners.push(listener);
    },
    update(patch, history = 'push') {
      const previous = state;
      state = { ...state, ...patch };
      const url = `${location.pathname}${formatState(state)}${location.hash}`;
      if (history === 'replace') window.history.replaceState(null, '', url);
      else if (url !== `${location.pathname}${location.search}${location.hash}`) window.history.pushState(null, '', url);
      notify(previous);
    },
  };
}
