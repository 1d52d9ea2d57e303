// @ts-check
/**
 * Helpers for the receiver's tests (kept outside test/ so that node --test does not run this file
 * as a test). Each test file starts its own receiver on port 0 with its own temporary DATA_DIR.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { createApp } from './app.js';

/**
 * With TEST_DATABASE_URL=postgres://… every receiver the tests start uses PostgreSQL, each in a
 * schema of its own (named after its DATA_DIR, so a restart on the same DATA_DIR finds its data).
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || null;

/** The API token every test receiver accepts (RESULTS_API_TOKENS). */
export const TEST_TOKEN = 'test-token-0123456789abcdefghijklmnopqrstuvwxyz';
/** Headers that read the results with TEST_TOKEN. */
export const BEARER = Object.freeze({ Authorization: `Bearer ${TEST_TOKEN}` });

/** A cheap scrypt cost for the tests' accounts (the real default is 2^15). */
export const TEST_PASSWORD_COST = Object.freeze({ N: 2 ** 10, r: 8, p: 1 });

/** @param {string} dataDir */
export const schemaFor = (dataDir) => `vce_test_${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`;

/**
 * The createApp options that put a receiver on the test database: PostgreSQL when
 * TEST_DATABASE_URL is set, else SQLite in `dataDir`.
 * @param {string} dataDir
 */
export const databaseOptions = (dataDir) => (TEST_DATABASE_URL ? { databaseUrl: TEST_DATABASE_URL, searchPath: schemaFor(dataDir) } : {});

/**
 * Starts a receiver. Rate limiting is off unless the options set it.
 * @param {import('./app.js').AppOptions} [options]
 */
export async function start(options = {}) {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'vce-receiver-')));
  const server = await createApp({
    rateLimitPerMinute: 0,
    log: () => {},
    passwordCost: TEST_PASSWORD_COST,
    apiTokens: [TEST_TOKEN],
    ...databaseOptions(dataDir),
    ...options,
    dataDir,
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://127.0.0.1:${address.port}`;
  return {
    server,
    base,
    port: address.port,
    dataDir,
    /**
     * Reads stored rows (of `feedback`, or another table).
     * @param {string} [where]
     * @param {string} [table]
     * @returns {Promise<Record<string, any>[]>}
     */
    rows(where = '1 = 1', table = 'feedback') {
      return server.store.db.all(`SELECT * FROM ${table} WHERE ${where} ORDER BY ${table === 'feedback' ? 'created_at, id' : '1'}`);
    },
    /**
     * A staff account and a signed-in session for it: the cookie and CSRF token to send.
     * @param {import('./auth/accounts.js').Role} role
     * @param {string} [name]
     */
    async signIn(role, name = `${role}-${randomUUID().slice(0, 8)}`) {
      const password = `correct horse ${randomUUID()}`;
      await server.accounts.add(name, role, password);
      const page = await fetch(`${base}/signin`);
      const signin = /vce_signin=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1] ?? '';
      const res = await fetch(`${base}/signin`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `vce_signin=${signin}` },
        body: new URLSearchParams({ name, password, csrf: signin, next: '/results.html' }),
      });
      if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
      const session = /vce_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
      const cookie = `vce_session=${session}`;
      /** @type {Session} */
      const me = await json(fetch(`${base}/api/session`, { headers: { Cookie: cookie } }));
      return { name, password, cookie, csrf: me.csrf, headers: { Cookie: cookie } };
    },
    /**
     * A rating from a signed officer link: it counts toward the officer's figures.
     * @param {Record<string, unknown>} [overrides] as for rating(); context.officer and .unit are signed
     */
    signed(overrides = {}) {
      const p = rating(overrides);
      const ctx = /** @type {Record<string, string>} */ (p.context ?? {});
      if (ctx.officer && ctx.unit) ctx.sig = server.links.sign(ctx.officer, ctx.unit);
      return p;
    },
    /**
     * @param {unknown} body object (sent as JSON) or string (sent as is)
     * @param {Record<string, string>} [headers]
     */
    post(body, headers = {}) {
      return fetch(`${base}/api/feedback`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    /**
     * As if the process were killed: connections cut and the database closed at once, without
     * waiting for messages being sent. The data stays.
     */
    async kill() {
      server.closeAllConnections();
      server.close();
      await server.store.close();
    },
    /** Stops the server (and closes its database). Removes DATA_DIR unless `keepData`. */
    async stop(keepData = false) {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      await server.closeStore();
      if (!keepData && !options.dataDir) {
        await rm(dataDir, { recursive: true, force: true });
        if (TEST_DATABASE_URL) await dropSchema(schemaFor(dataDir));
      }
    },
  };
}

/**
 * The JSON answers the tests read, as the receiver writes them.
 * @typedef {{ error: string, message: string, fields?: string[], problems?: { field: string, problem: string }[], supported?: string[] }} Refusal
 *   every 4xx and 5xx with a JSON body
 * @typedef {{ state: string, channel?: string, sendAfter?: string | null, cancel?: { href: string, token: string } }} RequestStatus
 *   what the browser that made a contact request may know of it (`cancel` while it waits)
 * @typedef {{ id: string, status: 'created' | 'duplicate', request: RequestStatus }} StoredRequest
 *   POST /api/feedback of a contact request, 201 or 200
 * @typedef {import('./summary.js').Summary & {
 *   contactRequests: Record<import('./contact/queue.js').JobState, number> & { channels: string[] },
 *   comments?: { unreviewed: number },
 * }} SummaryAnswer GET /api/summary
 * @typedef {{ id: string, comment: string, reviewedBy: string | null }} CommentAnswer one of GET /api/comments
 * @typedef {{ name: string, role: string, permissions: string[], csrf: string }} Session GET /api/session
 */

/**
 * The body of an answer from the receiver, after checking that it is JSON. Node types
 * `Response.json()` as `unknown`; here the body has the type the caller declares for it (a JSDoc
 * type on the constant it is assigned to, or a cast around the call), else that of a refusal.
 * @template [T=Refusal]
 * @param {Response | Promise<Response>} response
 * @returns {Promise<T>}
 */
export async function json(response) {
  const res = await response;
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `${res.url}: ${res.status} is JSON`);
  return /** @type {T} */ (await res.json());
}

/**
 * A valid rating payload.
 * @param {Record<string, unknown>} [overrides]
 */
export function rating(overrides = {}) {
  return {
    schema: 'victim-feedback/1',
    id: randomUUID(),
    kind: 'rating',
    createdAt: '2025-01-15T10:30:00.000Z',
    locale: 'en-GB',
    rating: { value: 4, max: 5 },
    comment: 'The officer listened.',
    context: { officer: '1234', unit: 'HV', ref: 'AB/123/25', src: 'qr' },
    ...overrides,
  };
}

/**
 * A valid contact-request payload.
 * @param {Record<string, unknown>} [overrides]
 */
export function contactRequest(overrides = {}) {
  return {
    schema: 'victim-feedback/1',
    id: randomUUID(),
    kind: 'contact-request',
    createdAt: '2025-01-15T10:30:00.000Z',
    locale: 'ur',
    contact: { channel: 'sms', address: '+447700900123', safe: true, consent: true },
    context: { unit: 'HV' },
    ...overrides,
  };
}

/**
 * A raw HTTP request (fetch normalises paths and always sets some headers; this does not).
 * @param {number} port
 * @param {{ method?: string, path: string, headers?: Record<string, string | number>, body?: Buffer | string, chunks?: (Buffer | string)[] }} opts
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: string }>}
 */
export function raw(port, { method = 'GET', path, headers = {}, body, chunks }) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      /** @type {Buffer[]} */
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (chunks) {
      for (const c of chunks) req.write(c);
      req.end();
    } else {
      req.end(body);
    }
  });
}

/**
 * The environment that puts a receiver process (main.js) on the test database: DATA_DIR, and
 * with TEST_DATABASE_URL a DATABASE_URL whose connection options select the schema for DATA_DIR
 * (create it first, for example with openDatabase and databaseOptions).
 * @param {string} dataDir
 * @returns {Record<string, string>}
 */
export function databaseEnv(dataDir) {
  if (!TEST_DATABASE_URL) return { DATA_DIR: dataDir };
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schemaFor(dataDir)}`);
  return { DATA_DIR: dataDir, DATABASE_URL: url.href };
}

/**
 * Drops a test schema on PostgreSQL.
 * @param {string} schema
 */
export async function dropSchema(schema) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: /** @type {string} */ (TEST_DATABASE_URL) });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
