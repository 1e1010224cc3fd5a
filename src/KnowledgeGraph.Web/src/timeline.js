// The date window: two month handles over the graph's date coverage (stats.earliestDate..latestDate) and an
// "include undated" switch. Handles are native range inputs, so keyboard, touch and screen readers work as
// with any slider. With both handles at the ends the window is unbounded (from/to absent from the state).
import { formatLongMonth, formatMonth, monthsCovering } from './dates.js';

const GESTURE_MS = 1000;

export function createTimeline(root, { onChange }) {
  const fromInput = root.querySelector('#window-from');
  const toInput = root.querySelector('#window-to');
  const range = root.querySelector('.timeline-range');
  const label = root.querySelector('#window-label');
  const undated = root.querySelector('#include-undated');
  const reset = root.querySelector('#window-reset');
  const ticks = root.querySelector('.timeline-ticks');
  let months = [];
  let coverageKnown = false;
  let lastMove = -Infinity;

  function indexOf(month, fallback) {
    const i = month ? months.indexOf(month) : -1;
    if (i >= 0) return i;
    if (month && months.length && month < months[0]) return 0;
    if (month && months.length && month > months[months.length - 1]) return months.length - 1;
    return fallback;
  }

  function describe(fromIndex, toIndex) {
    if (!coverageKnown) return 'Dates unavailable until the API answers';
    if (!months.length) return 'No dated reports';
    const all = fromIndex === 0 && toIndex === months.length - 1;
    if (all) return `All dates (${formatMonth(months[0])} – ${formatMonth(months[months.length - 1])})`;
    return describeMonths(months[fromIndex], months[toIndex]);
  }

  function describeMonths(from, to) {
    return from === to ? formatLongMonth(from) : `${formatMonth(from)} – ${formatMonth(to)}`;
  }

  function paint() {
    const last = Math.max(months.length - 1, 1);
    const a = Number(fromInput.value);
    const b = Number(toInput.value);
    range.style.left = `${(a / last) * 100}%`;
    range.style.right = `${100 - (b / last) * 100}%`;
    // Coinciding handles: the one that can still move must be on top.
    fromInput.classList.toggle('on-top', a === b && a > last / 2);
    label.textContent = describe(a, b);
    if (months.length) {
      fromInput.setAttribute('aria-valuetext', formatLongMonth(months[a]));
      toInput.setAttribute('aria-valuetext', formatLongMonth(months[b]));
    }
    reset.disabled = months.length === 0 || (a === 0 && b === months.length - 1);
  }

  function emit(history) {
    const a = Number(fromInput.value);
    const b = Number(toInput.value);
    onChange({
      from: a === 0 ? null : months[a],
      to: b === months.length - 1 ? null : months[b],
    }, history);
  }

  // One history entry per gesture: a movement within a second of the previous one (a drag, a held or
  // repeated arrow key) replaces the entry the gesture's first movement pushed.
  function moved() {
    paint();
    const now = performance.now();
    emit(now - lastMove < GESTURE_MS ? 'replace' : 'push');
    lastMove = now;
  }

  // Coinciding handles: only the one on top can be grabbed, so a drag that starts there moves whichever handle can
  // go the way the pointer goes (the end handle rightwards, the start handle leftwards), the other staying put.
  let meeting = null;
  for (const input of [fromInput, toInput]) {
    input.addEventListener('pointerdown', () => {
      meeting = fromInput.value === toInput.value ? Number(fromInput.value) : null;
    });
    input.addEventListener('change', () => { meeting = null; });
  }
  window.addEventListener('pointerup', () => { meeting = null; });

  function pull(pointer) {
    fromInput.value = String(Math.min(pointer, meeting));
    toInput.value = String(Math.max(pointer, meeting));
  }

  fromInput.addEventListener('input', () => {
    if (meeting !== null) pull(Number(fromInput.value));
    else if (Number(fromInput.value) > Number(toInput.value)) fromInput.value = toInput.value;
    moved();
  });
  toInput.addEventListener('input', () => {
    if (meeting !== null) pull(Number(toInput.value));
    else if (Number(toInput.value) < Number(fromInput.value)) toInput.value = fromInput.value;
    moved();
  });
  undated.addEventListener('change', () => onChange({ includeUndated: undated.checked }, 'push'));
  reset.addEventListener('click', () => {
    fromInput.value = '0';
    toInput.value = String(months.length - 1);
    paint();
    emit('push');
  });

  // Year ticks, or month ticks when the coverage spans too few years for year ticks to help.
  function renderTicks() {
    ticks.replaceChildren();
    const last = Math.max(months.length - 1, 1);
    const byMonth = months.length <= 30;
    const marked = months.filter((m, i) => byMonth || m.endsWith('-01') || i === 0);
    const step = Math.max(1, Math.ceil(marked.length / (byMonth ? 15 : 10)));
    marked.forEach((m, i) => {
      if (i % step !== 0) return;
      const tick = document.createElement('span');
      tick.className = 'timeline-tick';
      tick.style.left = `${(months.indexOf(m) / last) * 100}%`;
      tick.textContent = byMonth && !m.endsWith('-01') && i !== 0 ? formatMonth(m).slice(0, 3) : m.slice(0, 4);
      ticks.append(tick);
    });
  }

  return {
    /** Sets the months the handles move over, from the graph's date coverage. */
    setCoverage(earliest, latest) {
      months = monthsCovering(earliest, latest);
      coverageKnown = true;
      const max = String(Math.max(months.length - 1, 0));
      for (const input of [fromInput, toInput]) {
        input.max = max;
        input.disabled = months.length === 0;
      }
      renderTicks();
    },

    /** Shows the state's window without emitting a change. */
    show(state) {
      fromInput.value = String(indexOf(state.from, 0));
      toInput.value = String(indexOf(state.to, months.length - 1));
      undated.checked = state.includeUndated;
      paint();
      // A link can name months outside the graph's dates (shared before the data changed, or typed): the handles
      // stop at the ends, but the label says the window the view is really filtered by.
      const outside = (month) => month && months.length && !months.includes(month);
      if (outside(state.from) || outside(state.to)) {
        const from = state.from ?? months[0];
        const to = state.to ?? months[months.length - 1];
        label.textContent = describeMonths(from, to);
      }
    },
  };
}
