// @ts-check
// `npm run bench:receiver`: load on the reference receiver, not a test (timings vary by machine).
// Posts 2,000 ratings at a concurrency of 50 to a receiver on this machine and prints requests
// per second and latency percentiles, then sends every rating again (as an element retrying
// would, not timed) and checks that each was stored exactly once.
//
//   npm run bench:receiver                                  # SQLite in a temporary DATA_DIR
//   BENCH_DATABASE_URL=postgres://… npm run bench:receiver  # and PostgreSQL, in a schema of its own
//   node scripts/load-receiver.mjs --posts 5000 --concurrency 100
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../demo/server/app.js';

const args = process.argv.slice(2);
const arg = (/** @type {string} */ name, /** @type {number} */ fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const POSTS = arg('posts', 2000);
const CONCURRENCY = arg('concurrency', 50);

/** @param {number[]} sorted @param {number} p */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/**
 * @param {string} label
 * @param {import('../demo/server/app.js').AppOptions} options for createApp
 */
async function run(label, options) {
  const dataDir = await mkdtemp(join(tmpdir(), 'vce-load-'));
  const server = await createApp({ rateLimitPerMinute: 0, workerIntervalMs: 0, log: () => {}, dataDir, ...options });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  const payloads = Array.from({ length: POSTS }, (_, i) => ({
    schema: 'victim-feedback/1',
    id: randomUUID(),
    kind: 'rating',
    createdAt: new Date().toISOString(),
    locale: ['en-GB', 'cy', 'pl', 'ar'][i % 4],
    rating: { value: 1 + (i % 5), max: 5 },
    comment: i % 3 ? undefined : 'The officer listened and explained what would happen next.',
    context: { officer: String(4000 + (i % 40)), unit: 'HB', src: 'qr', sig: server.links.sign(String(4000 + (i % 40)), 'HB') },
  }));
  /** @type {number[]} */
  const latencies = [];
  /** @type {Map<number, number>} */
  const statuses = new Map();
  let next = 0;
  const post = async (/** @type {(typeof payloads)[number]} */ p) => {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': p.id },
      body: JSON.stringify(p),
    });
    await res.arrayBuffer();
    latencies.push(performance.now() - t0);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  };
  const worker = async () => {
    while (next < payloads.length) await post(payloads[next++]);
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const timed = [...latencies];
  // The retries: every rating again, at the same concurrency; each must answer 200 and store nothing.
  next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const row = (await server.store.db.get(`SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM feedback WHERE kind = 'rating'`)) ?? {};
  await new Promise((resolve) => {
    server.close(() => resolve(undefined));
    server.closeAllConnections();
  });
  await server.closeStore();
  if (options.searchPath) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: options.databaseUrl ?? undefined });
    await client.connect();
    await client.query(`DROP SCHEMA ${options.searchPath} CASCADE`);
    await client.end();
  }
  await rm(dataDir, { recursive: true, force: true });
  const requests = timed.length;
  const ok = statuses.get(201) === POSTS && statuses.get(200) === POSTS && row.n === POSTS && row.d === POSTS;
  console.log(
    `${label.padEnd(10)} ${String(requests).padStart(6)} requests  ${(requests / seconds).toFixed(0).padStart(6)} req/s` +
      `  p50 ${percentile(timed, 50).toFixed(1)} ms  p99 ${percentile(timed, 99).toFixed(1)} ms` +
      `  stored ${row.n} rows for ${POSTS} ratings (${[...statuses].map(([s, n]) => `${n}×${s}`).join(', ')})  ${ok ? 'OK' : 'NOT OK'}`,
  );
  return ok;
}

console.log(`${POSTS} ratings posted at a concurrency of ${CONCURRENCY}, then each again (Node ${process.version})`);
let ok = await run('SQLite', {});
const url = process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim();
if (url) ok = (await run('PostgreSQL', { databaseUrl: url, searchPath: `vce_load_${process.pid}` })) && ok;
else console.log('PostgreSQL: set BENCH_DATABASE_URL=postgres://… to measure it too.');
process.exit(ok ? 0 : 1);
