// Admin login, session cookie and CSRF protection of the sample host, over real HTTP.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHost } from './lib/host.mjs';
import { adminSession } from './lib/clients.mjs';

describe('admin session security', () => {
  let host;
  let admin;

  before(async () => {
    host = await startHost({ waitForSandbox: false });
    admin = await adminSession(host);
    assert.ok(admin.ok, `the admin could not sign in: ${JSON.stringify(admin)}`);
  });
  after(async () => host?.stop());

  it('refuses a wrong password and sets no cookie', async () => {
    const wrong = await adminSession(host, `${host.adminPassword}x`);
    assert.equal(wrong.ok, false);
    assert.equal(wrong.status, 401);
    assert.equal(wrong.setCookie, '');
  });

  it('issues a session cookie that scripts cannot read and other sites cannot send', () => {
    const attributes = admin.setCookie.split(';').map((a) => a.trim().toLowerCase());
    assert.ok(attributes.includes('httponly'), admin.setCookie);
    assert.ok(attributes.includes('samesite=strict'), admin.setCookie);
    assert.ok(attributes.includes('path=/'), admin.setCookie);
    assert.ok(admin.csrf && admin.csrf.length >= 32, 'the admin pages carry a CSRF token');
  });

  it('keeps the admin pages and read APIs behind the login', async () => {
    const page = await fetch(`${host.url}/admin/centers`, { redirect: 'manual' });
    assert.equal(page.status, 303);
    assert.match(page.headers.get('location'), /^\/login\?next=/);
    const api = await fetch(`${host.url}/api/centers`);
    assert.equal(api.status, 401);
    const plugins = await fetch(`${host.url}/api/plugins`, { headers: { Cookie: 'host_admin_session=forged' } });
    assert.equal(plugins.status, 401);
    const centers = await admin.get('/api/centers');
    assert.equal(centers.status, 200);
    assert.ok(Array.isArray(centers.body) && centers.body.length > 0, 'the demo has centers');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const path = '/api/plugins/kisi/pages/settings/actions/refresh-places';
    const without = await admin.post(path, { row: null, values: {} }, { withCsrf: false });
    assert.equal(without.status, 403, JSON.stringify(without.body));
    assert.match(without.body.message || without.body.error, /CSRF/);
    const forged = await admin.post(path, { row: null, values: {} }, { withCsrf: false, headers: { 'X-CSRF-Token': 'forged' } });
    assert.equal(forged.status, 403);
    const tab = await admin.post('/api/employees/1/tabs/kisi/kisi', { values: {} }, { withCsrf: false });
    assert.equal(tab.status, 403);
  });

  it('refuses a request from another origin even with the token', async () => {
    const answer = await admin.post('/api/plugins/kisi/pages/settings/actions/refresh-places', { row: null, values: {} },
      { headers: { Origin: 'http://evil.example' } });
    assert.equal(answer.status, 403);
  });

  it('accepts the same request with the token', async () => {
    const answer = await admin.post('/api/plugins/kisi/pages/settings/actions/refresh-places', { row: null, values: {} });
    assert.notEqual(answer.status, 403, JSON.stringify(answer.body));
    assert.notEqual(answer.status, 401, JSON.stringify(answer.body));
  });

  it('signs out only with the token, and the session is gone afterwards', async () => {
    const form = (token) => fetch(`${host.url}/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: admin.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(token ? { csrf_token: token } : {}),
    });
    assert.equal((await form(null)).status, 403);
    assert.equal((await admin.get('/api/centers')).status, 200, 'a refused logout keeps the session');
    const out = await form(admin.csrf);
    assert.equal(out.status, 303);
    assert.equal(out.headers.get('location'), '/login');
    assert.equal((await admin.get('/api/centers')).status, 401);
  });
});
