// The path finder: two actor boxes, a hop limit, and the shortest paths found, as text. Each path can be
// highlighted on its own; by default all found paths are.
import { el } from './dom.js';
import { createActorSearch } from './search.js';
import { TYPE_STYLE, relationId } from './vocabulary.js';

export function createPathFinder(root, { onFind, onClear, onHighlight, onUnreachable }) {
  const form = root.querySelector('#path-form');
  const maxLength = root.querySelector('#path-max-length');
  const status = root.querySelector('#path-status');
  const results = root.querySelector('#path-results');
  const ends = { from: null, to: null };
  let paths = [];

  const fromSearch = createActorSearch(root.querySelector('#path-from'), root.querySelector('#path-from-results'),
    root.querySelector('#path-from-status'), { onChoose: (actor) => { ends.from = actor.id; }, onUnreachable });
  const toSearch = createActorSearch(root.querySelector('#path-to'), root.querySelector('#path-to-results'),
    root.querySelector('#path-to-status'), { onChoose: (actor) => { ends.to = actor.id; }, onUnreachable });
  root.querySelector('#path-from').addEventListener('input', () => { ends.from = null; });
  root.querySelector('#path-to').addEventListener('input', () => { ends.to = null; });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!ends.from || !ends.to) {
      status.textContent = 'Choose both actors from the suggestions first.';
      return;
    }
    if (ends.from === ends.to) {
      status.textContent = 'Choose two different actors.';
      return;
    }
    onFind({ pathFrom: ends.from, pathTo: ends.to, maxLength: Number(maxLength.value) });
  });
  root.querySelector('#path-clear').addEventListener('click', () => onClear());

  function highlight(only) {
    const chosen = only === null ? paths : [paths[only]];
    const nodeIds = new Set();
    const edgeIds = new Set();
    for (const path of chosen) {
      for (const actor of path.actors) nodeIds.add(actor.id);
      for (const step of path.steps) for (const tie of step.ties) edgeIds.add(relationId(tie.source.id, tie.type, tie.target.id));
    }
    results.querySelectorAll('button[aria-pressed]').forEach((b, i) => b.setAttribute('aria-pressed', String(i === only)));
    onHighlight(nodeIds, edgeIds);
  }

  return {
    /** Shows the endpoints and hop limit of the state without searching. */
    show(state) {
      ends.from = state.pathFrom;
      ends.to = state.pathTo;
      maxLength.value = String(state.maxLength);
      if (!state.pathFrom) fromSearch.show('');
      if (!state.pathTo) toSearch.show('');
    },

    showLoading() {
      status.textContent = 'Looking for paths…';
      results.replaceChildren();
    },

    showError(message) {
      paths = [];
      status.textContent = message;
      results.replaceChildren();
      onHighlight(new Set(), new Set());
    },

    clear() {
      paths = [];
      status.textContent = '';
      results.replaceChildren();
      onHighlight(new Set(), new Set());
    },

    /** Shows the result of api.fetchPaths; returns the ids of every actor on the paths. */
    showResult({ fromActor, toActor, paths: found }, hopLimit) {
      fromSearch.show(fromActor?.name ?? '');
      toSearch.show(toActor?.name ?? '');
      paths = found;
      const names = `${fromActor?.name ?? 'the first actor'} and ${toActor?.name ?? 'the second actor'}`;
      status.textContent = found.length === 0
        ? `No path of at most ${hopLimit} hop${hopLimit === 1 ? '' : 's'} links ${names} under the current filters.`
        : `${found.length} shortest path${found.length === 1 ? '' : 's'} of ${found[0].length} hop${found[0].length === 1 ? '' : 's'} between ${names}, highlighted on the graph.`;
      results.replaceChildren(...found.map((path, i) => {
        const button = el('button', { type: 'button', class: 'path-item', 'aria-pressed': 'false' }, describePath(path));
        button.addEventListener('click', () => highlight(button.getAttribute('aria-pressed') === 'true' ? null : i));
        return el('li', null, button);
      }));
      highlight(null);
      return found.flatMap((path) => path.actors.map((a) => a.id));
    },
  };
}

function describePath(path) {
  const names = new Map(path.actors.map((a) => [a.id, a.name]));
  let text = names.get(path.actors[0].id);
  for (const step of path.steps) {
    const links = [...new Set(step.ties.map((tie) => {
      const verb = TYPE_STYLE[tie.type].verb;
      if (tie.type === 'MET_WITH') return `— ${verb} —`;
      return tie.source.id === step.from.id ? `— ${verb} →` : `← ${verb} —`;
    }))];
    text += ` ${links.join(' / ')} ${names.get(step.to.id)}`;
  }
  return text;
}
