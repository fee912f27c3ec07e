// Small helpers the walkthrough tests share: dates in a center's time zone, the Kisi groups an
// admin would copy from Kisi, and the table rows of a UI document.

// The host clock's current date at the center (YYYY-MM-DD), as contracts count days.
export async function centerToday(qa, center) {
  const clock = await qa.get('/qa/clock');
  if (clock.status !== 200) throw new Error(`GET /qa/clock answered ${clock.status}`);
  return new Intl.DateTimeFormat('en-CA', { timeZone: center.time_zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(clock.body.now));
}

export function addDays(date, days) {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// The place's parent and staff groups, told apart by name as an admin would, from the
// organization's groups (read once: Kisi limits requests per second).
export function findGroups(groups, placeId) {
  const own = groups.filter((g) => g.place_id === placeId);
  const parentGroup = own.find((g) => /parent/i.test(g.name));
  const staffGroup = own.find((g) => /staff/i.test(g.name));
  if (!parentGroup || !staffGroup) throw new Error(`place ${placeId} lacks a parent or staff group: ${JSON.stringify(own.map((g) => g.name))}`);
  return { parentGroup, staffGroup };
}

// Every row of every table of a UI document.
export function rowsOf(doc) {
  return (doc?.sections || []).flatMap((s) => s.blocks || []).filter((b) => b.type === 'table').flatMap((t) => t.rows || []);
}
