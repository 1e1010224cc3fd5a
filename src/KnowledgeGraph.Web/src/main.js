// The graph view's entry point: wires the controls to the URL state, and each state change to what it
// affects (the neighbourhood, the evidence panel, the paths). The view is always one `neighbourhood` answer
// for the state's actors, depth, types and window, so what is on screen equals what the API returns for that
// selection, and what /export writes for it.
//
// Renderer: Cytoscape.js 3.34 (graph.js says why it was chosen over sigma); layout: ForceAtlas2 (layout.js).
import './app.css';
import { describeError, hideUnreachable, showUnreachable } from './alerts.js';
import { fetchPaths, fetchStats } from './api.js';
import { debounce } from './dom.js';
import { createEvidence } from './evidence.js';
import { createExportMenu } from './export.js';
import { createFilters } from './filters.js';
import { createGraphView } from './graph.js';
import { createGraphList } from './list.js';
import { createNeighbourhood } from './neighbourhood.js';
import { createPathFinder } from './paths.js';
import { installPerfProbe } from './perf.js';
import { createActorSearch } from './search.js';
import { createStore, viewActorIds, windowInput } from './state.js';
import { createTimeline } from './timeline.js';

const $ = (selector) => document.querySelector(selector);
const store = createStore();
const status = $('#status');

function expand(id) {
  const state = store.get();
  if (state.seeds.includes(id) || state.expanded.includes(id)) return;
  status.textContent = `Expanding ${neighbourhood.actorName(id)}…`;
  store.update({ expanded: [...state.expanded, id] });
}

function chooseEdge(id, { fromList = false } = {}) {
  store.update({ edge: id });
  if (fromList) evidence.focus();
}

const graph = createGraphView($('#graph'), $('#graph-tooltip'), { onActivateNode: expand, onChooseEdge: chooseEdge });
const list = createGraphList($('#graph-list'), { onActivateNode: expand, onChooseEdge: chooseEdge });
const neighbourhood = createNeighbourhood({
  graph,
  list,
  status,
  canvas: $('#graph'),
  stage: { root: $('#empty-state'), title: $('#empty-title'), detail: $('#empty-detail') },
});
const evidence = createEvidence($('#edge-panel'), $('#article-dialog'), {
  onClose: () => {
    store.update({ edge: null });
    $('#graph-region').focus();
  },
  actorName: (id) => neighbourhood.actorName(id),
  marks: [graph, list],
});
const timeline = createTimeline($('#timeline'), { onChange: (patch, history) => store.update(patch, history) });
const filters = createFilters($('#filters'), { onChange: (patch) => store.update(patch) });
const exportMenu = createExportMenu($('#export'));
const paths = createPathFinder($('#paths'), {
  onFind: (patch) => store.update(patch),
  onClear: () => store.update({ pathFrom: null, pathTo: null }),
  onHighlight: (nodeIds, edgeIds) => neighbourhood.highlightPaths(nodeIds, edgeIds),
  onUnreachable: showUnreachable,
});
createActorSearch($('#search'), $('#search-results'), $('#search-status'), {
  onChoose: (actor, { add }) => {
    const state = store.get();
    if (!add) store.update({ seeds: [actor.id], expanded: [], edge: null, pathFrom: null, pathTo: null });
    else if (!state.seeds.includes(actor.id)) store.update({ seeds: [...state.seeds, actor.id] });
  },
  onUnreachable: showUnreachable,
});
installPerfProbe(graph, () => neighbourhood.isBusy());

let pathRequest = null;

async function findPaths(state) {
  pathRequest?.abort();
  pathRequest = new AbortController();
  const { signal } = pathRequest;
  if (!state.pathFrom || !state.pathTo) {
    paths.clear();
    return;
  }
  paths.showLoading();
  try {
    const result = await fetchPaths({
      from: state.pathFrom, to: state.pathTo, maxLength: state.maxLength, types: state.types, window: windowInput(state),
    }, signal);
    await neighbourhood.loaded();
    if (signal.aborted) return;
    const onPaths = paths.showResult(result, state.maxLength);
    // Path actors outside the view join it as expanded actors, so the highlighted paths are on screen and
    // the view stays one neighbourhood that the export reproduces.
    const current = store.get();
    const inView = new Set([...neighbourhood.actorIds(), ...viewActorIds(current)]);
    const missing = [...new Set(onPaths)].filter((id) => !inView.has(id));
    if (missing.length) {
      status.textContent = `Adding ${missing.length} actor${missing.length === 1 ? '' : 's'} on the paths to the view…`;
      store.update({ expanded: [...current.expanded, ...missing] }, 'replace');
    }
  } catch (error) {
    if (error.name !== 'AbortError') paths.showError(describeError(error));
  }
}

async function loadStats() {
  let size;
  try {
    const stats = await fetchStats();
    timeline.setCoverage(stats.earliestDate, stats.latestDate);
    timeline.show(store.get());
    size = `The graph holds ${stats.actors} actors and ${stats.ties} reports from ${stats.articles} articles.`;
  } catch (error) {
    size = describeError(error);
  }
  neighbourhood.setGraphSize(size, store.get());
}

const same = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
// A moving window handle refetches once the handle rests; every other change refetches at once.
const reloadSoon = debounce(() => neighbourhood.reload(store.get()), 250);
const showEvidenceSoon = debounce(() => evidence.show(store.get()), 250);
const findPathsSoon = debounce(() => findPaths(store.get()), 250);

function render(state, previous) {
  filters.show(state);
  timeline.show(state);
  paths.show(state);
  exportMenu.show(state);
  const windowChanged = !previous || state.from !== previous.from || state.to !== previous.to;
  const otherFilterChanged = !previous || !same(state.types, previous.types) || state.includeUndated !== previous.includeUndated;
  const actorsChanged = !previous || !same(state.seeds, previous.seeds) || !same(state.expanded, previous.expanded)
    || state.depth !== previous.depth;
  const filterChanged = windowChanged || otherFilterChanged;
  const onlyWindow = previous && windowChanged && !otherFilterChanged && !actorsChanged;
  if (actorsChanged || filterChanged) {
    reloadSoon.cancel();
    if (onlyWindow) reloadSoon();
    else neighbourhood.reload(state);
  }
  if (!previous || state.edge !== previous.edge || filterChanged) {
    showEvidenceSoon.cancel();
    if (onlyWindow) showEvidenceSoon();
    else evidence.show(state);
  }
  const pathChanged = !previous || state.pathFrom !== previous.pathFrom || state.pathTo !== previous.pathTo
    || state.maxLength !== previous.maxLength;
  if (pathChanged || (filterChanged && state.pathFrom)) {
    findPathsSoon.cancel();
    if (onlyWindow && !pathChanged) findPathsSoon();
    else findPaths(state);
  }
}

store.subscribe(render);

$('#api-retry').addEventListener('click', () => {
  hideUnreachable();
  loadStats();
  render(store.get(), null);
});
$('#fit-button').addEventListener('click', () => graph.fit());
$('#list-toggle').addEventListener('click', (event) => {
  const showList = event.currentTarget.getAttribute('aria-pressed') !== 'true';
  event.currentTarget.setAttribute('aria-pressed', String(showList));
  $('#graph').hidden = showList;
  list.setVisible(showList);
});
document.addEventListener('keydown', (event) => {
  const typing = event.target.closest('input, textarea, select, [contenteditable]');
  if (event.key === '/' && !typing) {
    event.preventDefault();
    $('#search').focus();
  }
});

loadStats();
render(store.get(), null);
