// The parent and staff app: sign in with an app token, list the doors you may open, open one.

import { h, clear } from './dom.js';

const TOKEN_KEY = 'host_app_token';
const root = document.getElementById('app');

const lockIcon = () => {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('aria-hidden', 'true');
  for (const d of ['M7 11V7a5 5 0 0 1 10 0v4', 'M5 11h14v10H5z', 'M12 15v2']) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
};

async function appCall(method, path) {
  const token = localStorage.getItem(TOKEN_KEY);
  let response;
  try {
    response = await fetch(path, { method, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  } catch (e) {
    return { status: 0, body: { message: 'No connection. Check your network and try again.' } };
  }
  let parsed = null;
  try {
    parsed = await response.json();
  } catch (e) {
    parsed = null;
  }
  // Errors come as {"message"} or {"error"}; the page reads .message.
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed) && !parsed.message && parsed.error) parsed.message = parsed.error;
  return { status: response.status, body: parsed };
}

function header(signedIn) {
  return h('header', { class: 'app-top' },
    h('span', { class: 'brand' }, h('span', { class: 'brand-mark', text: 'SH' }), 'Doors'),
    signedIn ? h('button', { type: 'button', class: 'btn btn-link', text: 'Sign out', onclick: signOut }) : null);
}

function signOut() {
  localStorage.removeItem(TOKEN_KEY);
  showSignIn();
}

function showSignIn(message) {
  const token = h('input', { id: 'app-token', type: 'password', autocomplete: 'current-password', required: true, placeholder: 'Paste your app token' });
  const error = h('div', { class: 'field-error', role: 'alert', hidden: !message, text: message || '' });
  const form = h('form', { class: 'form', novalidate: true },
    h('div', { class: 'field' }, h('label', { class: 'field-label', for: 'app-token', text: 'App token' }), token,
      h('div', { class: 'help', text: 'Your center gives you this token when it sets up your access.' }), error),
    h('button', { type: 'submit', class: 'btn btn-primary', text: 'Sign in' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!token.value.trim()) {
      error.textContent = 'Enter your app token.';
      error.hidden = false;
      return;
    }
    localStorage.setItem(TOKEN_KEY, token.value.trim());
    showDoors();
  });
  clear(root).append(header(false),
    h('div', { class: 'card auth-card centered' }, h('h1', { text: 'Sign in' }),
      h('p', { class: 'muted', text: 'Open the doors of your center from your phone.' }), form));
  token.focus();
}

async function unlock(door, item, button, result) {
  const label = button.textContent;
  button.disabled = true;
  button.replaceChildren(h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Opening…');
  const { status, body } = await appCall('POST', `/app/doors/${encodeURIComponent(door.id)}/unlock`);
  button.disabled = false;
  button.textContent = label;
  if (status === 401) return showSignIn('Your sign-in has expired. Please sign in again.');
  const opened = status >= 200 && status < 300;
  const message = opened ? body?.message || `${door.name} is open.`
    : status === 403 ? body?.message || 'You are not allowed to open this door right now.'
      : body?.message || `The door could not be opened (error ${status || 'network'}).`;
  item.classList.toggle('opened', opened);
  result.replaceChildren(h('div', { class: `notice ${opened ? 'success' : 'error'}`, role: opened ? 'status' : 'alert', text: message }));
  result.hidden = false;
  if (opened) setTimeout(() => item.classList.remove('opened'), 5000);
}

function doorItem(door) {
  const result = h('div', { class: 'door-result', hidden: true, 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'btn btn-primary', text: 'Unlock' });
  const item = h('li', { class: 'door', dataset: { door: String(door.id) } },
    h('span', { class: 'door-icon' }, lockIcon()),
    h('div', {}, h('div', { class: 'door-name', text: door.name }),
      h('div', { class: 'door-place', text: [door.center, door.place].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' · ') })),
    button, result);
  button.addEventListener('click', () => unlock(door, item, button, result));
  return item;
}

async function showDoors() {
  const list = h('div', { 'aria-busy': 'true' }, h('p', { class: 'muted', text: 'Loading your doors…' }));
  clear(root).append(header(true), h('h1', { text: 'Your doors' }), list);
  const { status, body } = await appCall('GET', '/app/doors');
  if (status === 401) return showSignIn('That token was not accepted. Check it and try again.');
  list.removeAttribute('aria-busy');
  if (status !== 200 || !Array.isArray(body)) {
    list.replaceChildren(h('div', { class: 'notice error', role: 'alert', text: body?.message || 'Your doors could not be loaded. Try again in a moment.' }),
      h('button', { type: 'button', class: 'btn after', text: 'Try again', onclick: showDoors }));
    return;
  }
  if (!body.length) {
    list.replaceChildren(h('div', { class: 'card' }, h('p', { class: 'flush', text: 'You have no doors to open right now.' }),
      h('p', { class: 'muted small flush after-sm', text: 'Access starts with your child\u2019s contract or your staff profile. Ask your center if this looks wrong.' })));
    return;
  }
  list.replaceChildren(h('p', { class: 'muted', text: 'Tap Unlock when you are at the door.' }), h('ul', { class: 'door-list' }, body.map(doorItem)));
}

if (localStorage.getItem(TOKEN_KEY)) showDoors();
else showSignIn();
