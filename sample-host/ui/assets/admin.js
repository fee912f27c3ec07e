// The admin pages. The server renders the shell (navigation, title, CSRF token) and names the
// page in <body data-page>; this script reads the host's JSON APIs and draws the page. Host data
// is drawn with the same renderer as plugin pages, as UI documents built here.

import { h, clear, initials } from './dom.js';
import { getJson, postJson } from './api.js';
import { DocumentView } from './render.js';

const body = document.body;
const params = {
  page: body.dataset.page,
  id: body.dataset.entityId,
  plugin: body.dataset.plugin,
  tab: body.dataset.tab,
};
const content = document.getElementById('content');
const enc = encodeURIComponent;

const STATE_LEVELS = { active: 'success', degraded: 'warning', loaded: 'info', created: 'info', configured: 'info' };
const stateLevel = (state) => STATE_LEVELS[state] || 'error';
// The states in which a plugin answers (host::loader::is_serving).
const serving = (plugin) => plugin.state === 'active' || plugin.state === 'degraded';
const humanize = (text) => String(text || '').replace(/_/g, ' ');

function show(target, load, perform = async () => ({ ok: false, message: 'This page has no actions.' })) {
  const view = new DocumentView(target, { load, perform });
  view.load();
  return view;
}

// A read-only page built from host data.
function hostPage(build) {
  show(content, build);
}

// A search box over the rows of the page's tables (long lists: families, employees).
function addSearch(label) {
  const input = h('input', { type: 'search', class: 'search', placeholder: label, 'aria-label': label });
  input.addEventListener('input', () => {
    const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    for (const row of content.querySelectorAll('tbody tr')) {
      const text = row.textContent.toLowerCase();
      row.hidden = !words.every((word) => text.includes(word));
    }
  });
  content.before(input);
}

function table(id, columns, rows, emptyText) {
  return { type: 'table', id, columns, rows, empty_text: emptyText };
}

const link = (href, text) => ({ text, href });
const statusCell = (text, lvl) => ({ text: humanize(text), level: lvl });

async function centersById() {
  const centers = await getJson('/api/centers');
  return new Map(centers.map((c) => [c.id, c]));
}

const pages = {
  async centers() {
    hostPage(async () => {
      const centers = await getJson('/api/centers');
      return {
        sections: [{
          id: 'centers',
          title: `${centers.length} ${centers.length === 1 ? 'center' : 'centers'}`,
          blocks: [table('centers', [
            { key: 'name', label: 'Center' }, { key: 'time_zone', label: 'Time zone' }, { key: 'id', label: 'ID' },
          ], centers.map((c) => ({ id: c.id, cells: { name: c.name, time_zone: c.time_zone, id: c.id } })), 'No centers yet.')],
        }],
      };
    });
  },

  async families() {
    addSearch('Search families, adults or children');
    hostPage(async () => {
      const families = await getJson('/api/families');
      return {
        sections: [{
          id: 'families',
          title: `${families.length} ${families.length === 1 ? 'family' : 'families'}`,
          blocks: [table('families', [
            { key: 'name', label: 'Family' }, { key: 'adults', label: 'Adults' },
            { key: 'children', label: 'Children' }, { key: 'contracts', label: 'Active contracts' },
          ], families.map((f) => ({
            id: f.id,
            cells: {
              name: link(`/admin/families/${enc(f.id)}`, f.name),
              adults: (f.adults || []).map((a) => a.name).join(', '),
              children: (f.children || []).map((c) => c.name).join(', '),
              contracts: (f.contracts || []).filter((c) => c.status === 'active').length,
            },
          })), 'No families yet.')],
        }],
      };
    });
  },

  async family() {
    hostPage(async () => {
      const [family, centers] = await Promise.all([getJson(`/api/families/${enc(params.id)}`), centersById()]);
      document.getElementById('page-title').textContent = family.name;
      const children = new Map((family.children || []).map((c) => [c.id, c]));
      return {
        sections: [
          {
            id: 'adults', title: 'Adults',
            description: 'Guardians and authorised pick-up people. Door access follows the family\u2019s active contracts.',
            blocks: [table('adults', [
              { key: 'name', label: 'Name' }, { key: 'email', label: 'Email' }, { key: 'relationship', label: 'Relationship' },
              { key: 'door_access', label: 'Door access' }, { key: 'admit', label: 'Admittance' },
            ], (family.adults || []).map((a) => ({
              id: a.id,
              cells: {
                name: a.name, email: a.email, relationship: humanize(a.relationship), door_access: !!a.door_access,
                admit: a.do_not_admit ? statusCell('Do not admit', 'error') : statusCell('Allowed', 'success'),
              },
            })), 'No adults in this family.')],
          },
          {
            id: 'children', title: 'Children',
            blocks: [table('children', [{ key: 'name', label: 'Name' }, { key: 'id', label: 'ID' }],
              (family.children || []).map((c) => ({ id: c.id, cells: { name: c.name, id: c.id } })), 'No children in this family.')],
          },
          {
            id: 'contracts', title: 'Contracts',
            blocks: [table('contracts', [
              { key: 'child', label: 'Child' }, { key: 'center', label: 'Center' }, { key: 'start_date', label: 'Starts' },
              { key: 'end_date', label: 'Ends' }, { key: 'status', label: 'Status' },
            ], (family.contracts || []).map((c) => ({
              id: c.id,
              cells: {
                child: children.get(c.child_id)?.name ?? c.child_id,
                center: centers.get(c.center_id)?.name ?? c.center_id,
                start_date: c.start_date, end_date: c.end_date || 'Open-ended',
                status: statusCell(c.status, c.status === 'active' ? 'success' : 'warning'),
              },
            })), 'No contracts.')],
          },
        ],
      };
    });
  },

  async employees() {
    addSearch('Search employees');
    hostPage(async () => {
      const [employees, centers] = await Promise.all([getJson('/api/employees'), centersById()]);
      return {
        sections: [{
          id: 'employees',
          title: `${employees.length} ${employees.length === 1 ? 'employee' : 'employees'}`,
          blocks: [table('employees', [
            { key: 'name', label: 'Name' }, { key: 'email', label: 'Email' },
            { key: 'center', label: 'Home center' }, { key: 'status', label: 'Status' },
          ], employees.map((e) => ({
            id: e.id,
            cells: {
              name: link(`/admin/employees/${enc(e.id)}`, e.name), email: e.email,
              center: centers.get(e.home_center_id)?.name ?? e.home_center_id,
              status: statusCell(e.status, e.status === 'active' ? 'success' : 'warning'),
            },
          })), 'No employees yet.')],
        }],
      };
    });
  },

  async employee() {
    const [employee, centers, plugins] = await Promise.all([
      getJson(`/api/employees/${enc(params.id)}`), centersById(), getJson('/api/plugins')]);
    document.getElementById('page-title').textContent = employee.name;
    const tabs = plugins.flatMap((p) => (p.profile_tabs || [])
      .filter((t) => t.entity === 'employee')
      .map((t) => ({ plugin: p, tab: t })));
    const base = `/admin/employees/${enc(employee.id)}`;
    const current = tabs.find((t) => t.plugin.id === params.plugin && t.tab.id === params.tab);
    const tabBar = h('nav', { class: 'tabs', 'aria-label': 'Profile sections' },
      h('a', { href: base, 'aria-selected': String(!current), text: 'Profile' }),
      tabs.map((t) => h('a', {
        href: `${base}/tabs/${enc(t.plugin.id)}/${enc(t.tab.id)}`,
        'aria-selected': String(current === t), text: t.tab.title || t.plugin.name,
      })));
    const panel = h('div', { role: 'tabpanel' });
    const statusClass = employee.status === 'active' ? 'success' : 'warning';
    clear(content).append(
      h('div', { class: 'card entity-card' },
        h('div', { class: 'entity-head' }, h('span', { class: 'avatar', 'aria-hidden': 'true', text: initials(employee.name) }),
          h('div', {}, h('div', { class: 'entity-name', text: employee.email }),
            h('div', { class: 'muted', text: `Home center: ${centers.get(employee.home_center_id)?.name ?? employee.home_center_id}` })),
          h('span', { class: `badge ${statusClass} push-right`, text: humanize(employee.status) }))),
      tabBar, panel);
    if (!current) {
      show(panel, async () => ({
        sections: [{
          id: 'profile', title: 'Profile',
          blocks: [{
            type: 'keyvalue', items: [
              { label: 'Name', value: employee.name }, { label: 'Email', value: employee.email },
              { label: 'Home center', value: centers.get(employee.home_center_id)?.name ?? employee.home_center_id },
              { label: 'Status', value: humanize(employee.status) }, { label: 'Employee ID', value: employee.id },
            ],
          }],
        }],
      }));
      return;
    }
    if (!serving(current.plugin)) {
      panel.append(pluginUnavailable(current.plugin));
      return;
    }
    const notice = degradedNotice(current.plugin);
    if (notice) panel.before(notice);
    const path = `/api/employees/${enc(employee.id)}/tabs/${enc(current.plugin.id)}/${enc(current.tab.id)}`;
    show(panel, () => getJson(path), ({ values }) => postJson(path, { values }));
  },

  async integrations() {
    const plugins = await getJson('/api/plugins');
    const pages = plugins.flatMap((p) => (p.settings_pages || [])
      .filter((page) => !page.location || page.location === 'settings.integrations')
      .map((page) => ({ plugin: p, page })));
    if (!pages.length) {
      clear(content).append(h('div', { class: 'card' }, h('p', { class: 'muted', text: 'No integration is installed. Put a plugin into the plugins folder and restart the host.' })));
      return;
    }
    const current = pages.find((p) => p.plugin.id === params.plugin && p.page.id === params.tab) || pages[0];
    const tabBar = h('nav', { class: 'tabs', 'aria-label': 'Integrations' }, pages.map((p) => h('a', {
      href: `/admin/settings/integrations/${enc(p.plugin.id)}/${enc(p.page.id)}`,
      'aria-selected': String(p === current), text: p.page.title || p.plugin.name,
    })));
    const panel = h('div', { role: 'tabpanel' });
    clear(content).append(tabBar, panel);
    if (!serving(current.plugin)) {
      panel.append(pluginUnavailable(current.plugin));
      return;
    }
    const notice = degradedNotice(current.plugin);
    if (notice) panel.before(notice);
    const path = `/api/plugins/${enc(current.plugin.id)}/pages/${enc(current.page.id)}`;
    show(panel, () => getJson(path),
      ({ action, row, values }) => postJson(`${path}/actions/${enc(action)}`, { row, values }));
  },

  async missing() {
    clear(content).append(h('div', { class: 'card' }, h('p', { class: 'flush', text: 'There is no such page.' }),
      h('p', { class: 'small muted after' }, h('a', { href: '/admin', text: 'Back to the admin home' }))));
  },

  async plugins() {
    hostPage(async () => {
      const plugins = await getJson('/api/plugins');
      if (!plugins.length) {
        return { sections: [{ id: 'none', blocks: [{ type: 'notice', level: 'info', text: 'No plugin was found in the plugins folder.' }] }] };
      }
      return {
        sections: plugins.map((p) => ({
          id: `plugin-${p.id}`,
          title: p.name || p.id,
          description: p.description,
          blocks: [
            {
              type: 'status', items: [
                { label: 'State', value: humanize(p.state), level: stateLevel(p.state) },
                { label: 'Version', value: p.version || '—' },
              ],
            },
            p.reason ? { type: 'notice', level: stateLevel(p.state) === 'success' ? 'info' : stateLevel(p.state), text: p.reason } : null,
            {
              type: 'keyvalue', items: [
                { label: 'Plugin ID', value: p.id },
                { label: 'Vendor', value: p.vendor },
                { label: 'Settings pages', value: (p.settings_pages || []).map((s) => s.title).join(', ') },
                { label: 'Profile tabs', value: (p.profile_tabs || []).map((t) => `${t.title} (${t.entity})`).join(', ') },
                { label: 'Events', value: (p.events || []).join(', ') },
                { label: 'Data sent off-site', value: (p.data_sent_offsite || []).map((d) => `${(d.data || []).join(', ')} to ${d.recipient}`).join('; ') },
              ].filter((item) => item.value),
            },
          ].filter(Boolean),
        })),
      };
    });
  },
};

// A serving plugin that recently failed: its pages work, but the admin should know.
function degradedNotice(plugin) {
  if (plugin.state !== 'degraded') return null;
  return h('div', { class: 'notice warning entity-card', role: 'status' },
    h('strong', { text: `${plugin.name || plugin.id} is degraded. ` }), plugin.reason || 'A recent call to it failed.');
}

function pluginUnavailable(plugin) {
  return h('div', { class: 'card' },
    h('div', { class: `notice ${stateLevel(plugin.state)}`, role: 'alert' },
      h('strong', { text: `${plugin.name || plugin.id} is ${humanize(plugin.state)}. ` }),
      plugin.reason || 'Its pages are unavailable until it is active again.'),
    h('p', { class: 'small muted after' }, 'See ', h('a', { href: '/admin/plugins', text: 'Plugins' }), ' for details.'));
}

async function main() {
  const page = pages[params.page];
  if (!page) return;
  try {
    await page();
  } catch (error) {
    clear(content).append(h('div', { class: 'card' }, h('div', { class: 'notice error', role: 'alert', text: error.message || String(error) })));
  }
}

main();
