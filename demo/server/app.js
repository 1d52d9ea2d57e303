// @ts-check
/**
 * The reference receiver: POST /api/feedback, GET /api/summary, GET /api/export.csv, and the demo
 * pages, on plain node:http (three routes and static files need no framework, and every dependency
 * is one more thing to audit in a service that receives victims' words).
 *
 *   import { createApp } from './app.js';
 *   const server = createApp({ dataDir: '/tmp/x' });   // a node:http Server, not yet listening
 *   server.listen(0);
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createRateLimiter, clientKey } from './rate-limit.js';
import { openStore } from './db.js';
import { DEFAULTS } from './config.js';
import { validatePayload, SCHEMA_VERSION } from './validate.js';
import { buildSummary } from './summary.js';
import { csvRow } from './csv.js';
import { createStatic } from './static.js';
import { COMMON_HEADERS } from './security.js';
import { createQueue } from './contact/queue.js';
import { createWorker } from './contact/worker.js';
import { notifyProvider, smtpProvider } from './contact/providers.js';
import { nextSendTime } from './contact/send-hours.js';
import { keyed, loadSecret } from './contact/secret.js';

export { CONTENT_SECURITY_POLICY } from './security.js';

/** Largest accepted request body, in bytes. */
export const BODY_LIMIT = 16 * 1024;
/** After refusing an oversized body, how much more of it is read and thrown away before the connection is cut. */
const DISCARD_LIMIT = 256 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {{
 *   dataDir?: string, allowedOrigins?: string[], retentionDays?: number, minGroupSize?: number,
 *   rateLimitPerMinute?: number, demoDir?: string, distDir?: string,
 *   now?: () => Date,
 *   retentionIntervalMs?: number,
 *   contact?: Partial<import('./config.js').ContactConfig>,
 *   providers?: import('./contact/providers.js').Provider[],
 *   workerIntervalMs?: number, random?: () => number
 * }} AppOptions
 *   now: the clock (tests inject one); retentionIntervalMs: how often retention runs (24 h);
 *   providers: instead of those the contact configuration names (tests); workerIntervalMs: how
 *   often the sender looks for due messages (5 s; 0: never by itself, tests call worker.runOnce()).
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/**
 * @param {Res} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string | number>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...COMMON_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(json);
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} error machine-readable code
 * @param {string} message for people
 * @param {Record<string, unknown>} [extra]
 * @param {Record<string, string | number>} [headers]
 */
function sendError(res, status, error, message, extra = {}, headers = {}) {
  sendJson(res, status, { error, message, ...extra }, headers);
}

/**
 * Reads at most `limit` bytes of the body.
 * @param {Req} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>} null when the body is larger than `limit`
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let settled = false;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        settled = true;
        req.off('data', onData);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks));
      settled = true;
    });
    req.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    req.on('close', () => {
      if (!settled) reject(new Error('request aborted'));
      settled = true;
    });
  });
}

/**
 * Refuses an oversized body with 413 and closes the connection. The rest of the body is read and
 * dropped (up to DISCARD_LIMIT), so the client sees the answer rather than a reset connection.
 * @param {Req} req
 * @param {Res} res
 * @param {Record<string, string>} cors
 */
function refuseTooLarge(req, res, cors) {
  let discarded = 0;
  req.on('data', (/** @type {Buffer} */ c) => {
    discarded += c.length;
    if (discarded > DISCARD_LIMIT) req.socket.destroy();
  });
  req.resume();
  sendError(res, 413, 'payload_too_large', `The body must be at most ${BODY_LIMIT} bytes.`, {}, {
    ...cors,
    Connection: 'close',
  });
}

/**
 * @param {string | undefined} contentType
 * @returns {boolean} true for application/json, with no charset or charset=utf-8
 */
function isJsonContentType(contentType) {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => {
    const [k, v = ''] = p.split('=').map((s) => s.trim());
    return k !== 'charset' || ['utf-8', 'utf8', '"utf-8"'].includes(v);
  });
}

/**
 * Creates the receiver as a node:http Server (not yet listening). The database is opened
 * (and created) at once, retention runs at once and then every 24 h; closing the server stops the
 * timer and closes the database.
 * @param {AppOptions} [options]
 */
export function createApp(options = {}) {
  const cfg = {
    dataDir: options.dataDir ?? DEFAULTS.dataDir,
    allowedOrigins: options.allowedOrigins ?? DEFAULTS.allowedOrigins,
    retentionDays: options.retentionDays ?? DEFAULTS.retentionDays,
    minGroupSize: options.minGroupSize ?? DEFAULTS.minGroupSize,
    rateLimitPerMinute: options.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute,
    demoDir: options.demoDir ?? DEFAULTS.demoDir,
    distDir: options.distDir ?? DEFAULTS.distDir,
    contact: { ...DEFAULTS.contact, ...options.contact },
  };
  const now = options.now ?? (() => new Date());
  const store = openStore(cfg.dataDir);
  const keys = keyed(loadSecret(cfg.dataDir, cfg.contact.secret));
  const queue = createQueue(store.db, { hashAddress: keys.addressHash });
  queue.backfill();
  const providers = options.providers ?? configuredProviders(cfg.contact);
  const worker = createWorker({
    queue,
    providers,
    now,
    organisation: cfg.contact.organisation,
    feedbackUrl: () => cfg.contact.feedbackUrl ?? `http://localhost:${listeningPort()}/`,
    concurrency: cfg.contact.concurrency,
    dailyCap: cfg.contact.dailyCap,
    maxAgeMs: cfg.contact.maxAgeHours * 60 * 60 * 1000,
    sendHours: cfg.contact.sendHours,
    random: options.random,
    log: (line) => console.log(`receiver: ${line}`),
  });
  /** Said once at start when some requests can be stored but not sent. */
  const contactNotice = unsentNotice(worker.channels);
  const limiter = createRateLimiter({ perMinute: cfg.rateLimitPerMinute, now: () => now().getTime() });
  const allowed = new Set(cfg.allowedOrigins);
  const files = createStatic({
    mounts: [
      { prefix: '/', dir: cfg.demoDir },
      { prefix: '/dist/', dir: cfg.distDir },
    ],
    // Never serve the receiver's code or its database, even though they live under demo/.
    deny: [fileURLToPath(new URL('./', import.meta.url)), cfg.dataDir],
  });

  /**
   * Decides CORS for an API request.
   * @param {Req} req
   * @returns {{ ok: boolean, headers: Record<string, string> }}
   */
  function cors(req) {
    const origin = req.headers.origin;
    const headers = { Vary: 'Origin' };
    if (!origin) return { ok: true, headers };
    const host = req.headers.host;
    if (host && (origin === `http://${host}` || origin === `https://${host}`)) return { ok: true, headers };
    if (allowed.has(origin)) {
      return {
        ok: true,
        headers: {
          ...headers,
          'Access-Control-Allow-Origin': origin,
          // The elements honour Retry-After on 429, so cross-origin pages must be able to read it.
          'Access-Control-Expose-Headers': 'Retry-After',
        },
      };
    }
    return { ok: false, headers };
  }

  /**
   * @param {Req} req
   * @param {Res} res
   * @param {string} methods
   * @param {string} [allowHeaders]
   */
  function preflight(req, res, methods, allowHeaders) {
    const c = cors(req);
    if (!c.ok) {
      sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, c.headers);
      return;
    }
    res.writeHead(204, {
      ...COMMON_HEADERS,
      ...c.headers,
      Allow: `${methods}, OPTIONS`,
      'Access-Control-Allow-Methods': methods,
      ...(allowHeaders ? { 'Access-Control-Allow-Headers': allowHeaders } : {}),
      'Access-Control-Max-Age': '600',
      'Cache-Control': 'no-store',
    });
    res.end();
  }

  /**
   * @param {Req} req
   * @param {Res} res
   */
  async function postFeedback(req, res) {
    const c = cors(req);
    if (!c.ok) return sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, c.headers);
    const h = c.headers;

    const limit = limiter.take(clientKey(req.socket.remoteAddress));
    if (!limit.ok) {
      return sendError(res, 429, 'rate_limited', 'Too many requests. Try again later.', {}, {
        ...h,
        'Retry-After': String(limit.retryAfterSeconds),
      });
    }

    const encoding = req.headers['content-encoding'];
    if (!isJsonContentType(req.headers['content-type']) || (encoding && encoding.toLowerCase() !== 'identity')) {
      return sendError(res, 415, 'unsupported_media_type', 'Send the payload as Content-Type: application/json (UTF-8, not compressed).', {}, h);
    }

    const declared = Number(req.headers['content-length']);
    if (declared > BODY_LIMIT) return refuseTooLarge(req, res, h);
    const raw = await readBody(req, BODY_LIMIT);
    if (raw === null) return refuseTooLarge(req, res, h);

    let body;
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    } catch {
      return sendError(res, 400, 'malformed_json', 'The body is not valid JSON in UTF-8.', {}, h);
    }

    if (body && typeof body === 'object' && !Array.isArray(body) && 'schema' in body && body.schema !== SCHEMA_VERSION) {
      return sendError(res, 422, 'unsupported_schema',
        `Unknown payload schema ${JSON.stringify(String(body.schema)).slice(0, 80)}; this receiver accepts "${SCHEMA_VERSION}".`,
        { fields: ['/schema'], supported: [SCHEMA_VERSION] }, h);
    }

    const result = validatePayload(body);
    if (!result.ok) {
      const shown = result.problems.slice(0, 10).map((p) => `${p.field || '(body)'} ${p.problem}`);
      return sendError(res, 422, 'invalid_payload', `The payload does not match ${SCHEMA_VERSION}: ${shown.join('; ')}.`, {
        fields: result.fields,
        problems: result.problems,
      }, h);
    }

    const key = req.headers['idempotency-key'];
    if (key !== undefined && key !== result.payload.id) {
      return sendError(res, 422, 'idempotency_key_mismatch', 'The Idempotency-Key header must equal the payload id.', {
        fields: ['/id'],
      }, h);
    }

    const payload = result.payload;
    const receivedAt = now();
    const created = store.db.transaction(() => {
      const fresh = store.insert(payload, receivedAt);
      if (fresh && payload.contact) {
        queue.enqueue(/** @type {any} */ (payload), receivedAt, nextSendTime(cfg.contact.sendHours, receivedAt));
      }
      return fresh;
    })();
    /** @type {Record<string, unknown>} */
    const answer = { id: payload.id, status: created ? 'created' : 'duplicate' };
    if (payload.kind === 'contact-request') answer.request = requestStatus(payload.id);
    sendJson(res, created ? 201 : 200, answer, h);
  }

  /**
   * What the browser that made a contact request may know of it: when the message should go, and
   * how to cancel it while it waits.
   * @param {string} id
   */
  function requestStatus(id) {
    const job = queue.get(id);
    if (!job) return { state: 'unknown' };
    const sendable = worker.channels.has(job.channel);
    return {
      state: job.state,
      channel: job.channel,
      // null: this receiver cannot send on that channel yet; the request waits until it expires.
      sendAfter: sendable && job.state === 'waiting' ? job.next_attempt_at : null,
      ...(job.state === 'waiting'
        ? { cancel: { href: `/api/contact-requests/${id}/cancel`, token: keys.cancelToken(id) } }
        : {}),
    };
  }

  /**
   * POST /api/contact-requests/<id>/cancel with {"token": "…"} from the confirmation.
   * @param {Req} req
   * @param {Res} res
   * @param {string} id
   */
  async function cancelRequest(req, res, id) {
    const c = cors(req);
    if (!c.ok) return sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, c.headers);
    if (!isJsonContentType(req.headers['content-type'])) {
      return sendError(res, 415, 'unsupported_media_type', 'Send {"token": "…"} as Content-Type: application/json.', {}, c.headers);
    }
    const raw = await readBody(req, 1024);
    if (raw === null) return refuseTooLarge(req, res, c.headers);
    let token;
    try {
      token = JSON.parse(raw.toString('utf8'))?.token;
    } catch {
      return sendError(res, 400, 'malformed_json', 'The body is not valid JSON.', {}, c.headers);
    }
    // A wrong token and an unknown id answer alike, so ids cannot be probed.
    if (!keys.cancelTokenValid(id, token)) {
      return sendError(res, 404, 'not_found', 'There is no request to cancel with this token.', {}, c.headers);
    }
    const state = queue.cancel(id, now());
    if (state === null) return sendError(res, 404, 'not_found', 'There is no request to cancel with this token.', {}, c.headers);
    if (state === 'cancelled') return sendJson(res, 200, { id, state }, c.headers);
    return sendError(res, 409, 'not_waiting', state === 'sent' || state === 'sending'
      ? 'The message has already been sent.' : `The request has already ended (${state}).`, { state }, c.headers);
  }

  /**
   * @param {Req} req
   * @param {Res} res
   * @param {URLSearchParams} query
   */
  function getSummary(req, res, query) {
    const c = cors(req);
    if (!c.ok) return sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, c.headers);
    const rawMax = query.get('max');
    const max = rawMax === null ? 5 : Number(rawMax);
    if (!Number.isInteger(max) || max < 3 || max > 10) {
      return sendError(res, 400, 'bad_query', 'max must be a whole number from 3 to 10.', {}, c.headers);
    }
    const summary = buildSummary(store, { max, minGroupSize: cfg.minGroupSize, now: now() });
    const contactRequests = { ...queue.counts(), channels: [...worker.channels] };
    sendJson(res, 200, { ...summary, contactRequests }, c.headers);
  }

  /**
   * @param {Req} req
   * @param {Res} res
   */
  function getExport(req, res) {
    const c = cors(req);
    if (!c.ok) return sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, c.headers);
    const parts = [
      '\uFEFF', // byte order mark: spreadsheet programs then read the file as UTF-8
      csvRow(['id', 'created_at', 'locale', 'rating', 'max', 'comment', 'officer', 'unit', 'ref', 'src']),
    ];
    for (const r of store.exportRows()) {
      parts.push(csvRow([r.id, r.created_at, r.locale, r.rating_value, r.rating_max, r.comment, r.officer, r.unit, r.ref, r.src]));
    }
    const csv = parts.join('');
    const date = now().toISOString().slice(0, 10);
    res.writeHead(200, {
      ...COMMON_HEADERS,
      ...c.headers,
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="victim-feedback-ratings-${date}.csv"`,
      'Content-Length': Buffer.byteLength(csv),
      'Cache-Control': 'no-store',
    });
    res.end(csv);
  }

  /**
   * @param {Res} res
   * @param {string} methods
   */
  function methodNotAllowed(res, methods) {
    sendError(res, 405, 'method_not_allowed', `Use ${methods}.`, {}, { Allow: methods });
  }

  /**
   * @param {Req} req
   * @param {Res} res
   */
  async function route(req, res) {
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const pathname = q === -1 ? target : target.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
    const method = req.method ?? 'GET';
    if (!pathname.startsWith('/')) return sendError(res, 400, 'bad_request', 'Bad request target.');

    switch (pathname) {
      case '/api/feedback':
        if (method === 'POST') return postFeedback(req, res);
        if (method === 'OPTIONS') return preflight(req, res, 'POST', 'Content-Type, Idempotency-Key');
        return methodNotAllowed(res, 'POST, OPTIONS');
      case '/api/summary':
        if (method === 'GET' || method === 'HEAD') return getSummary(req, res, query);
        if (method === 'OPTIONS') return preflight(req, res, 'GET');
        return methodNotAllowed(res, 'GET, HEAD, OPTIONS');
      case '/api/export.csv':
        if (method === 'GET' || method === 'HEAD') return getExport(req, res);
        if (method === 'OPTIONS') return preflight(req, res, 'GET');
        return methodNotAllowed(res, 'GET, HEAD, OPTIONS');
    }
    const cancel = /^\/api\/contact-requests\/([0-9a-f-]{36})\/cancel$/.exec(pathname);
    if (cancel) {
      if (method === 'POST') return cancelRequest(req, res, cancel[1]);
      if (method === 'OPTIONS') return preflight(req, res, 'POST', 'Content-Type');
      return methodNotAllowed(res, 'POST, OPTIONS');
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      return sendError(res, 404, 'not_found', 'No such API route.');
    }
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(res, 'GET, HEAD');
    return files.serve(req, res, pathname);
  }

  /**
   * The request handler.
   * @param {Req} req
   * @param {Res} res
   */
  async function handler(req, res) {
    try {
      await route(req, res);
    } catch (err) {
      // Log the error, never the payload.
      console.error('receiver: internal error:', err instanceof Error ? err.message : err);
      if (!res.headersSent) sendError(res, 500, 'internal_error', 'Something went wrong. The payload was not stored.');
      else res.destroy();
    }
  }

  /**
   * Deletes comments and contact addresses received more than retentionDays before `at`.
   * @param {Date} [at]
   */
  function purgeExpired(at = now()) {
    return store.expire(new Date(at.getTime() - cfg.retentionDays * DAY_MS));
  }

  purgeExpired();
  const timer = setInterval(() => {
    try {
      purgeExpired();
    } catch (err) {
      console.error('receiver: retention failed:', err instanceof Error ? err.message : err);
    }
  }, options.retentionIntervalMs ?? DAY_MS);
  timer.unref();

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, handler);
  const listeningPort = () => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  };
  if ((options.workerIntervalMs ?? 5000) > 0) {
    server.once('listening', () => worker.start(options.workerIntervalMs ?? 5000));
  }
  server.on('close', () => {
    clearInterval(timer);
    // Messages being sent finish (and are recorded) before the database closes.
    worker.stop().finally(() => store.close());
  });
  return Object.assign(server, { handler, store, queue, worker, purgeExpired, contactNotice, config: cfg });
}

/**
 * The providers the contact configuration names, Notify first: it sends a channel when it has a
 * template for it, SMTP sends email otherwise.
 * @param {import('./config.js').ContactConfig} contact
 */
function configuredProviders(contact) {
  const list = [];
  if (contact.notify) list.push(notifyProvider(contact.notify));
  if (contact.smtp) list.push(smtpProvider(contact.smtp));
  return list;
}

/**
 * @param {Set<string>} channels the channels this receiver can send
 * @returns {string | null}
 */
function unsentNotice(channels) {
  const missing = [['sms', 'text message'], ['email', 'email']].filter(([c]) => !channels.has(c)).map(([, w]) => w);
  if (!missing.length) return null;
  return `${missing.join(' and ')} requests are stored but not sent: set NOTIFY_API_KEY with templates` +
    `${channels.has('email') ? '' : ', or SMTP_URL and MAIL_FROM for email'} (docs/receiver.md).`;
}

/** @typedef {ReturnType<typeof createApp>} App */
