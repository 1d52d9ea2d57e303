// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { start, contactRequest, BEARER, json } from '../testing.js';

/** A clock the tests set: the receiver's time of receipt decides the week. */
let clock = new Date('2025-01-15T10:00:00.000Z');
const now = () => clock;

/**
 * Posts ratings from signed links, received at `at`.
 * @param {Awaited<ReturnType<typeof start>>} app
 * @param {number[]} values
 * @param {{ unit?: string, officer?: string, at?: string, max?: number }} where
 */
async function seed(app, values, { unit, officer, at = '2025-01-15T10:00:00.000Z', max = 5 }) {
  clock = new Date(at);
  for (const value of values) {
    const res = await app.post(app.signed({ rating: { value, max }, context: { unit, officer } }));
    assert.equal(res.status, 201);
  }
}

/**
 * @param {Awaited<ReturnType<typeof start>>} app
 * @returns {Promise<import('../testing.js').SummaryAnswer>}
 */
async function summary(app, query = '') {
  const res = await fetch(`${app.base}/api/summary${query}`, { headers: BEARER });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return json(res);
}

/** @param {{ groups: { key: string }[] }} b */
const keys = (b) => b.groups.map((g) => g.key);

test('distribution and mean overall and by ISO week of receipt, unit and officer; small groups hidden', async (t) => {
  const app = await start({ minGroupSize: 5, now });
  t.after(() => app.stop());

  await seed(app, [1, 2, 3, 4, 5, 5], { unit: 'HV', officer: '1234', at: '2025-01-15T10:00:00.000Z' });
  // 30 December 2024 is in ISO week 1 of 2025.
  await seed(app, [5, 5, 4, 4, 2], { unit: 'CID', officer: '5678', at: '2024-12-30T08:00:00.000Z' });
  // A contact request never counts.
  assert.equal((await app.post(contactRequest({ context: { unit: 'HV', officer: '1234' } }))).status, 201);

  let s = await summary(app);
  assert.equal(s.max, 5);
  assert.equal(s.minGroupSize, 5);
  assert.deepEqual(s.overall, { count: 11, mean: 3.64, counts: { 1: 1, 2: 2, 3: 1, 4: 3, 5: 4 }, suppressed: false });
  assert.deepEqual(s.byUnit, {
    groups: [
      { key: 'CID', count: 5, mean: 4, counts: { 1: 0, 2: 1, 3: 0, 4: 2, 5: 2 } },
      { key: 'HV', count: 6, mean: 3.33, counts: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 2 } },
    ],
    suppressed: 0,
  });
  assert.deepEqual(keys(s.byWeek), ['2025-W01', '2025-W03']);
  assert.equal(s.byWeek.groups[0].mean, 4);
  assert.deepEqual(keys(s.byOfficer), ['1234', '5678']);

  // One rating from a new unit, officer and week: that group is hidden, and so is the next
  // smallest, or the hidden one could be worked out as overall minus the groups shown.
  await seed(app, [1], { unit: 'X', officer: '9999', at: '2025-02-05T10:00:00.000Z' });
  s = await summary(app);
  assert.equal(s.overall.count, 12);
  assert.deepEqual(keys(s.byUnit), ['HV']);
  assert.equal(s.byUnit.suppressed, 2);
  assert.deepEqual(keys(s.byOfficer), ['1234']);
  assert.deepEqual(keys(s.byWeek), ['2025-W03']);
  const text = JSON.stringify(s);
  assert.ok(!text.includes('"X"') && !text.includes('9999') && !text.includes('2025-W06'), 'hidden keys are not named');

  // Once the small group reaches the minimum, everything shows.
  await seed(app, [2, 3, 3, 4], { unit: 'X', officer: '9999', at: '2025-02-05T10:00:00.000Z' });
  s = await summary(app);
  assert.deepEqual(keys(s.byUnit), ['CID', 'HV', 'X']);
  assert.deepEqual(s.byUnit.groups[2], { key: 'X', count: 5, mean: 2.6, counts: { 1: 1, 2: 1, 3: 2, 4: 1, 5: 0 } });
  assert.equal(s.byUnit.suppressed, 0);
  assert.deepEqual(keys(s.byWeek), ['2025-W01', '2025-W03', '2025-W06']);
});

test('verified ratings without an officer in a group: complementary suppression among units', async (t) => {
  const app = await start({ minGroupSize: 3, now });
  t.after(() => app.stop());
  await seed(app, [4, 4, 4], { unit: 'HV', officer: '1' });
  await seed(app, [1], { unit: 'CID', officer: '2' });
  const s = await summary(app);
  assert.equal(s.overall.count, 4);
  // 4 - 3 = 1 rating of CID would be exposed by subtraction, so HV is hidden too.
  assert.deepEqual(s.byUnit, { groups: [], suppressed: 2 });
  await seed(app, [2, 2], { unit: 'CID', officer: '3' });
  const s2 = await summary(app);
  assert.deepEqual(keys(s2.byUnit), ['CID', 'HV']);
  assert.deepEqual(keys(s2.byOfficer), ['1'], 'officers 2 and 3 are below the minimum');
});

test('fewer ratings than the minimum: nothing but the count is shown', async (t) => {
  const app = await start({ minGroupSize: 5, now });
  t.after(() => app.stop());
  await seed(app, [1, 5, 5, 5], { unit: 'HV', officer: '1234' });
  const s = await summary(app);
  assert.deepEqual(s.overall, { count: 4, mean: null, counts: null, suppressed: true });
  assert.deepEqual(s.byUnit, { groups: [], suppressed: 1 });
  assert.deepEqual(s.byOfficer, { groups: [], suppressed: 1 });
  assert.deepEqual(s.byWeek, { groups: [], suppressed: 1 });
});

test('MIN_GROUP_SIZE=1 shows every group', async (t) => {
  const app = await start({ minGroupSize: 1, now });
  t.after(() => app.stop());
  await seed(app, [2], { unit: 'HV', officer: '1234' });
  const s = await summary(app);
  assert.deepEqual(s.overall, { count: 1, mean: 2, counts: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, suppressed: false });
  assert.deepEqual(s.byOfficer.groups, [{ key: '1234', count: 1, mean: 2, counts: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 } }]);
});

test('one scale at a time: ?max=N, default 5; other scales are listed', async (t) => {
  const app = await start({ minGroupSize: 1, now });
  t.after(() => app.stop());
  await seed(app, [4, 5], { unit: 'HV' });
  await seed(app, [10, 7], { unit: 'HV', max: 10 });
  const five = await summary(app);
  assert.equal(five.overall.count, 2);
  assert.equal(five.overall.mean, 4.5);
  assert.deepEqual(five.scales, [
    { max: 5, count: 2 },
    { max: 10, count: 2 },
  ]);
  const ten = await summary(app, '?max=10');
  assert.equal(ten.max, 10);
  assert.equal(ten.overall.mean, 8.5);
  assert.equal(Object.keys(ten.overall.counts).length, 10);
  for (const bad of ['2', '11', 'five', '5.5']) {
    const res = await fetch(`${app.base}/api/summary?max=${bad}`, { headers: BEARER });
    assert.equal(res.status, 400, bad);
  }
});
