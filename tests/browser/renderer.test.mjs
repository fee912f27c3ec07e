// The generic UI document renderer (sample-host/ui/assets/render.js) in chromium, on its own:
// every block and field type, typed values, errors next to their field, row-action dialogs,
// confirmations, and text that must never become markup. A fixture transport stands in for the
// plugin UI API, so these tests need no plugin.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { requiredEnv } from '../e2e/lib/host.mjs';

const require = createRequire(path.join(requiredEnv('BROWSER_DEPS_DIR'), 'package.json'));
const { chromium } = require('playwright-core');
const assetsDir = requiredEnv('UI_ASSETS_DIR');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const HARNESS_HTML = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/assets/style.css"><script type="module" src="/harness.js"></script></head>
<body><main class="container"><div id="root"></div></main></body></html>`;

// The page keeps what the renderer asked for in window.calls and answers from window.answers.
const HARNESS_JS = `import { DocumentView } from '/assets/render.js';
window.calls = [];
window.answers = [];
window.loads = 0;
window.view = new DocumentView(document.getElementById('root'), {
  load: async () => { window.loads += 1; return structuredClone(window.doc); },
  perform: async (request) => { window.calls.push(request); return window.answers.shift() || { ok: true, message: 'Done.' }; },
});
window.show = (doc) => { window.doc = doc; return window.view.load(); };
window.ready = true;`;

const ALL_FIELDS = [
  { key: 'name', type: 'text', label: 'Name', value: 'Maple', required: true, help: 'The display name.' },
  { key: 'api_key', type: 'secret', label: 'API key', value: 'must-never-show', placeholder: 'set, ends in …abcd' },
  { key: 'site', type: 'url', label: 'Site', value: 'https://example.com', advanced: true },
  { key: 'mail', type: 'email', label: 'Mail', value: 'a@example.com' },
  { key: 'days', type: 'integer', label: 'Days', value: 3 },
  { key: 'ratio', type: 'number', label: 'Ratio', value: 0.5 },
  { key: 'on', type: 'bool', label: 'Enabled', value: true },
  { key: 'center', type: 'select', label: 'Center', value: '2', options: [{ value: '1', label: 'One' }, { value: '2', label: 'Two' }] },
  { key: 'from', type: 'date', label: 'From', value: '2026-12-01' },
  { key: 'note', type: 'textarea', label: 'Note', value: 'line' },
];

const DOC = {
  title: 'Fixture',
  sections: [
    {
      id: 'everything', title: 'Everything', description: 'All blocks.',
      blocks: [
        { type: 'notice', level: 'warning', text: 'Careful <img src=x onerror="window.pwned=1">' },
        { type: 'status', items: [{ label: 'In sync', value: '12', level: 'success' }, { label: 'Failed', value: '1', level: 'error' }] },
        { type: 'keyvalue', items: [{ label: 'Organization', value: 'Sunrise' }] },
        { type: 'progress', label: 'Reconcile', value: 5, max: 5 },
        { type: 'actions', buttons: [{ id: 'refresh', label: 'Refresh' }, { id: 'wipe', label: 'Wipe', confirm: 'Remove everything?', style: 'danger' }] },
        { type: 'form', id: 'main', action: 'save-main', submit_label: 'Save', fields: ALL_FIELDS },
      ],
    },
    {
      id: 'places', title: 'Places',
      blocks: [
        {
          type: 'table', id: 'places', columns: [{ key: 'name', label: 'Place' }, { key: 'status', label: 'Status' }],
          rows: [{
            id: '101', cells: { name: 'Maple', status: 'linked' }, status: 'success',
            actions: [{ id: 'save-place', label: 'Link', fields: [{ key: 'group', type: 'text', label: 'Group', required: true }] }],
          }],
        },
        { type: 'table', id: 'empty', columns: [{ key: 'x', label: 'X' }], rows: [], empty_text: 'No doors yet.' },
        { type: 'chart' },
      ],
    },
  ],
};

describe('UI document renderer', () => {
  let server;
  let url;
  let browser;
  let profile;
  let page;

  before(async () => {
    server = http.createServer(async (request, response) => {
      const pathname = new URL(request.url, 'http://x').pathname;
      if (pathname === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(HARNESS_HTML);
      if (pathname === '/harness.js') return response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(HARNESS_JS);
      const name = pathname.replace(/^\/assets\//, '');
      if (!pathname.startsWith('/assets/') || name.includes('/') || name.includes('..')) return response.writeHead(404).end();
      try {
        const body = await readFile(path.join(assetsDir, name));
        response.writeHead(200, { 'Content-Type': name.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}/`;
    profile = await mkdtemp(path.join(os.tmpdir(), 'chromium-profile-'));
    browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    page = browser.pages()[0] || await browser.newPage();
    page.setDefaultTimeout(5000);
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  const fresh = async (doc = DOC) => {
    await page.goto(url);
    await page.waitForFunction(() => window.ready === true);
    await page.evaluate((d) => window.show(d), doc);
  };
  const calls = () => page.evaluate(() => window.calls);
  const answerNext = (answer) => page.evaluate((a) => window.answers.push(a), answer);

  it('draws every block type, and an unknown one as a warning', async () => {
    await fresh();
    assert.equal(await page.locator('section.card').count(), 2);
    assert.equal(await page.locator('.notice.warning').first().textContent(), 'Careful <img src=x onerror="window.pwned=1">');
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'text never becomes markup');
    assert.equal(await page.locator('.status-tile.success .value').textContent(), '12');
    assert.equal(await page.locator('dl.kv dd').textContent(), 'Sunrise');
    assert.equal(await page.locator('progress').getAttribute('value'), '5');
    assert.equal(await page.locator('button[data-action="wipe"]').getAttribute('class'), 'btn btn-danger');
    assert.equal(await page.locator('tr[data-row="101"] .badge.success').textContent(), 'linked');
    assert.equal(await page.locator('.empty').textContent(), 'No doors yet.');
    assert.match(await page.locator('section[data-section="places"] .notice.warning').textContent(), /chart/);
  });

  it('gives every field type its control; a secret is never pre-filled; advanced fields fold away', async () => {
    await fresh();
    const type = (key) => page.locator(`[name="${key}"]`).evaluate((el) => `${el.tagName.toLowerCase()}:${el.type}`);
    assert.equal(await type('name'), 'input:text');
    assert.equal(await type('api_key'), 'input:password');
    assert.equal(await type('site'), 'input:url');
    assert.equal(await type('mail'), 'input:email');
    assert.equal(await type('days'), 'input:number');
    assert.equal(await type('ratio'), 'input:number');
    assert.equal(await type('on'), 'input:checkbox');
    assert.equal(await type('center'), 'select:select-one');
    assert.equal(await type('from'), 'input:date');
    assert.equal(await type('note'), 'textarea:textarea');
    assert.equal(await page.locator('[name="api_key"]').inputValue(), '');
    assert.ok(!(await page.content()).includes('must-never-show'));
    assert.equal(await page.locator('[name="center"]').inputValue(), '2');
    assert.equal(await page.locator('[name="site"]').isVisible(), false);
    assert.equal(await page.locator('details.advanced [name="site"]').count(), 1);
    assert.equal(await page.locator('.field[data-field="name"] .required-mark').count(), 1);
  });

  it('submits typed values to the form\u2019s action and leaves an untouched secret out', async () => {
    await fresh();
    await page.locator('[name="days"]').fill('7');
    await page.locator('[name="on"]').uncheck();
    await page.locator('[name="center"]').selectOption('1');
    await page.locator('form[data-form="main"] button[type=submit]').click();
    await page.locator('section[data-section="everything"] .flash .notice.success').waitFor();
    const [call] = await calls();
    assert.equal(call.action, 'save-main');
    assert.equal(call.row, null);
    assert.deepEqual(call.values, {
      name: 'Maple', site: 'https://example.com', mail: 'a@example.com', days: 7, ratio: 0.5, on: false,
      center: '1', from: '2026-12-01', note: 'line',
    });
    assert.equal(await page.evaluate(() => window.loads), 2, 'the page is read again after a success');
  });

  it('checks required fields before sending anything', async () => {
    await fresh();
    await page.locator('[name="name"]').fill('');
    await page.locator('form[data-form="main"] button[type=submit]').click();
    await page.locator('.field[data-field="name"] .field-error').waitFor({ state: 'visible' });
    assert.deepEqual(await calls(), []);
  });

  it('shows each refusal next to its field, opens advanced fields that have one, and lists the rest', async () => {
    await fresh();
    await page.locator('[name="api_key"]').fill('wrong-key');
    await answerNext({ ok: false, message: 'Kisi refused the key.', field_errors: { api_key: 'This key is not valid.', site: 'Unreachable.', other: 'Something else.' } });
    await page.locator('form[data-form="main"] button[type=submit]').click();
    const keyError = page.locator('.field[data-field="api_key"] .field-error');
    await keyError.waitFor({ state: 'visible' });
    assert.equal(await keyError.textContent(), 'This key is not valid.');
    assert.equal(await page.locator('[name="api_key"]').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('[name="site"]').isVisible(), true, 'the advanced field with an error is shown');
    const message = page.locator('form[data-form="main"] .form-message');
    assert.match(await message.textContent(), /Kisi refused the key\..*Something else\./s);
    assert.equal((await calls())[0].values.api_key, 'wrong-key');
  });

  it('asks a row action\u2019s fields in a dialog that keeps errors until the action succeeds', async () => {
    await fresh();
    await page.locator('tr[data-row="101"] button[data-action="save-place"]').click();
    const dialog = page.locator('dialog[open]');
    await dialog.locator('[name="group"]').fill('999');
    await answerNext({ ok: false, message: 'Unknown group.', field_errors: { group: 'Kisi has no group 999.' } });
    await dialog.locator('button[type=submit]').click();
    await dialog.locator('.field[data-field="group"] .field-error').getByText('Kisi has no group 999.').waitFor();
    await dialog.locator('[name="group"]').fill('5501');
    await answerNext({ ok: true, message: 'Maple is linked.' });
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('section[data-section="places"] .flash .notice.success').getByText('Maple is linked.').waitFor();
    const sent = await calls();
    assert.deepEqual(sent.map((c) => [c.action, c.row, c.values.group]), [['save-place', '101', '999'], ['save-place', '101', '5501']]);
  });

  it('asks for confirmation first and does nothing when cancelled', async () => {
    await fresh();
    await page.locator('button[data-action="wipe"]').click();
    await page.locator('dialog[open]').getByText('Remove everything?').waitFor();
    await page.locator('dialog[open] button', { hasText: 'Cancel' }).click();
    assert.deepEqual(await calls(), []);
    await page.locator('button[data-action="wipe"]').click();
    await answerNext({ ok: false, message: 'Kisi could not be reached.' });
    await page.locator('dialog[open] button.btn-danger').click();
    await page.locator('section[data-section="everything"] .flash .notice.error').getByText('Kisi could not be reached.').waitFor();
    assert.deepEqual((await calls()).map((c) => c.action), ['wipe']);
  });

  it('reads a page with unfinished progress again until it is done', async () => {
    const running = structuredClone(DOC);
    running.sections[0].blocks[3] = { type: 'progress', label: 'Reconcile', value: 1, max: 5 };
    await fresh(running);
    await page.evaluate((done) => { window.doc = done; }, DOC);
    await page.waitForFunction(() => window.loads >= 2, null, { timeout: 6000 });
    assert.equal(await page.locator('progress').getAttribute('value'), '5');
  });
});
