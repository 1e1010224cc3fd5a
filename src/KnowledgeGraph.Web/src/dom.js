// A small element builder: text always goes in as text nodes, never as HTML, so article text and names from
// the API cannot inject markup.

/** `el('p', { class: 'note' }, 'text', child)`; attributes with null/false values are left out. */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Runs `action` once calls have paused for `delay` ms; `cancel()` drops a pending call. */
export function debounce(action, delay) {
  let timer = 0;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), delay);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** Only http(s) links are followed; anything else is shown as text. */
export function safeHref(url) {
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
