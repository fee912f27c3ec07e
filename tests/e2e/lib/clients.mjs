// HTTP clients for the host's APIs as a test uses them: the QA API (bearer token), the admin
// session (cookie + CSRF token, as the browser pages use it) and the app API (app token).

async function parse(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: response.status, body, headers: response.headers };
}

export function qaClient(host) {
  const call = async (method, path, body) => parse(await fetch(`${host.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${host.qaToken}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
  const created = async (path, body) => {
    const answer = await call('POST', path, body);
    if (answer.status !== 201) throw new Error(`POST ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.id;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body ?? {}),
    patch: (path, body) => call('PATCH', path, body),
    put: (path, body) => call('PUT', path, body),
    created,
    // Waits until the plugin has no pending work (QA settle). The demo's first sync onboards
    // every guardian at Kisi's 5 requests/s, which takes about a minute.
    async settle(plugin = 'kisi', timeoutMs = 180000) {
      const answer = await call('POST', `/qa/plugins/${plugin}/settle`, { timeout_ms: timeoutMs });
      if (answer.status !== 200) throw new Error(`settle answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      return answer.body;
    },
    async token(person) {
      const answer = await call('POST', '/qa/tokens', person);
      if (answer.status !== 200 && answer.status !== 201) throw new Error(`POST /qa/tokens answered ${answer.status}: ${JSON.stringify(answer.body)}`);
      return answer.body.token;
    },
  };
}

// Signs in like the login form does and keeps the session cookie and the page's CSRF token.
export async function adminSession(host, password = host.adminPassword) {
  const login = await fetch(`${host.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ password, next: '/admin/centers' }),
  });
  const setCookie = login.headers.get('set-cookie') || '';
  const cookie = setCookie.split(';')[0];
  if (login.status !== 303 || !cookie) return { ok: false, status: login.status, setCookie };
  const page = await fetch(`${host.url}/admin/centers`, { headers: { Cookie: cookie } });
  const html = await page.text();
  const csrf = html.match(/<meta name="csrf-token" content="([^"]+)"/)?.[1];
  const call = async (method, path, body, { withCsrf = true, headers = {} } = {}) => parse(await fetch(`${host.url}${path}`, {
    method,
    redirect: 'manual',
    headers: {
      Cookie: cookie,
      'Content-Type': 'application/json',
      ...(withCsrf && method !== 'GET' ? { 'X-CSRF-Token': csrf } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  }));
  return {
    ok: true,
    cookie,
    setCookie,
    csrf,
    get: (path) => call('GET', path),
    post: (path, body, options) => call('POST', path, body ?? {}, options),
    action: (plugin, page, action, payload) => call('POST', `/api/plugins/${plugin}/pages/${page}/actions/${action}`, payload),
    page: (plugin, page) => call('GET', `/api/plugins/${plugin}/pages/${page}`),
    tab: (employeeId, plugin, tab) => call('GET', `/api/employees/${employeeId}/tabs/${plugin}/${tab}`),
    saveTab: (employeeId, plugin, tab, values) => call('POST', `/api/employees/${employeeId}/tabs/${plugin}/${tab}`, { values }),
  };
}

export function appClient(host, token) {
  const call = async (method, path) => parse(await fetch(`${host.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}` },
  }));
  return {
    doors: () => call('GET', '/app/doors'),
    unlock: (doorId) => call('POST', `/app/doors/${encodeURIComponent(doorId)}/unlock`),
  };
}

// The embedded Kisi sandbox, read as an organization admin (to find group ids like an admin
// copying them from Kisi, and to check what the plugin did there).
export function kisiClient(host) {
  // Kisi allows 5 requests per second per user, and the plugin uses the same admin key: wait
  // and retry when Kisi says 429.
  const call = async (method, path) => {
    for (let attempt = 0; ; attempt += 1) {
      const answer = await parse(await fetch(`${host.sandboxUrl}${path}`, {
        method,
        headers: { Authorization: `KISI-LOGIN ${host.apiKey}`, Accept: 'application/json' },
      }));
      if (answer.status !== 429 || attempt === 10) return answer;
      await new Promise((resolve) => setTimeout(resolve, 300 * (attempt + 1)));
    }
  };
  return {
    get: (path) => call('GET', path),
    async list(path) {
      const items = [];
      for (let offset = 0; ; offset += 250) {
        const sep = path.includes('?') ? '&' : '?';
        const answer = await call('GET', `${path}${sep}limit=250&offset=${offset}`);
        if (answer.status !== 200) throw new Error(`Kisi GET ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
        items.push(...answer.body);
        if (answer.body.length < 250) return items;
      }
    },
  };
}
