// @ts-check
/**
 * Helpers for the receiver's tests (kept outside test/ so that node --test does not run this file
 * as a test). Each test file starts its own receiver on port 0 with its own temporary DATA_DIR.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { createApp } from './app.js';
import { DB_FILE_NAME } from './db.js';

/**
 * Starts a receiver. Rate limiting is off unless the options set it.
 * @param {import('./app.js').AppOptions} [options]
 */
export async function start(options = {}) {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'vce-receiver-')));
  const server = createApp({ rateLimitPerMinute: 0, ...options, dataDir });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const base = `http://127.0.0.1:${address.port}`;
  return {
    server,
    base,
    port: address.port,
    dataDir,
    /**
     * Reads stored rows through a separate, read-only connection to the database file.
     * @param {string} [where]
     * @returns {Record<string, any>[]}
     */
    rows(where = '1') {
      const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true, fileMustExist: true });
      try {
        return db.prepare(`SELECT * FROM feedback WHERE ${where} ORDER BY created_at, id`).all();
      } finally {
        db.close();
      }
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
    /** Stops the server (and closes its database). Removes DATA_DIR unless `keepData`. */
    async stop(keepData = false) {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      if (!keepData && !options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
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
