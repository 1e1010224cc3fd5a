// The graph as text: every actor and every relation on screen, as two lists of buttons. It is the graph's
// text alternative for screen readers and the keyboard route into it: an actor's button expands it like a
// click on the node, a relation's button selects it like a click on the edge.
import { el } from './dom.js';
import { KIND_STYLE, TYPE_STYLE } from './vocabulary.js';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function createGraphList(root, { onActivateNode, onChooseEdge }) {
  const nodeList = root.querySelector('#node-list');
  const edgeList = root.querySelector('#edge-list');
  const nodeHeading = root.querySelector('#node-list-title');
  const edgeHeading = root.querySelector('#edge-list-title');
  let chosen = null;
  let rendered = null;
  let pending = null;

  nodeList.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-actor-id]');
    if (button) onActivateNode(button.dataset.actorId);
  });
  edgeList.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-edge-id]');
    if (button) onChooseEdge(button.dataset.edgeId, { fromList: true });
  });

  // Rebuilding the lists drops the button that had focus (the one just pressed to expand an actor), which would
  // send a keyboard user back to the top of the page: focus moves to the same actor's or relation's new button.
  function focusedItem() {
    const button = root.contains(document.activeElement) ? document.activeElement.closest('button') : null;
    if (button?.dataset.actorId) return { list: nodeList, selector: `button[data-actor-id="${CSS.escape(button.dataset.actorId)}"]` };
    if (button?.dataset.edgeId) return { list: edgeList, selector: `button[data-edge-id="${CSS.escape(button.dataset.edgeId)}"]` };
    return null;
  }

  function render(view) {
    const focused = focusedItem();
    renderLists(view);
    if (focused) (focused.list.querySelector(focused.selector) ?? focused.list.querySelector('button') ?? root).focus();
  }

  function renderLists({ graph, seeds, expanded }) {
    const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
    const opened = new Set([...seeds, ...expanded]);
    const nodes = [...graph.nodes].sort((a, b) => collator.compare(a.name, b.name));
    nodeHeading.textContent = `Actors (${nodes.length})`;
    nodeList.replaceChildren(...nodes.map((node) => {
      const kind = KIND_STYLE[node.kind].label;
      const role = seeds.includes(node.id) ? ', opened from the search' : opened.has(node.id) ? ', expanded' : '';
      return el('li', null, el('button', {
        type: 'button',
        class: 'list-item',
        'data-actor-id': node.id,
        'aria-label': opened.has(node.id) ? `${node.name} (${kind}${role})` : `${node.name} (${kind}): expand`,
      }, el('span', { class: `kind-dot kind-${node.kind.toLowerCase()}`, 'aria-hidden': 'true' }),
      el('span', { class: 'list-text' }, node.name, el('span', { class: 'list-meta', 'aria-hidden': 'true' }, ` ${kind}${role}`))));
    }));
    const relations = [...graph.relations].sort((a, b) => b.reportCount - a.reportCount
      || collator.compare(names.get(a.source.id), names.get(b.source.id)));
    edgeHeading.textContent = `Relations (${relations.length})`;
    edgeList.replaceChildren(...relations.map((relation) => {
      const text = `${names.get(relation.source.id)} ${TYPE_STYLE[relation.type].verb} ${names.get(relation.target.id)}`;
      const reports = `${relation.reportCount} report${relation.reportCount === 1 ? '' : 's'}`;
      return el('li', null, el('button', {
        type: 'button',
        class: 'list-item',
        'data-edge-id': relation.id,
        'aria-pressed': String(relation.id === chosen),
      }, el('span', { class: `type-swatch type-${relation.type.toLowerCase()}`, 'aria-hidden': 'true' }),
      el('span', { class: 'list-text' }, text, el('span', { class: 'list-meta' }, `, ${reports}`))));
    }));
  }

  return {
    /** Takes the view's data; the lists are only built while visible, since they can hold thousands of rows. */
    setGraph(view) {
      pending = view;
      if (!root.hidden) {
        render(view);
        rendered = view;
      }
    },

    setChosenEdge(id) {
      chosen = id;
      for (const button of edgeList.querySelectorAll('button[aria-pressed="true"]')) button.setAttribute('aria-pressed', 'false');
      if (id) edgeList.querySelector(`button[data-edge-id="${CSS.escape(id)}"]`)?.setAttribute('aria-pressed', 'true');
    },

    setVisible(visible) {
      root.hidden = !visible;
      if (visible && pending && pending !== rendered) {
        render(pending);
        rendered = pending;
      }
    },
  };
}
