// The seed article's walkthrough, through the plugin UI API (as the admin pages call it) and the
// QA API, against the sample host in demo mode with its embedded Kisi sandbox:
// paste the key, map places to centers, set parent groups, set an employee's staff group, test
// a lock; then contracts beginning and ending change parents' access in Kisi, and parents and
// staff open exactly their doors from the app API.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHost } from './lib/host.mjs';
import { adminSession, appClient, kisiClient, qaClient } from './lib/clients.mjs';
import { addDays, centerToday, findGroups, rowsOf } from './lib/walkthrough.mjs';

// Granting access in Kisi from contracts and staff profiles is the sync engine's work (issue 6);
// until it lands these steps run as TODO (reported, not counted as failures).
const SYNC_PENDING = 'needs the Kisi sync engine (issue 6)';

describe('seed article walkthrough', () => {
  let host;
  let admin;
  let qa;
  let kisi;
  const linked = []; // [{place, center, parentGroup, staffGroup, locks}]
  let staffMember;

  before(async () => {
    host = await startHost();
    assert.ok(host.apiKey, `the host printed no sandbox API key:\n${host.output()}`);
    assert.ok(host.sandboxUrl, `the host printed no sandbox URL:\n${host.output()}`);
    admin = await adminSession(host);
    assert.ok(admin.ok, 'the admin signs in');
    qa = qaClient(host);
    kisi = kisiClient(host);
  });
  after(async () => host?.stop());

  it('step 1: a wrong API key is refused next to the key field, the right one connects', async () => {
    const wrong = await admin.action('kisi', 'settings', 'save-connection',
      { row: null, values: { api_key: 'not-a-kisi-key-0000', base_url: host.sandboxUrl } });
    assert.ok([422, 502].includes(wrong.status), `status ${wrong.status}: ${JSON.stringify(wrong.body)}`);
    assert.equal(wrong.body.ok, false);
    assert.ok(wrong.body.field_errors?.api_key, 'the error concerns the api_key field');
    assert.ok(!JSON.stringify(wrong.body).includes('not-a-kisi-key-0000'), 'the refused key is not echoed');

    const right = await admin.action('kisi', 'settings', 'save-connection',
      { row: null, values: { api_key: host.apiKey, base_url: host.sandboxUrl } });
    assert.equal(right.status, 200, JSON.stringify(right.body));
    assert.equal(right.body.ok, true);
    const page = await admin.page('kisi', 'settings');
    assert.equal(page.status, 200);
    assert.ok(!JSON.stringify(page.body).includes(host.apiKey), 'the settings page never shows the key');
  });

  it('step 2-4: places are mapped to centers with their parent groups; an unknown group is refused', async () => {
    const refresh = await admin.action('kisi', 'settings', 'refresh-places', { row: null, values: {} });
    assert.equal(refresh.status, 200, JSON.stringify(refresh.body));
    const centers = (await admin.get('/api/centers')).body;
    const places = await kisi.list('/places');
    const pageRows = rowsOf((await admin.page('kisi', 'settings')).body);
    for (const place of places) {
      assert.ok(pageRows.some((row) => row.id === String(place.id)), `the settings page lists place ${place.name}`);
    }
    const pairs = places.map((place) => ({ place, center: centers.find((c) => c.name === place.name) })).filter((p) => p.center);
    assert.ok(pairs.length >= 2, 'the demo has at least two places named like centers');

    const first = pairs[0];
    const unknown = await admin.action('kisi', 'settings', 'save-place', {
      row: String(first.place.id), values: { center_id: String(first.center.id), parent_group_id: '987654321', staff_group_id: '' },
    });
    assert.equal(unknown.status, 422, JSON.stringify(unknown.body));
    assert.ok(unknown.body.field_errors?.parent_group_id, 'the error concerns the parent group field');

    const groups = await kisi.list('/groups');
    const allLocks = await kisi.list('/locks');
    for (const { place, center } of pairs) {
      const { parentGroup, staffGroup } = findGroups(groups, place.id);
      const saved = await admin.action('kisi', 'settings', 'save-place', {
        row: String(place.id), values: { center_id: String(center.id), parent_group_id: String(parentGroup.id), staff_group_id: '' },
      });
      assert.equal(saved.status, 200, `${place.name}: ${JSON.stringify(saved.body)}`);
      const locks = allLocks.filter((l) => l.place_id === place.id);
      linked.push({ place, center, parentGroup, staffGroup, locks });
    }
  });

  it('step 5: an employee\u2019s Kisi tab takes their staff group; an unknown group is refused', async () => {
    const employees = (await admin.get('/api/employees')).body;
    const target = linked[0];
    const employee = employees.find((e) => e.status === 'active' && e.home_center_id === target.center.id);
    assert.ok(employee, 'the demo has an active employee at the first linked center');
    const tab = await admin.tab(employee.id, 'kisi', 'kisi');
    assert.equal(tab.status, 200, JSON.stringify(tab.body));

    const unknown = await admin.saveTab(employee.id, 'kisi', 'kisi', { group_id: '987654321' });
    assert.equal(unknown.status, 422, JSON.stringify(unknown.body));
    assert.ok(unknown.body.field_errors?.group_id, 'the error concerns the group field');

    const saved = await admin.saveTab(employee.id, 'kisi', 'kisi', { group_id: String(target.staffGroup.id) });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    staffMember = employee;
  });

  it('the employee opens exactly their center’s doors from the app', { todo: SYNC_PENDING }, async () => {
    const target = linked[0];
    await qa.settle();
    const staff = appClient(host, await qa.token({ employee_id: staffMember.id }));
    const doors = await staff.doors();
    assert.equal(doors.status, 200, JSON.stringify(doors.body));
    const ownLocks = new Set(target.locks.map((l) => String(l.id)));
    assert.ok(doors.body.length > 0, 'the employee sees their center\u2019s doors');
    assert.ok(doors.body.every((d) => ownLocks.has(String(d.id))), 'and only those');
    assert.equal((await staff.unlock(doors.body[0].id)).status, 200);
    const elsewhere = linked[1].locks[0];
    assert.equal((await staff.unlock(elsewhere.id)).status, 403, 'another center\u2019s door stays shut');
  });

  it('wrap-up: the admin can test a lock from the settings page', async () => {
    const lock = linked[0].locks[0];
    const answer = await admin.action('kisi', 'settings', 'test-unlock', { row: String(lock.id), values: {} });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.ok, true);
  });

  it('parents open exactly their center\u2019s doors while their contract runs, and none after it ends', { todo: SYNC_PENDING }, async () => {
    const [home, other] = linked;
    const today = await centerToday(qa, home.center);
    const familyId = await qa.created('/qa/families', { name: 'Walkthrough family' });
    const email = `walkthrough.parent.${Date.now()}@example.com`;
    const adultId = await qa.created('/qa/adults', {
      family_id: familyId, name: 'Wanda Walkthrough', email, relationship: 'guardian', door_access: true, do_not_admit: false,
    });
    const childId = await qa.created('/qa/children', { family_id: familyId, name: 'Wally Walkthrough' });
    const contractId = await qa.created('/qa/contracts', {
      child_id: childId, center_id: home.center.id, start_date: today, end_date: addDays(today, 30), status: 'active',
    });
    await qa.settle();

    const users = await kisi.list(`/users?email=${encodeURIComponent(email)}`);
    assert.equal(users.length, 1, 'the guardian became one Kisi user');
    const assignments = await kisi.list(`/role_assignments?group_id=${home.parentGroup.id}`);
    assert.ok(assignments.some((a) => a.user_id === users[0].id), 'in the center\u2019s parent group');

    const parent = appClient(host, await qa.token({ adult_id: adultId }));
    const doors = await parent.doors();
    assert.equal(doors.status, 200, JSON.stringify(doors.body));
    const homeLocks = new Set(home.locks.map((l) => String(l.id)));
    assert.ok(doors.body.length > 0, 'the parent sees the center\u2019s doors');
    assert.ok(doors.body.every((d) => homeLocks.has(String(d.id))), 'and only those');
    const opened = await parent.unlock(doors.body[0].id);
    assert.equal(opened.status, 200, JSON.stringify(opened.body));
    assert.equal((await parent.unlock(other.locks[0].id)).status, 403, 'another center\u2019s door stays shut');

    const withdrawn = await qa.patch(`/qa/contracts/${contractId}`, { status: 'withdrawn' });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    await qa.settle();
    const after = await kisi.list(`/role_assignments?group_id=${home.parentGroup.id}`);
    assert.ok(!after.some((a) => a.user_id === users[0].id), 'the withdrawal removed the assignment in Kisi');
    assert.deepEqual((await parent.doors()).body, [], 'no doors after the contract ends');
    assert.equal((await parent.unlock(doors.body[0].id)).status, 403, 'the former door stays shut');
  });

  it('a contract that begins later opens the doors when its start date arrives and closes them after its end', { todo: SYNC_PENDING }, async () => {
    const [home] = linked;
    const today = await centerToday(qa, home.center);
    const familyId = await qa.created('/qa/families', { name: 'Future family' });
    const adultId = await qa.created('/qa/adults', {
      family_id: familyId, name: 'Fiona Future', email: `future.parent.${Date.now()}@example.com`, relationship: 'guardian', door_access: true, do_not_admit: false,
    });
    const childId = await qa.created('/qa/children', { family_id: familyId, name: 'Finn Future' });
    await qa.created('/qa/contracts', {
      child_id: childId, center_id: home.center.id, start_date: addDays(today, 20), end_date: addDays(today, 40), status: 'active',
    });
    await qa.settle();
    const parent = appClient(host, await qa.token({ adult_id: adultId }));
    assert.deepEqual((await parent.doors()).body, [], 'no doors before the contract begins');

    const clock = await qa.get('/qa/clock');
    const setClock = async (days) => {
      const now = new Date(Date.parse(clock.body.now) + days * 86400000).toISOString();
      assert.equal((await qa.put('/qa/clock', { now })).status, 200);
      await qa.settle();
    };
    await setClock(21);
    const during = await parent.doors();
    assert.ok(during.body.length > 0, 'doors open once the contract has begun');
    assert.equal((await parent.unlock(during.body[0].id)).status, 200);

    await setClock(60);
    assert.deepEqual((await parent.doors()).body, [], 'no doors after the contract (and its grace days) ended');
    assert.equal((await parent.unlock(during.body[0].id)).status, 403);
  });
});
