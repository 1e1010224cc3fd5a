// Export links for exactly what is on screen. The API answers GET /export with the view's selection as query
// parameters (names fixed with the API):
//   format=graphml|gexf|cytoscape|csv|jgf|json   the file format
//   actors=id1,id2        the view's seeds: the actors opened from the search and every expanded actor
//   depth=1..3            hops around them
//   maxNodes=2000         the view's actor cap, so the file holds every actor on screen (the export's own default is 500)
//   types=ATTACKED,LEADS  tie types kept (left out when all are shown)
//   from=2023-11, to=2023-11   the date window's months (either may be left out: unbounded)
//   includeUndated=true|false  always sent: an unbounded view shows undated reports, a windowed one may not
//   edges=relations|reports    one edge per relation (weighted by report count) or one per report
import { MAX_NODES } from './api.js';
import { TIE_TYPES } from './vocabulary.js';
import { viewActorIds } from './state.js';

export function exportHref(state, format, edges) {
  const q = new URLSearchParams({ format });
  q.set('actors', viewActorIds(state).join(','));
  q.set('depth', String(state.depth));
  q.set('maxNodes', String(MAX_NODES));
  if (state.types.length !== TIE_TYPES.length) q.set('types', state.types.join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  q.set('includeUndated', String(state.includeUndated));
  q.set('edges', edges);
  return new URL(`export?${q.toString().replaceAll('%2C', ',')}`, document.baseURI).href;
}

/** The export disclosure: a button that shows a list of download links and the edge granularity choice. */
export function createExportMenu(root) {
  const button = root.querySelector('#export-button');
  const menu = root.querySelector('#export-menu');
  const links = [...menu.querySelectorAll('a[data-format]')];
  let state = null;

  function edges() {
    return menu.querySelector('input[name="export-edges"]:checked').value;
  }

  function refresh() {
    const empty = !state || viewActorIds(state).length === 0 || state.types.length === 0;
    for (const link of links) {
      if (empty) {
        link.removeAttribute('href');
        link.setAttribute('aria-disabled', 'true');
      } else {
        link.href = exportHref(state, link.dataset.format, edges());
        link.removeAttribute('aria-disabled');
      }
    }
  }

  function setOpen(open) {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    // The menu opens at the foot of the sidebar, below the fold on a laptop-sized window: bring it into view.
    if (open) menu.scrollIntoView({ block: 'nearest' });
  }

  button.addEventListener('click', () => setOpen(menu.hidden));
  menu.addEventListener('change', refresh);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !menu.hidden) {
      setOpen(false);
      button.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!menu.hidden && !root.contains(event.target)) setOpen(false);
  });

  return {
    show(next) {
      state = next;
      refresh();
    },
  };
}
