// @ts-check
/**
 * The reference receiver: POST /api/feedback for victims' pages; the results (summary, export,
 * comment review, contact requests) behind staff sign-in or an API token; signed officer links;
 * GET /healthz; and the demo pages, on plain node:http (a handful of routes and static files need
 * no framework, and every dependency is one more thing to audit in a service that receives
 * victims' words).
 *
 *   import { createApp } from './app.js';
 *   const server = await createApp({ dataDir: '/tmp/x' });   // a node:http Server, not yet listening
 *   server.listen(0);
 */
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createRateLimiter, clientKey } from './rate-limit.js';
import { openStore } from './db.js';
import { DEFAULTS } from './config.js';
import { validatePayload, badText, SCHEMA_VERSION } from './validate.js';
import { buildSummary, isoWeek, language, channel } from './summary.js';
import { csvRow } from './csv.js';
import { createStatic } from './static.js';
import { COMMON_HEADERS, HTML_HEADERS } from './security.js';
import { createAccounts, NAME_PATTERN } from './auth/accounts.js';
import { createAuthenticator, cookie, isLoopback, parseCookies, sameSecret } from './auth/http.js';
import { signInPage, signedInPage } from './auth/pages.js';
import { createOidc } from './auth/oidc.js';
import { createLinkSigner, contextValue } from './links.js';
import { maskContacts } from './mask.js';
import { createRequestLog } from './request-log.js';
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
/** Where a signed-in person may be sent after signing in: only these pages, never an address from the request. */
const NEXT_PAGES = ['/results.html', '/officer.html'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @typedef {{
 *   dataDir?: string, allowedOrigins?: string[], retentionDays?: number, minGroupSize?: number,
 *   rateLimitPerMinute?: number, demoDir?: string, distDir?: string,
 *   now?: () => Date,
 *   retentionIntervalMs?: number,
 *   contact?: Partial<import('./config.js').ContactConfig>,
 *   providers?: import('./contact/providers.js').Provider[],
 *   workerIntervalMs?: number, random?: () => number,
 *   databaseUrl?: string | null, searchPath?: string, publicOrigins?: string[], apiTokens?: string[],
 *   linkSecret?: string | null, units?: import('./units.js').Unit[], trustProxy?: number,
 *   oidc?: import('./config.js').OidcConfig | null, host?: string,
 *   passwordCost?: { N: number, r: number, p: number }, log?: (line: string) => void
 * }} AppOptions
 *   now: the clock (tests inject one); retentionIntervalMs: how often retention runs (24 h);
 *   providers: instead of those the contact configuration names (tests); workerIntervalMs: how
 *   often the sender looks for due messages (5 s; 0: never by itself, tests call worker.runOnce());
 *   searchPath: a PostgreSQL schema of its own (tests); host: the address it listens on, for the
 *   default public origins; log: where the request log goes (stdout).
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
  sendError(
    res,
    413,
    'payload_too_large',
    `The body must be at most ${BODY_LIMIT} bytes.`,
    {},
    {
      ...cors,
      Connection: 'close',
    },
  );
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
 * Creates the receiver as a node:http Server (not yet listening). The database is opened (and
 * created, and migrated) first, retention runs at once and then every 24 h; closing the server
 * stops the timers, lets messages being sent finish, and closes the database.
 * @param {AppOptions} [options]
 */
export async function createApp(options = {}) {
  const cfg = {
    dataDir: options.dataDir ?? DEFAULTS.dataDir,
    allowedOrigins: options.allowedOrigins ?? DEFAULTS.allowedOrigins,
    retentionDays: options.retentionDays ?? DEFAULTS.retentionDays,
    minGroupSize: options.minGroupSize ?? DEFAULTS.minGroupSize,
    rateLimitPerMinute: options.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute,
    demoDir: options.demoDir ?? DEFAULTS.demoDir,
    distDir: options.distDir ?? DEFAULTS.distDir,
    contact: { ...DEFAULTS.contact, ...options.contact },
    databaseUrl: options.databaseUrl ?? null,
    publicOrigins: options.publicOrigins ?? [],
    apiTokens: options.apiTokens ?? [],
    units: options.units ?? [],
    trustProxy: options.trustProxy ?? 0,
    oidc: options.oidc ?? null,
    host: options.host ?? DEFAULTS.host,
  };
  const now = options.now ?? (() => new Date());
  const store = await openStore({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, searchPath: options.searchPath });
  const keys = keyed(loadSecret(cfg.dataDir, cfg.contact.secret));
  // LINK_SECRET, else one derived from the receiver's own secret (enough for one instance).
  const links = createLinkSigner(options.linkSecret ?? `derived:${keys.addressHash('link-secret')}`);
  const unitCodes = new Set(cfg.units.map((u) => u.code));
  const accounts = createAccounts(store.db, { passwordCost: options.passwordCost });
  const queue = createQueue(store.db, { hashAddress: keys.addressHash });
  await queue.backfill();
  const providers = options.providers ?? configuredProviders(cfg.contact);
  const log = options.log ?? ((line) => console.log(line));
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
    signLink: links.sign,
  });
  /** Said once at start when some requests can be stored but not sent. */
  const contactNotice = unsentNotice(worker.channels);
  const limiter = createRateLimiter({ perMinute: cfg.rateLimitPerMinute, now: () => now().getTime() });
  // Sign-in attempts per client, on top of the lockout per account: 10 a minute.
  const signInLimiter = createRateLimiter({ perMinute: 10, now: () => now().getTime() });
  const allowed = new Set(cfg.allowedOrigins);
  const files = createStatic({
    mounts: [
      { prefix: '/', dir: cfg.demoDir },
      { prefix: '/dist/', dir: cfg.distDir },
    ],
    // Never serve the receiver's code or its database, even though they live under demo/.
    deny: [fileURLToPath(new URL('./', import.meta.url)), cfg.dataDir],
  });
  const requestLog = createRequestLog(log);

  /**
   * The origins this receiver answers as: PUBLIC_ORIGINS, or by default the address it listens on,
   * as localhost, 127.0.0.1 and [::1] too, with the port it listens on.
   * @returns {{ origins: Set<string>, hosts: Map<string, URL> }}
   */
  const publicOrigins = (() => {
    /** @type {{ origins: Set<string>, hosts: Map<string, URL> } | null} */
    let cached = null;
    return () => {
      if (cached) return cached;
      let list = cfg.publicOrigins;
      if (!list.length) {
        const port = listeningPort();
        const names = ['localhost', '127.0.0.1', '[::1]'];
        const h = cfg.host.includes(':') && !cfg.host.startsWith('[') ? `[${cfg.host}]` : cfg.host;
        if (!['0.0.0.0', '[::]', ...names].includes(h)) names.push(h);
        list = names.map((n) => new URL(`http://${n}:${port}`).origin);
        if (!port) return { origins: new Set(list), hosts: new Map(list.map((o) => [new URL(o).host, new URL(o)])) };
      }
      cached = { origins: new Set(list), hosts: new Map(list.map((o) => [new URL(o).host, new URL(o)])) };
      return cached;
    };
  })();

  /**
   * The public origin a request came to, from its Host header, or null when the Host is not one
   * of them (DNS rebinding, a misrouted request): such requests are refused before anything else.
   * @param {Req} req
   */
  function publicOriginOf(req) {
    const host = req.headers.host?.toLowerCase();
    if (!host) return null;
    return publicOrigins().hosts.get(host) ?? null;
  }

  /** Session cookies are Secure except on this machine (http://localhost works in browsers). */
  const cookieName = (/** @type {boolean} */ secure) => (secure ? '__Host-vce_session' : 'vce_session');
  const signInCookie = (/** @type {boolean} */ secure) => (secure ? '__Host-vce_signin' : 'vce_signin');
  const authenticator = createAuthenticator({ accounts, tokens: cfg.apiTokens, now, cookieName });
  const oidc = cfg.oidc ? createOidc(cfg.oidc, { now, secret: keys.addressHash('oidc-flow-secret') }) : null;

  /**
   * The client's address, for rate limiting only (never stored or logged): the connection's, or
   * with TRUST_PROXY=N the address N proxies back in X-Forwarded-For.
   * @param {Req} req
   */
  function clientAddress(req) {
    if (cfg.trustProxy > 0) {
      const chain = String(req.headers['x-forwarded-for'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const hop = chain[chain.length - cfg.trustProxy];
      if (hop) return hop;
    }
    return req.socket.remoteAddress;
  }

  /**
   * Decides CORS for an API request. Same origin means one of the public origins, never "whatever
   * the Host header says".
   * @param {Req} req
   * @returns {{ ok: boolean, headers: Record<string, string> }}
   */
  function cors(req) {
    const origin = req.headers.origin;
    const headers = { Vary: 'Origin' };
    if (!origin) return { ok: true, headers };
    if (publicOrigins().origins.has(origin)) return { ok: true, headers };
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

    const limit = limiter.take(clientKey(clientAddress(req)));
    if (!limit.ok) {
      return sendError(
        res,
        429,
        'rate_limited',
        'Too many requests. Try again later.',
        {},
        {
          ...h,
          'Retry-After': String(limit.retryAfterSeconds),
        },
      );
    }

    const encoding = req.headers['content-encoding'];
    if (!isJsonContentType(req.headers['content-type']) || (encoding && encoding.toLowerCase() !== 'identity')) {
      return sendError(
        res,
        415,
        'unsupported_media_type',
        'Send the payload as Content-Type: application/json (UTF-8, not compressed).',
        {},
        h,
      );
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
      return sendError(
        res,
        422,
        'unsupported_schema',
        `Unknown payload schema ${JSON.stringify(String(body.schema)).slice(0, 80)}; this receiver accepts "${SCHEMA_VERSION}".`,
        { fields: ['/schema'], supported: [SCHEMA_VERSION] },
        h,
      );
    }

    // JSON can carry a lone surrogate (\ud800) or NUL (\u0000) in a string: neither is text.
    const text = badText(body);
    if (text.length) {
      return sendError(
        res,
        422,
        'invalid_text',
        `Text fields may not hold NUL or a lone surrogate: ${text.map((p) => p.field).join(', ')}.`,
        { fields: text.map((p) => p.field), problems: text },
        h,
      );
    }

    const result = validatePayload(body);
    if (!result.ok) {
      const shown = result.problems.slice(0, 10).map((p) => `${p.field || '(body)'} ${p.problem}`);
      return sendError(
        res,
        422,
        'invalid_payload',
        `The payload does not match ${SCHEMA_VERSION}: ${shown.join('; ')}.`,
        {
          fields: result.fields,
          problems: result.problems,
        },
        h,
      );
    }

    const key = req.headers['idempotency-key'];
    if (key !== undefined && key !== result.payload.id) {
      return sendError(
        res,
        422,
        'idempotency_key_mismatch',
        'The Idempotency-Key header must equal the payload id.',
        {
          fields: ['/id'],
        },
        h,
      );
    }

    const payload = result.payload;
    const receivedAt = now();
    const verified = links.verify(payload.context);
    const created = await store.db.transaction(async (tx) => {
      const fresh = await store.insert(payload, receivedAt, verified, tx);
      if (fresh && payload.contact) {
        await queue.enqueue(/** @type {any} */ (payload), receivedAt, nextSendTime(cfg.contact.sendHours, receivedAt), tx);
      }
      return fresh;
    });
    /** @type {Record<string, unknown>} */
    const answer = { id: payload.id, status: created ? 'created' : 'duplicate' };
    if (payload.kind === 'contact-request') answer.request = await requestStatus(payload.id);
    sendJson(res, created ? 201 : 200, answer, h);
  }

  /**
   * What the browser that made a contact request may know of it: when the message should go, and
   * how to cancel it while it waits.
   * @param {string} id
   */
  async function requestStatus(id) {
    const job = await queue.get(id);
    if (!job) return { state: 'unknown' };
    const sendable = worker.channels.has(job.channel);
    return {
      state: job.state,
      channel: job.channel,
      // null: this receiver cannot send on that channel yet; the request waits until it expires.
      sendAfter: sendable && job.state === 'waiting' ? job.next_attempt_at : null,
      ...(job.state === 'waiting' ? { cancel: { href: `/api/contact-requests/${id}/cancel`, token: keys.cancelToken(id) } } : {}),
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
    const state = await queue.cancel(id, now());
    if (state === null) return sendError(res, 404, 'not_found', 'There is no request to cancel with this token.', {}, c.headers);
    if (state === 'cancelled') return sendJson(res, 200, { id, state }, c.headers);
    return sendError(
      res,
      409,
      'not_waiting',
      state === 'sent' || state === 'sending' ? 'The message has already been sent.' : `The request has already ended (${state}).`,
      { state },
      c.headers,
    );
  }

  /**
   * Who may do what: answers 401 (nobody) or 403 (the wrong role) and returns null, or the principal.
   * @param {Req} req
   * @param {Res} res
   * @param {import('./auth/accounts.js').Permission[]} anyOf
   * @param {Record<string, string>} [headers]
   */
  async function permit(req, res, anyOf, headers = {}) {
    const who = await authenticator.who(req, secureFor(req));
    if (!who) {
      sendError(
        res,
        401,
        'unauthorized',
        'Sign in at /signin, or send Authorization: Bearer with a token from RESULTS_API_TOKENS. Accounts are made with `npm run receiver:user -- add NAME --role analyst` (docs/receiver.md).',
        {},
        { ...headers, 'WWW-Authenticate': 'Bearer realm="victim-feedback-results"' },
      );
      return null;
    }
    if (!anyOf.some((p) => who.permissions.includes(p))) {
      sendError(res, 403, 'forbidden', `Your role (${who.role ?? 'API token'}) may not see this.`, {}, headers);
      return null;
    }
    return who;
  }

  /**
   * A state-changing request from a signed-in page must carry its session's CSRF token
   * (X-CSRF-Token header, or a `csrf` form field) and come from one of the public origins.
   * @param {Req} req
   * @param {import('./auth/http.js').Principal} who
   * @param {string | null | undefined} given
   */
  function csrfOk(req, who, given) {
    if (who.kind !== 'session' || !fromOwnPage(req)) return false;
    return typeof given === 'string' && sameSecret(given, who.csrf);
  }

  /**
   * Whether a state-changing request comes from one of the receiver's own pages: its Origin is a
   * public origin, or absent (not a browser), or "null" with Sec-Fetch-Site: same-origin (the
   * pages' Referrer-Policy: no-referrer makes browsers send Origin: null on form posts; a page
   * cannot set Sec-Fetch-Site itself).
   * @param {Req} req
   */
  function fromOwnPage(req) {
    const origin = req.headers.origin;
    if (origin === undefined || publicOrigins().origins.has(origin)) return true;
    return origin === 'null' && req.headers['sec-fetch-site'] === 'same-origin';
  }

  /** @param {Req} req */
  function secureFor(req) {
    const origin = publicOriginOf(req);
    return Boolean(origin && !isLoopback(origin.hostname));
  }

  /**
   * ?max=, ?from=, ?to= (ISO dates, `to` inclusive), ?borough=, ?unit=.
   * @param {URLSearchParams} query
   * @returns {{ ok: true, max: number, period: { from: string | null, to: string | null }, borough: string | null, unit: string | null } | { ok: false, message: string }}
   */
  function resultsQuery(query) {
    const rawMax = query.get('max');
    const max = rawMax === null || rawMax === '' ? 5 : Number(rawMax);
    if (!Number.isInteger(max) || max < 3 || max > 10) return { ok: false, message: 'max must be a whole number from 3 to 10.' };
    const from = query.get('from') || null;
    const to = query.get('to') || null;
    for (const [name, d] of [
      ['from', from],
      ['to', to],
    ]) {
      if (d !== null && (!DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)))) {
        return { ok: false, message: `${name} must be a date like 2025-01-31.` };
      }
    }
    if (from && to && from > to) return { ok: false, message: 'from must not be after to.' };
    const borough = query.get('borough')?.slice(0, 100) || null;
    const unit = query.get('unit')?.slice(0, 64) || null;
    return { ok: true, max, period: { from, to }, borough, unit };
  }

  /**
   * @param {Req} req
   * @param {Res} res
   * @param {URLSearchParams} query
   */
  async function getSummary(req, res, query) {
    const c = cors(req);
    if (!c.ok) return sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, c.headers);
    const who = await permit(req, res, ['figures'], c.headers);
    if (!who) return;
    const q = resultsQuery(query);
    if (!q.ok) return sendError(res, 400, 'bad_query', q.message, {}, c.headers);
    const [cells, scales] = await Promise.all([store.ratingCells(q.max, q.period), store.scales()]);
    const summary = buildSummary(
      { cells, scales },
      {
        max: q.max,
        minGroupSize: cfg.minGroupSize,
        now: now(),
        units: cfg.units,
        period: q.period,
        borough: q.borough,
        unit: q.unit,
      },
    );
    const contactRequests = { ...(await queue.counts()), channels: [...worker.channels] };
    /** @type {Record<string, unknown>} */
    const extra = { contactRequests };
    if (who.permissions.includes('comments')) extra.comments = { unreviewed: await store.unreviewedCount() };
    sendJson(res, 200, { ...summary, ...extra }, c.headers);
  }

  /**
   * The ratings as CSV, for what the role may see: small groups' officer, unit and borough left
   * blank (as in the summary), unverified ratings never attributed, comments only for reviewers
   * and with phone numbers and emails masked.
   * @param {Req} req
   * @param {Res} res
   * @param {URLSearchParams} query
   */
  async function getExport(req, res, query) {
    const c = cors(req);
    if (!c.ok) return sendError(res, 403, 'origin_not_allowed', 'This origin may not use this API.', {}, c.headers);
    const who = await permit(req, res, ['figures'], c.headers);
    if (!who) return;
    const q = resultsQuery(query);
    if (!q.ok) return sendError(res, 400, 'bad_query', q.message, {}, c.headers);
    const withComments = who.permissions.includes('comments');
    const rows = await store.exportRows(q.period);
    const min = Math.max(1, cfg.minGroupSize);
    const boroughOf = new Map(cfg.units.map((u) => [u.code, u.borough]));
    /** @param {(r: import('./db.js').ExportRow) => string | null | undefined} key */
    const sizes = (key) => {
      /** @type {Map<string, number>} */
      const m = new Map();
      for (const r of rows) {
        const k = r.verified ? key(r) : null;
        if (k) m.set(k, (m.get(k) ?? 0) + 1);
      }
      return m;
    };
    const officerN = sizes((r) => r.officer);
    const unitN = sizes((r) => r.unit);
    const boroughN = sizes((r) => (r.unit ? boroughOf.get(r.unit) : null));
    /** @param {Map<string, number>} sizesOf @param {string | null | undefined} k @param {number} verifiedFlag */
    const shown = (sizesOf, k, verifiedFlag) => (verifiedFlag && k && (sizesOf.get(k) ?? 0) >= min ? k : null);
    const header = ['id', 'received_week', 'language', 'channel', 'rating', 'max', 'verified', 'borough', 'unit', 'officer'];
    if (withComments) header.push('comment');
    const parts = [
      '\uFEFF', // byte order mark: spreadsheet programs then read the file as UTF-8
      csvRow(header),
    ];
    for (const r of rows) {
      const borough = r.unit ? (boroughOf.get(r.unit) ?? null) : null;
      const cells = [
        r.id,
        isoWeek(r.received_at.slice(0, 10)),
        language(r.locale),
        channel(r.src),
        r.rating_value,
        r.rating_max,
        r.verified ? 'yes' : 'no',
        shown(boroughN, borough, r.verified),
        shown(unitN, r.unit, r.verified),
        shown(officerN, r.officer, r.verified),
      ];
      if (withComments) cells.push(maskContacts(r.comment));
      parts.push(csvRow(cells));
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
    res.end(req.method === 'HEAD' ? undefined : csv);
  }

  /**
   * GET /api/comments?reviewed=1: the review queue (reviewers only), contacts masked.
   * @param {Req} req
   * @param {Res} res
   * @param {URLSearchParams} query
   */
  async function getComments(req, res, query) {
    const who = await permit(req, res, ['comments']);
    if (!who) return;
    const q = resultsQuery(query);
    if (!q.ok) return sendError(res, 400, 'bad_query', q.message);
    const reviewed = query.get('reviewed') === '1';
    const rows = await store.comments({ reviewed, limit: 200, period: q.period });
    sendJson(res, 200, {
      reviewed,
      comments: rows.map((r) => ({
        id: r.id,
        receivedAt: r.received_at,
        week: isoWeek(r.received_at.slice(0, 10)),
        language: language(r.locale),
        rating: { value: r.rating_value, max: r.rating_max },
        // Unit only for verified ratings; never the officer next to the words (a reviewer reads
        // comments to improve the service, not to trace them).
        unit: r.verified ? r.unit : null,
        comment: maskContacts(r.comment),
        reviewedAt: r.reviewed_at,
        reviewedBy: r.reviewed_by,
      })),
    });
  }

  /**
   * Reads a small JSON body from a signed-in page and checks its CSRF token.
   * @param {Req} req
   * @param {Res} res
   * @param {import('./auth/http.js').Principal} who
   * @returns {Promise<Record<string, unknown> | null>}
   */
  async function stateChange(req, res, who) {
    if (!csrfOk(req, who, /** @type {string | undefined} */ (req.headers['x-csrf-token']))) {
      sendError(res, 403, 'csrf', 'This request needs the X-CSRF-Token of a signed-in page.');
      return null;
    }
    if (!isJsonContentType(req.headers['content-type'])) {
      sendError(res, 415, 'unsupported_media_type', 'Send JSON (Content-Type: application/json).');
      return null;
    }
    const raw = await readBody(req, 2048);
    if (raw === null) {
      refuseTooLarge(req, res, {});
      return null;
    }
    try {
      const body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
      if (body && typeof body === 'object' && !Array.isArray(body)) return body;
    } catch {
      // answered below
    }
    sendError(res, 400, 'malformed_json', 'The body is not a JSON object in UTF-8.');
    return null;
  }

  /**
   * POST /api/comments/<id>/reviewed: a reviewer has read the comment.
   * @param {Req} req
   * @param {Res} res
   * @param {string} id
   */
  async function markReviewed(req, res, id) {
    const who = await permit(req, res, ['comments']);
    if (!who) return;
    if (!(await stateChange(req, res, who))) return;
    if (!(await store.markReviewed(id, who.name, now()))) return sendError(res, 404, 'not_found', 'There is no comment with this id.');
    sendJson(res, 200, { id, reviewed: true });
  }

  /**
   * GET /api/contact-requests: requests waiting to be sent, with the number or address (sender only).
   * @param {Req} req
   * @param {Res} res
   */
  async function getContactRequests(req, res) {
    const who = await permit(req, res, ['contacts']);
    if (!who) return;
    const waiting = await queue.waiting(200);
    sendJson(res, 200, { counts: await queue.counts(), channels: [...worker.channels], waiting });
  }

  /**
   * POST /api/links {"officer": "4521", "unit": "HB"}: the signature for an officer's link.
   * Signed-in staff only; an `officer` account only for its own collar number; the unit must be on
   * the units list when there is one.
   * @param {Req} req
   * @param {Res} res
   */
  async function signLink(req, res) {
    const who = await permit(req, res, ['sign-any', 'sign-own']);
    if (!who) return;
    const body = await stateChange(req, res, who);
    if (!body) return;
    const officer = contextValue(body.officer);
    const unit = contextValue(body.unit);
    /** @type {string[]} */
    const fields = [];
    if (!officer) fields.push('/officer');
    if (!unit || (unitCodes.size > 0 && !unitCodes.has(unit))) fields.push('/unit');
    if (fields.length) {
      return sendError(
        res,
        422,
        'invalid_link',
        unitCodes.size && unit && !unitCodes.has(unit)
          ? 'The unit must be one of the units in the list.'
          : 'Give a collar number and a unit, each at most 64 characters.',
        { fields },
      );
    }
    if (!who.permissions.includes('sign-any') && officer !== who.name) {
      return sendError(res, 403, 'forbidden', 'An officer account signs links for its own collar number only.', { fields: ['/officer'] });
    }
    sendJson(res, 200, { officer, unit, sig: links.sign(/** @type {string} */ (officer), /** @type {string} */ (unit)) });
  }

  /**
   * @param {Req} req
   * @param {Res} res
   */
  async function getSession(req, res) {
    const who = await authenticator.who(req, secureFor(req));
    if (!who || who.kind !== 'session') {
      return sendError(res, 401, 'unauthorized', 'Not signed in. Sign in at /signin.');
    }
    sendJson(res, 200, { name: who.name, role: who.role, permissions: who.permissions, csrf: who.csrf });
  }

  /**
   * @param {Res} res
   * @param {number} status
   * @param {string} html
   * @param {Record<string, string | string[]>} [headers]
   */
  function sendHtml(res, status, html, headers = {}) {
    res.writeHead(status, {
      ...HTML_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': Buffer.byteLength(html),
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(html);
  }

  /**
   * The sign-in page with a fresh sign-in CSRF token (double submit: cookie and form field).
   * @param {Req} req
   * @param {Res} res
   * @param {number} status
   * @param {{ error?: 'wrong' | 'missing' | 'expired' | 'oidc' | null, signedOut?: boolean, next?: string | null }} [opts]
   */
  function showSignIn(req, res, status, opts = {}) {
    const secure = secureFor(req);
    const csrf = randomBytes(24).toString('base64url');
    const next = NEXT_PAGES.includes(opts.next ?? '') ? /** @type {string} */ (opts.next) : NEXT_PAGES[0];
    sendHtml(res, status, signInPage({ csrf, error: opts.error, oidc: Boolean(oidc), signedOut: opts.signedOut, next }), {
      'Set-Cookie': cookie(signInCookie(secure), csrf, { secure, maxAge: 3600 }),
      ...(status === 401 ? { 'WWW-Authenticate': 'Bearer realm="victim-feedback-results"' } : {}),
    });
  }

  /**
   * POST /signin (form: name, password, csrf, next).
   * @param {Req} req
   * @param {Res} res
   */
  async function signIn(req, res) {
    const secure = secureFor(req);
    if (!fromOwnPage(req)) return sendError(res, 403, 'origin_not_allowed', 'Sign in from this receiver’s own page.');
    if (!signInLimiter.take(clientKey(clientAddress(req))).ok) {
      return sendError(res, 429, 'rate_limited', 'Too many sign-in attempts. Try again in a minute.', {}, { 'Retry-After': '60' });
    }
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, 'unsupported_media_type', 'Send the sign-in form as application/x-www-form-urlencoded.');
    }
    const raw = await readBody(req, 4096);
    if (raw === null) return refuseTooLarge(req, res, {});
    const form = new URLSearchParams(raw.toString('utf8'));
    const next = form.get('next');
    const expected = parseCookies(req.headers.cookie)[signInCookie(secure)];
    const given = form.get('csrf');
    if (!expected || !given || !sameSecret(expected, given)) return showSignIn(req, res, 403, { error: 'expired', next });
    const name = (form.get('name') ?? '').trim();
    const password = form.get('password') ?? '';
    if (!name || !password) return showSignIn(req, res, 401, { error: 'missing', next });
    const result = await accounts.verify(name, password, now());
    if (!result.ok) return showSignIn(req, res, 401, { error: 'wrong', next });
    const session = await accounts.startSession(name, result.role, now());
    const target = NEXT_PAGES.includes(next ?? '')
      ? /** @type {string} */ (next)
      : result.role === 'officer'
        ? '/officer.html'
        : '/results.html';
    res.writeHead(303, {
      ...COMMON_HEADERS,
      Location: target,
      'Cache-Control': 'no-store',
      'Set-Cookie': [
        cookie(cookieName(secure), session.token, { secure, maxAge: Math.round((session.expires.getTime() - now().getTime()) / 1000) }),
        cookie(signInCookie(secure), '', { secure, maxAge: 0 }),
      ],
    });
    res.end();
  }

  /**
   * POST /signout (form field csrf, or X-CSRF-Token).
   * @param {Req} req
   * @param {Res} res
   */
  async function signOut(req, res) {
    const secure = secureFor(req);
    const who = await authenticator.who(req, secure);
    if (!who || who.kind !== 'session') return showSignIn(req, res, 401);
    const raw = await readBody(req, 2048);
    const given = req.headers['x-csrf-token'] ?? new URLSearchParams(raw?.toString('utf8') ?? '').get('csrf');
    if (!csrfOk(req, who, /** @type {string} */ (given)))
      return sendError(res, 403, 'csrf', 'This request needs the CSRF token of a signed-in page.');
    await accounts.endSession(who.token);
    res.writeHead(303, {
      ...COMMON_HEADERS,
      Location: '/signin?signed-out=1',
      'Cache-Control': 'no-store',
      'Set-Cookie': cookie(cookieName(secure), '', { secure, maxAge: 0 }),
    });
    res.end();
  }

  /**
   * GET /auth/oidc/start and /auth/oidc/callback, when OIDC_ISSUER is set.
   * @param {Req} req
   * @param {Res} res
   * @param {'start' | 'callback'} step
   * @param {URLSearchParams} query
   */
  async function oidcStep(req, res, step, query) {
    if (!oidc) return sendError(res, 404, 'not_found', 'OpenID Connect is not configured (OIDC_ISSUER).');
    const secure = secureFor(req);
    const base = /** @type {URL} */ (publicOriginOf(req));
    const redirectUri = new URL('/auth/oidc/callback', base).href;
    const flowCookie = secure ? '__Host-vce_oidc' : 'vce_oidc';
    if (step === 'start') {
      const next = NEXT_PAGES.includes(query.get('next') ?? '') ? /** @type {string} */ (query.get('next')) : NEXT_PAGES[0];
      const { url, flow } = await oidc.start(redirectUri, next);
      res.writeHead(303, {
        ...COMMON_HEADERS,
        Location: url,
        'Cache-Control': 'no-store',
        // SameSite=Lax for this one cookie: the provider's redirect back is a cross-site navigation.
        'Set-Cookie': `${flowCookie}=${flow}; Path=/; HttpOnly; SameSite=Lax; Max-Age=600${secure ? '; Secure' : ''}`,
      });
      return res.end();
    }
    const flow = parseCookies(req.headers.cookie)[flowCookie];
    const result = await oidc.finish(new URL(req.url ?? '/', base), redirectUri, flow).catch((err) => {
      console.error(`receiver: OpenID Connect sign-in failed: ${err instanceof Error ? err.message : err}`);
      return null;
    });
    if (!result || !NAME_PATTERN.test(result.name)) return showSignIn(req, res, 401, { error: 'oidc' });
    const session = await accounts.startSession(result.name, result.role, now(), 'oidc');
    // Not a redirect: this answer ends a navigation that began on the provider's site, and a
    // browser would not send a SameSite=Strict cookie on a redirect from it. A page of our own that
    // moves on by itself (a meta refresh: no script under the CSP) makes the next request same-site.
    const next = NEXT_PAGES.includes(result.next) ? result.next : NEXT_PAGES[0];
    sendHtml(res, 200, signedInPage(next), {
      'Set-Cookie': [
        cookie(cookieName(secure), session.token, { secure, maxAge: Math.round((session.expires.getTime() - now().getTime()) / 1000) }),
        `${flowCookie}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`,
      ],
    });
  }

  /**
   * GET /healthz: 200 when the database answers, 503 when it does not.
   * @param {Res} res
   */
  async function healthz(res) {
    try {
      await store.db.ping();
      sendJson(res, 200, { status: 'ok', database: 'ok' });
    } catch {
      sendJson(res, 503, { status: 'unavailable', database: 'unreachable' });
    }
  }

  /**
   * @param {Res} res
   * @param {string} methods
   */
  function methodNotAllowed(res, methods) {
    sendError(res, 405, 'method_not_allowed', `Use ${methods}.`, {}, { Allow: methods });
  }

  /**
   * Routes a request. Returns the route's pattern, for the request log (never the path itself,
   * which can hold ids).
   * @param {Req} req
   * @param {Res} res
   * @returns {Promise<string>}
   */
  async function route(req, res) {
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const pathname = q === -1 ? target : target.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : target.slice(q + 1));
    const method = req.method ?? 'GET';
    if (!pathname.startsWith('/')) {
      sendError(res, 400, 'bad_request', 'Bad request target.');
      return '(bad target)';
    }
    if (!publicOriginOf(req)) {
      // DNS rebinding: a page on attacker.example whose name now points here sends Host:
      // attacker.example (and a matching Origin). Only the configured public origins are answered.
      sendError(
        res,
        421,
        'misdirected_request',
        'This receiver does not answer for this host name. Set PUBLIC_ORIGINS to the addresses people use.',
      );
      return '(bad host)';
    }

    switch (pathname) {
      case '/api/feedback':
        if (method === 'POST') await postFeedback(req, res);
        else if (method === 'OPTIONS') preflight(req, res, 'POST', 'Content-Type, Idempotency-Key');
        else methodNotAllowed(res, 'POST, OPTIONS');
        return pathname;
      case '/api/summary':
        if (method === 'GET' || method === 'HEAD') await getSummary(req, res, query);
        else if (method === 'OPTIONS') preflight(req, res, 'GET', 'Authorization');
        else methodNotAllowed(res, 'GET, HEAD, OPTIONS');
        return pathname;
      case '/api/export.csv':
        if (method === 'GET' || method === 'HEAD') await getExport(req, res, query);
        else if (method === 'OPTIONS') preflight(req, res, 'GET', 'Authorization');
        else methodNotAllowed(res, 'GET, HEAD, OPTIONS');
        return pathname;
      case '/api/comments':
        if (method === 'GET') await getComments(req, res, query);
        else methodNotAllowed(res, 'GET');
        return pathname;
      case '/api/contact-requests':
        if (method === 'GET') await getContactRequests(req, res);
        else methodNotAllowed(res, 'GET');
        return pathname;
      case '/api/links':
        if (method === 'POST') await signLink(req, res);
        else methodNotAllowed(res, 'POST');
        return pathname;
      case '/api/session':
        if (method === 'GET') await getSession(req, res);
        else methodNotAllowed(res, 'GET');
        return pathname;
      case '/api/units':
        if (method === 'GET') sendJson(res, 200, { units: cfg.units });
        else methodNotAllowed(res, 'GET');
        return pathname;
      case '/healthz':
        if (method === 'GET' || method === 'HEAD') await healthz(res);
        else methodNotAllowed(res, 'GET, HEAD');
        return pathname;
      case '/signin':
        if (method === 'GET') showSignIn(req, res, 200, { signedOut: query.has('signed-out'), next: query.get('next') });
        else if (method === 'POST') await signIn(req, res);
        else methodNotAllowed(res, 'GET, POST');
        return pathname;
      case '/signout':
        if (method === 'POST') await signOut(req, res);
        else methodNotAllowed(res, 'POST');
        return pathname;
      case '/auth/oidc/start':
      case '/auth/oidc/callback':
        if (method === 'GET') await oidcStep(req, res, pathname.endsWith('start') ? 'start' : 'callback', query);
        else methodNotAllowed(res, 'GET');
        return pathname;
    }
    const cancel = /^\/api\/contact-requests\/([0-9a-f-]{36})\/cancel$/.exec(pathname);
    if (cancel) {
      if (method === 'POST') await cancelRequest(req, res, cancel[1]);
      else if (method === 'OPTIONS') preflight(req, res, 'POST', 'Content-Type');
      else methodNotAllowed(res, 'POST, OPTIONS');
      return '/api/contact-requests/:id/cancel';
    }
    const review = /^\/api\/comments\/([0-9a-f-]{36})\/reviewed$/.exec(pathname);
    if (review) {
      if (method === 'POST') await markReviewed(req, res, review[1]);
      else methodNotAllowed(res, 'POST');
      return '/api/comments/:id/reviewed';
    }
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      sendError(res, 404, 'not_found', 'No such API route.');
      return '/api/*';
    }
    if (method !== 'GET' && method !== 'HEAD') {
      methodNotAllowed(res, 'GET, HEAD');
      return '(static)';
    }
    // The results page is for signed-in staff with the figures permission: without, the sign-in page.
    if (/^\/results(\.html)?$/.test(pathname) || pathname === '/results.js') {
      const who = await authenticator.who(req, secureFor(req));
      if (!who || who.kind !== 'session') {
        if (pathname === '/results.js') sendError(res, 401, 'unauthorized', 'Sign in at /signin.');
        else showSignIn(req, res, 401, { next: '/results.html' });
        return '/results.html';
      }
      if (!who.permissions.includes('figures')) {
        sendError(res, 403, 'forbidden', `Your role (${who.role}) may not see the results.`);
        return '/results.html';
      }
      await files.serve(req, res, pathname === '/results' ? '/results.html' : pathname);
      return '/results.html';
    }
    await files.serve(req, res, pathname);
    return '(static)';
  }

  /**
   * The request handler.
   * @param {Req} req
   * @param {Res} res
   */
  async function handler(req, res) {
    const started = process.hrtime.bigint();
    let pattern = '(unknown)';
    res.on('finish', () => requestLog(req.method ?? '', pattern, res.statusCode, started));
    try {
      pattern = await route(req, res);
    } catch (err) {
      // Log the error, never the payload.
      console.error('receiver: internal error:', err instanceof Error ? err.message : err);
      if (!res.headersSent) sendError(res, 500, 'internal_error', 'Something went wrong. The payload was not stored.');
      else res.destroy();
    }
  }

  /**
   * Deletes comments and contact addresses received more than retentionDays before `at`, and
   * sessions that have ended.
   * @param {Date} [at]
   */
  async function purgeExpired(at = now()) {
    await accounts.purgeSessions(at);
    return store.expire(new Date(at.getTime() - cfg.retentionDays * DAY_MS));
  }

  await purgeExpired();
  const timer = setInterval(() => {
    purgeExpired().catch((err) => console.error('receiver: retention failed:', err instanceof Error ? err.message : err));
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
  /** @type {Promise<void> | null} */
  let closing = null;
  /** Stops the timers, lets messages being sent finish, then closes the database (once). */
  const closeStore = () => {
    closing ??= (async () => {
      clearInterval(timer);
      await worker.stop();
      await store.close();
    })();
    return closing;
  };
  server.on('close', () => {
    closeStore().catch((err) => console.error('receiver: closing the database failed:', err instanceof Error ? err.message : err));
  });
  return Object.assign(server, {
    handler,
    store,
    queue,
    worker,
    accounts,
    links,
    purgeExpired,
    contactNotice,
    config: cfg,
    closeStore,
  });
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
  const missing = [
    ['sms', 'text message'],
    ['email', 'email'],
  ]
    .filter(([c]) => !channels.has(c))
    .map(([, w]) => w);
  if (!missing.length) return null;
  return (
    `${missing.join(' and ')} requests are stored but not sent: set NOTIFY_API_KEY with templates` +
    `${channels.has('email') ? '' : ', or SMTP_URL and MAIL_FROM for email'} (docs/receiver.md).`
  );
}

/** @typedef {Awaited<ReturnType<typeof createApp>>} App */
