// The view's data: one `neighbourhood` answer for the state's actors, depth, types and window, shown on the
// canvas and in the list, with a one-line summary and a message over the canvas when there is nothing to show.
import { describeError, hideUnreachable } from './alerts.js';
import { fetchNeighbourhood, MAX_NODES } from './api.js';
import { viewActorIds, windowInput } from './state.js';

const PROMPT = 'Search for an actor to open their neighbourhood (Shift+Enter in the results adds one to the view).';

export function createNeighbourhood({ graph, list, status, canvas, stage }) {
  const empty = { nodes: [], relations: [], truncated: false };
  let view = empty;
  let loading = Promise.resolve();
  let controller = null;
  let busy = false;
  let graphSize = '';
  let highlight = { nodeIds: new Set(), edgeIds: new Set() };

  function summary() {
    const n = view.nodes.length;
    const r = view.relations.length;
    const cut = view.truncated ? ` · cut at ${MAX_NODES} actors: narrow the filters or the depth to see all` : '';
    return `${n} actor${n === 1 ? '' : 's'} · ${r} relation${r === 1 ? '' : 's'}${cut}`;
  }

  function showStageMessage(title, detail) {
    stage.root.hidden = title === null;
    if (title === null) return;
    stage.title.textContent = title;
    stage.detail.textContent = detail ?? graphSize;
  }

  function show(state) {
    graph.setGraph(view, state.seeds, state.expanded);
    graph.highlightPaths(highlight.nodeIds, highlight.edgeIds);
    list.setGraph({ graph: view, seeds: state.seeds, expanded: state.expanded });
    const open = viewActorIds(state).length > 0;
    showStageMessage(open ? null : PROMPT);
    canvas.setAttribute('aria-label', `Network graph: ${summary()}. Choose "List view" to browse the actors and relations as text.`);
    status.textContent = open ? summary() : '';
  }

  async function load(state) {
    const actorIds = viewActorIds(state);
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    if (actorIds.length === 0 || state.types.length === 0) {
      view = empty;
      show(state);
      if (actorIds.length) status.textContent = 'No tie type is selected: tick at least one under Filters.';
      return;
    }
    busy = true;
    status.textContent = 'Loading the neighbourhood…';
    try {
      view = await fetchNeighbourhood({ actorIds, depth: state.depth, types: state.types, window: windowInput(state) }, signal);
      hideUnreachable();
      show(state);
    } catch (error) {
      if (error.name === 'AbortError') return;
      status.textContent = describeError(error);
      if (view.nodes.length === 0) showStageMessage('The neighbourhood could not be loaded.', error.message);
    } finally {
      if (!signal.aborted) busy = false;
    }
  }

  return {
    /** Loads the view for `state`; `loaded()` resolves once the latest load has finished. */
    reload(state) {
      loading = load(state);
    },
    loaded: () => loading,
    isBusy: () => busy,
    /** Every actor id on screen. */
    actorIds: () => view.nodes.map((n) => n.id),
    actorName: (id) => view.nodes.find((n) => n.id === id)?.name ?? id,

    highlightPaths(nodeIds, edgeIds) {
      highlight = { nodeIds, edgeIds };
      graph.highlightPaths(nodeIds, edgeIds);
    },

    /** The size of the whole graph, shown under the prompt while nothing is open. */
    setGraphSize(text, state) {
      graphSize = text;
      if (viewActorIds(state).length === 0) showStageMessage(PROMPT);
    },
  };
}
