// An actor search box: a combobox with a listbox popup (WAI-ARIA APG "list autocomplete" pattern). Typing
// queries `actors(filter: { search })` after a pause; arrow keys move through the results, Enter chooses,
// Escape closes the list (or clears the box when it is already closed).
import { ApiUnreachableError, searchActors } from './api.js';
import { debounce, el } from './dom.js';
import { KIND_STYLE } from './vocabulary.js';

const DELAY = 200;

/**
 * Wires `input` (role=combobox) to `listbox`. `onChoose(actor, { add })` gets `{ id, name, kind }`; `add` is
 * true for Shift+Enter or Shift+click. `status` is a polite live region announcing the result count; it is
 * also shown under the box when there is no list to show instead (no match, a failed search).
 */
export function createActorSearch(input, listbox, status, { onChoose, onUnreachable }) {
  let results = [];
  let active = -1;
  let controller = null;
  // Whether the box holds text typed since the shown results were asked for, and an Enter pressed meanwhile:
  // that Enter chooses the first result for the typed text once it arrives, never a result for older text.
  let awaitingResults = false;
  let pendingChoice = null;

  function setExpanded(expanded) {
    listbox.hidden = !expanded;
    input.setAttribute('aria-expanded', String(expanded));
    if (!expanded) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  }

  function say(text, { shown = false } = {}) {
    if (status.textContent !== text) status.textContent = text;
    status.classList.toggle('visually-hidden', !shown);
    status.classList.toggle('search-message', shown);
  }

  function optionId(i) {
    return `${listbox.id}-option-${i}`;
  }

  function setActive(i) {
    listbox.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    active = i;
    if (i < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    const option = listbox.querySelector(`#${CSS.escape(optionId(i))}`);
    option.setAttribute('aria-selected', 'true');
    option.scrollIntoView({ block: 'nearest' });
    input.setAttribute('aria-activedescendant', option.id);
  }

  function render(text, connection) {
    results = connection.edges;
    listbox.replaceChildren(...results.map((edge, i) => {
      const actor = edge.node;
      const alias = edge.matchedName && edge.matchedName !== actor.name ? `matched “${edge.matchedName}”` : null;
      const meta = [KIND_STYLE[actor.kind].label, alias].filter(Boolean).join(' · ');
      const option = el('li', {
        id: optionId(i),
        role: 'option',
        'aria-selected': 'false',
        'aria-label': `${actor.name}, ${meta}`,
        class: 'option',
        'data-actor-id': actor.id,
      },
        el('span', { class: `kind-dot kind-${actor.kind.toLowerCase()}`, 'aria-hidden': 'true' }),
        el('span', { class: 'option-name' }, actor.name),
        el('span', { class: 'option-meta' }, meta));
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', (event) => choose(i, event.shiftKey));
      return option;
    }));
    const count = connection.totalCount;
    say(count === 0 ? `No actor matches “${text}”.`
      : `${count} actor${count === 1 ? '' : 's'} match${count === 1 ? 'es' : ''}${count > results.length ? `, showing ${results.length}` : ''}. Use the arrow keys to choose.`,
    { shown: count === 0 });
    setExpanded(results.length > 0);
    awaitingResults = false;
    const choice = pendingChoice;
    pendingChoice = null;
    if (choice) choose(0, choice.add);
  }

  const lookUp = debounce(async (text) => {
    controller?.abort();
    controller = new AbortController();
    try {
      render(text, await searchActors(text, controller.signal));
    } catch (error) {
      if (error.name === 'AbortError') return;
      awaitingResults = false;
      pendingChoice = null;
      setExpanded(false);
      say(error instanceof ApiUnreachableError ? 'Search is unavailable: the API cannot be reached.' : `Search failed: ${error.message}`, { shown: true });
      if (error instanceof ApiUnreachableError) onUnreachable(error);
    }
  }, DELAY);

  function choose(i, add) {
    const actor = results[i]?.node;
    if (!actor) return;
    setExpanded(false);
    input.value = actor.name;
    say('');
    onChoose(actor, { add });
  }

  input.addEventListener('input', () => {
    const text = input.value.trim();
    pendingChoice = null;
    awaitingResults = text.length > 0;
    say(status.textContent);
    if (text.length === 0) {
      lookUp.cancel();
      controller?.abort();
      setExpanded(false);
      say('');
      return;
    }
    lookUp(text);
  });

  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && results.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open && results.length) setExpanded(true);
        if (results.length) setActive((active + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open && results.length) setExpanded(true);
        if (results.length) setActive(active <= 0 ? results.length - 1 : active - 1);
        break;
      case 'Enter':
        if (awaitingResults) {
          event.preventDefault();
          pendingChoice = { add: event.shiftKey };
        } else if (open) {
          event.preventDefault();
          choose(active >= 0 ? active : 0, event.shiftKey);
        }
        break;
      case 'Escape':
        pendingChoice = null;
        if (open) setExpanded(false);
        else input.value = '';
        break;
      default:
        break;
    }
  });

  input.addEventListener('blur', () => {
    setExpanded(false);
    say(status.textContent);
  });

  return {
    /** Puts a chosen actor's name in the box without searching. */
    show(name) {
      input.value = name ?? '';
    },
  };
}
