// Shows that a button's action is running; returns the function that ends it.

import { h } from './dom.js';

export function setBusy(button, bar) {
  const label = button.textContent;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  button.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), label);
  if (bar) bar.hidden = false;
  return () => {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    button.textContent = label;
    if (bar) bar.hidden = true;
  };
}
