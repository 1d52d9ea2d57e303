// @ts-check
// A real HTTP endpoint for the browser tests, served by the test runner's own dev server.
// Each test uses its own bucket and scripts the answers the endpoint gives, in order:
//   "201" | "503" | "400" | "429:2" (Retry-After 2 s) | "down" (connection dropped) |
//   "hold" (stores, then answers 201 (200 for a repeat) only when the test releases it: a success
//   still on its way when the client gives up, or when the page dies)
// `/__endpoint__/release/<bucket>` answers the requests held since the last release (waiting for
// one if none has come yet); `/__endpoint__/log/<bucket>?requests=N` answers once N requests have come: tests wait on
// what the endpoint saw, never on the clock.
// Like a real receiver, it stores each payload id once and answers a repeat with 200.
// `answer` (optional) is added to every 2xx body, as the reference receiver adds `request` to a
// contact request's; `/__endpoint__/cancel/<bucket>` answers in turn from `cancel` (statuses) and
// logs each body it gets.
import { contentSecurityPolicy } from '../../demo/server/security.js';

/**
 * @typedef {{
 *   script: string[], requests: { step: string, key: string, contentType: string, body: string }[],
 *   stored: Map<string, { id: string }>, answer: Record<string, unknown>, cancel: string[], cancels: string[],
 *   held: (() => void)[], holds: number, releasedHolds: number, waiting: { check: () => boolean, resolve: () => void }[],
 * }} Bucket
 * @typedef {NonNullable<import('@web/test-runner').TestRunnerCoreConfig['middleware']>[number]} Middleware
 */

/** @type {Map<string, Bucket>} */
const buckets = new Map();

/** @param {string} name */
function bucket(name) {
  let b = buckets.get(name);
  if (!b) {
    b = {
      script: [],
      requests: [],
      stored: new Map(),
      answer: {},
      cancel: [],
      cancels: [],
      held: [],
      holds: 0,
      releasedHolds: 0,
      waiting: [],
    };
    buckets.set(name, b);
  }
  return b;
}

/** Resolves once `check()` is true, checked again each time the bucket changes. */
/** @param {Bucket} b @param {() => boolean} check @returns {Promise<void>} */
function until(b, check) {
  return check() ? Promise.resolve() : new Promise((resolve) => b.waiting.push({ check, resolve }));
}
/** @param {Bucket} b */
function changed(b) {
  b.waiting = b.waiting.filter((w) => !(w.check() && (w.resolve(), true)));
}

/** @param {import('node:http').IncomingMessage} req */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The policy a strict host sends, the demo's own (demo/server/security.js), on pages the test page
 * frames; the built bundle must work under it with Lit's Trusted Types policy alone.
 */
const strictCsp = contentSecurityPolicy({ trustedTypes: ['lit-html'], frameAncestors: "'self'" });

/**
 * Fixture pages served under a strict Content-Security-Policy, each with its policy.
 * @type {Record<string, string>}
 */
const strictPages = {
  '/src/test-support/fixtures/script-tag.html': strictCsp,
  '/src/test-support/fixtures/script-tag-late.html': strictCsp,
  // qr-badge's downloads go through its own Trusted Types policy as well as Lit's.
  '/src/test-support/fixtures/qr-badge-csp.html': contentSecurityPolicy({ frameAncestors: "'self'" }),
};

/**
 * Serves the fixture pages under a strict Content-Security-Policy, as a header: a page of its own
 * rather than a srcdoc frame with a <meta> policy, whose 'self' Firefox does not match to the
 * parent's origin (it blocks the page's own module script).
 * @returns {Middleware}
 */
export function strictCspFixture() {
  return async (ctx, next) => {
    await next();
    const policy = strictPages[ctx.path];
    if (policy) ctx.set('Content-Security-Policy', policy);
  };
}

/** @returns {Middleware} */
export function testEndpoint() {
  return async (ctx, next) => {
    const match = ctx.path.match(/^\/__endpoint__\/(control|log|release|post|cancel)\/([\w-]+)$/);
    if (!match) return next();
    const [, action, name] = match;
    const b = bucket(name);
    if (action === 'control') {
      const control = JSON.parse(await readBody(ctx.req));
      b.script = control.script ?? [];
      if (control.answer) b.answer = control.answer;
      if (control.cancel) b.cancel = control.cancel;
      ctx.body = { ok: true };
      return;
    }
    if (action === 'release') {
      // Every request held since the last release, once at least one has come.
      await until(b, () => b.holds > b.releasedHolds);
      b.releasedHolds = b.holds;
      for (const release of b.held.splice(0)) release();
      ctx.body = { ok: true };
      return;
    }
    if (action === 'log') {
      const requests = Number(ctx.query.requests ?? 0);
      await until(b, () => b.requests.length >= requests);
      ctx.body = { requests: b.requests, stored: [...b.stored.values()], cancels: b.cancels };
      return;
    }
    if (action === 'cancel') {
      b.cancels.push(await readBody(ctx.req));
      const step = (b.cancel.length > 1 ? b.cancel.shift() : b.cancel[0]) ?? '200';
      if (step === 'down') {
        ctx.req.socket.destroy();
        ctx.respond = false;
        return;
      }
      ctx.status = Number(step);
      ctx.body = ctx.status === 200 ? { state: 'cancelled' } : { error: `scripted ${step}` };
      return;
    }
    const body = await readBody(ctx.req);
    const step = (b.script.length > 1 ? b.script.shift() : b.script[0]) ?? '201';
    const [kind, arg] = step.split(':');
    b.requests.push({ step, key: ctx.get('Idempotency-Key'), contentType: ctx.get('Content-Type'), body });
    changed(b);
    if (kind === 'down') {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    const store = () => {
      const payload = JSON.parse(body);
      const repeat = b.stored.has(payload.id);
      if (!repeat) b.stored.set(payload.id, payload);
      return repeat ? 200 : 201;
    };
    if (kind === 'hold') {
      const status = store();
      /** @type {() => void} */
      let release = () => {};
      const released = new Promise((resolve) => (release = () => resolve(undefined)));
      b.held.push(release);
      b.holds += 1;
      ctx.res.once('close', release); // The client gave up (its timeout): nobody is left to answer.
      changed(b);
      await released;
      b.held = b.held.filter((r) => r !== release);
      ctx.status = status;
      ctx.body = { id: JSON.parse(body).id };
      return;
    }
    const status = Number(kind);
    if (status >= 200 && status < 300) {
      ctx.status = store();
      ctx.body = { id: JSON.parse(body).id, ...b.answer };
      return;
    }
    ctx.status = status;
    if (arg) ctx.set('Retry-After', arg);
    ctx.body = { error: `scripted ${status}` };
  };
}
