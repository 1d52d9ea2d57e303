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
 *
 * This file puts the parts together. The routes are in routes/index.js (one table, one module per
 * area), how a request finds one and the checks every route shares in router.js, the answers in
 * respond.js, request bodies in body.js, origins and CORS in origins.js, who may do what in
 * auth/access.js.
 */
import { createServer } from 'node:http';
import { createRateLimiter } from './rate-limit.js';
import { openStore } from './db.js';
import { DEFAULTS } from './config.js';
import { createAccounts } from './auth/accounts.js';
import { createAccess } from './auth/access.js';
import { createOidc } from './auth/oidc.js';
import { createLinkSigner } from './links.js';
import { createOrigins } from './origins.js';
import { createRequestLog, reason } from './request-log.js';
import { createRouter } from './router.js';
import { routeTable } from './routes/index.js';
import { every } from './schedule.js';
import { createQueue } from './contact/queue.js';
import { createWorker } from './contact/worker.js';
import { notifyProvider, smtpProvider } from './contact/providers.js';
import { keyed, loadSecret } from './contact/secret.js';

export { CONTENT_SECURITY_POLICY } from './security.js';
export { BODY_LIMIT } from './body.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {{
 *   dataDir?: string, allowedOrigins?: string[], retentionDays?: number, minGroupSize?: number,
 *   rateLimitPerMinute?: number, demoDir?: string, distDir?: string,
 *   now?: () => Date,
 *   retentionIntervalMs?: number, schedule?: import('./schedule.js').Schedule,
 *   contact?: Partial<import('./config.js').ContactConfig>,
 *   providers?: import('./contact/providers.js').Provider[],
 *   workerIntervalMs?: number, random?: () => number,
 *   databaseUrl?: string | null, searchPath?: string, publicOrigins?: string[], apiTokens?: string[],
 *   linkSecret?: string | null, units?: import('./units.js').Unit[], trustProxy?: number,
 *   oidc?: import('./config.js').OidcConfig | null, host?: string,
 *   passwordCost?: { N: number, r: number, p: number }, log?: (line: string) => void
 * }} AppOptions
 *   now: the clock (tests inject one); retentionIntervalMs: how often retention runs (24 h);
 *   schedule: how the background tasks repeat (retention, the sender; tests pass their own and
 *   run the tasks by hand); providers: instead of those the contact configuration names (tests);
 *   workerIntervalMs: how often the sender looks for due messages (5 s; 0: never by itself, tests
 *   call worker.runOnce()); searchPath: a PostgreSQL schema of its own (tests); host: the address
 *   it listens on, for the default public origins; log: where the request log goes (stdout).
 * @typedef {ReturnType<typeof appConfig>} AppConfig
 */

/**
 * The options with their defaults.
 * @param {AppOptions} options
 */
function appConfig(options) {
  return {
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
}

/**
 * Creates the receiver as a node:http Server (not yet listening). The database is opened (and
 * created, and migrated) first, retention runs at once and then every 24 h; closing the server
 * stops the timers, lets messages being sent finish, and closes the database.
 * @param {AppOptions} [options]
 */
export async function createApp(options = {}) {
  const cfg = appConfig(options);
  const now = options.now ?? (() => new Date());
  const schedule = options.schedule ?? every;
  const store = await openStore({ dataDir: cfg.dataDir, databaseUrl: cfg.databaseUrl, searchPath: options.searchPath });
  const keys = keyed(loadSecret(cfg.dataDir, cfg.contact.secret));
  // LINK_SECRET, else one derived from the receiver's own secret (enough for one instance).
  const links = createLinkSigner(options.linkSecret ?? `derived:${keys.addressHash('link-secret')}`);
  const accounts = createAccounts(store.db, { passwordCost: options.passwordCost });
  const queue = createQueue(store.db, { hashAddress: keys.addressHash });
  await queue.backfill();
  const worker = createWorker({
    queue,
    providers: options.providers ?? configuredProviders(cfg.contact),
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
  const origins = createOrigins({ ...cfg, listeningPort });
  const access = createAccess({ accounts, tokens: cfg.apiTokens, now, origins });
  const handler = createRouter({
    ...routeTable({
      cfg,
      now,
      store,
      queue,
      worker,
      keys,
      links,
      accounts,
      oidc: cfg.oidc ? createOidc(cfg.oidc, { now, secret: keys.addressHash('oidc-flow-secret') }) : null,
      origins,
      access,
      limiter: createRateLimiter({ perMinute: cfg.rateLimitPerMinute, now: () => now().getTime() }),
      // Sign-in attempts per client, on top of the lockout per account: 10 a minute.
      signInLimiter: createRateLimiter({ perMinute: 10, now: () => now().getTime() }),
    }),
    origins,
    access,
    requestLog: createRequestLog(options.log ?? ((line) => console.log(line))),
  });

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
  const stopRetention = schedule(options.retentionIntervalMs ?? DAY_MS, () =>
    purgeExpired().catch((err) => console.error('receiver: retention failed:', reason(err))),
  );

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, handler);
  function listeningPort() {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  }
  const workerIntervalMs = options.workerIntervalMs ?? 5000;
  if (workerIntervalMs > 0) server.once('listening', () => worker.start(workerIntervalMs, schedule));
  /** @type {Promise<void> | null} */
  let closing = null;
  /** Stops the timers, lets messages being sent finish, then closes the database (once). */
  const closeStore = () => {
    closing ??= (async () => {
      stopRetention();
      await worker.stop();
      await store.close();
    })();
    return closing;
  };
  server.on('close', () => {
    closeStore().catch((err) => console.error('receiver: closing the database failed:', reason(err)));
  });
  return Object.assign(server, {
    handler,
    store,
    queue,
    worker,
    accounts,
    links,
    purgeExpired,
    /** Said once at start when some requests can be stored but not sent. */
    contactNotice: unsentNotice(worker.channels),
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
