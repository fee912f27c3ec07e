// JSON calls to the host: the admin session cookie rides along, the CSRF token goes in a header.

const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.content || '';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || `The server answered ${status}.`);
    this.status = status;
    this.body = body;
  }
}

async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-CSRF-Token'] = csrfToken();
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    return { status: 0, body: { ok: false, message: 'The host could not be reached. Check your connection and try again.' } };
  }
  if (response.status === 401) {
    window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname)}`);
    return new Promise(() => {});
  }
  let parsed = null;
  try {
    parsed = await response.json();
  } catch (e) {
    parsed = null;
  }
  return { status: response.status, body: parsed };
}

// Reads: resolves with the JSON body, rejects with ApiError.
export async function getJson(path) {
  const { status, body } = await call('GET', path);
  if (status >= 200 && status < 300) return body;
  throw new ApiError(status, body && !body.message && body.error ? { ...body, message: body.error } : body);
}

// Changes: always resolves with {ok, message, field_errors}, whatever the server answered.
export async function postJson(path, payload) {
  const { status, body } = await call('POST', path, payload);
  const ok = status >= 200 && status < 300 && body?.ok !== false;
  return {
    ok,
    message: body?.message || body?.error || (ok ? 'Done.' : `The request failed (HTTP ${status || 'no answer'}).`),
    field_errors: body?.field_errors || {},
    status,
  };
}
