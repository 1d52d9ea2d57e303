// @ts-check
/**
 * The worker that sends feedback links from the queue, inside the receiver's process.
 *
 * - At most `concurrency` messages in flight.
 * - A provider's 5xx, 429 or a network fault: the job waits (exponential backoff with jitter, or the
 *   provider's Retry-After) and is tried again until the request expires. Any other 4xx ends it as
 *   `failed`, with the provider's message kept for the team.
 * - At most `dailyCap` messages to one number or address in 24 hours, against abuse of the form.
 * - Once the provider has accepted a message, or the job ends any other way, the number or address
 *   is erased; an unsent request older than `maxAgeMs` is erased and counted as expired.
 * - On start, jobs left `sending` by a crash are reconciled: a provider that can be asked (Notify,
 *   by the request id as its `reference`) tells whether the message exists; one that cannot (SMTP)
 *   is not sent again, and the job is counted as `unconfirmed`.
 */
import { nextSendTime } from './send-hours.js';
import { every } from '../schedule.js';
import { reason } from '../request-log.js';

/**
 * @typedef {import('./providers.js').Provider} Provider
 * @typedef {import('./queue.js').Queue} Queue
 * @typedef {import('./queue.js').Job} Job
 * @typedef {{
 *   queue: Queue, providers: Provider[], now: () => Date,
 *   organisation: string, feedbackUrl: () => string,
 *   concurrency?: number, dailyCap?: number, maxAgeMs?: number,
 *   sendHours?: import('./send-hours.js').SendHours | null,
 *   random?: () => number, log?: (line: string) => void,
 *   signLink?: (officer: string, unit: string) => string
 * }} WorkerOptions
 */

const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/**
 * The link in the message: the feedback page with the request's officer and unit, and the channel
 * that brought the person back (`src=sms` or `src=email`), and the officer link's signature when
 * the request came from a signed link. Nothing else from the request.
 * @param {string} base
 * @param {Job} job
 * @param {(officer: string, unit: string) => string} [sign]
 */
export function feedbackLink(base, job, sign) {
  const url = new URL(base);
  for (const key of ['officer', 'unit', 'ref', 'src', 'sig']) url.searchParams.delete(key);
  if (job.officer) url.searchParams.set('officer', job.officer);
  if (job.unit) url.searchParams.set('unit', job.unit);
  url.searchParams.set('src', job.channel);
  // A request made from a signed link gets a signed link back, so the rating it brings counts.
  if (sign && job.verified && job.officer && job.unit) url.searchParams.set('sig', sign(job.officer, job.unit));
  return url.href;
}

/**
 * @param {number} attempts how many tries so far (1 after the first)
 * @param {() => number} random
 */
export function backoffMs(attempts, random) {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** @param {WorkerOptions} options */
export function createWorker(options) {
  const { queue, providers, now, organisation } = options;
  const concurrency = options.concurrency ?? 4;
  const dailyCap = options.dailyCap ?? 3;
  const maxAgeMs = options.maxAgeMs ?? 72 * 60 * 60_000;
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  /** @type {Map<string, Provider>} */
  const byChannel = new Map();
  for (const p of providers) for (const c of p.channels) if (!byChannel.has(c)) byChannel.set(c, p);
  const channels = new Set(byChannel.keys());
  /** @type {Set<Promise<void>>} */
  const inFlight = new Set();
  /** @type {(() => void) | null} stops the schedule */
  let stopTimer = null;
  let reconciled = false;

  /** @param {Job} job */
  async function sendOne(job) {
    const provider = /** @type {Provider} */ (byChannel.get(job.channel));
    const at = now();
    if (!job.address) {
      await queue.end(job.id, 'failed', at, { provider: provider.name, error: 'no address stored' });
      return;
    }
    if ((await queue.sentToSameAddress(job, at)) >= dailyCap) {
      await queue.end(job.id, 'capped', at, {
        provider: provider.name,
        error: `more than ${dailyCap} messages to one address in 24 hours`,
      });
      log(`contact: request ${job.id} not sent: daily cap reached`);
      return;
    }
    try {
      const { providerRef } = await provider.send({
        id: job.id,
        channel: job.channel,
        address: job.address,
        locale: job.locale,
        link: feedbackLink(options.feedbackUrl(), job, options.signLink),
        organisation,
      });
      await queue.sent(job.id, now(), provider.name, providerRef);
      log(`contact: request ${job.id} sent by ${provider.name}`);
    } catch (err) {
      const e = /** @type {import('./providers.js').ProviderError} */ (err);
      const words = e?.message ?? String(err);
      if (e?.retry === false) {
        await queue.end(job.id, 'failed', now(), { provider: provider.name, error: words });
        log(`contact: request ${job.id} refused by ${provider.name}: ${words}`);
        return;
      }
      const wait = Math.max(backoffMs(job.attempts, random), e?.retryAfterMs ?? 0);
      const next = nextSendTime(options.sendHours ?? null, new Date(now().getTime() + wait));
      await queue.retryAt(job.id, next, words, provider.name);
      log(`contact: request ${job.id} will be tried again at ${next.toISOString()}: ${words}`);
    }
  }

  /** Settles jobs left `sending` by a process that died mid-send. */
  async function reconcile() {
    for (const job of await queue.inState('sending')) {
      const provider = byChannel.get(job.channel);
      if (!provider) continue;
      let found;
      try {
        found = await provider.findSent(job.id, job.channel);
      } catch {
        return; // cannot ask now: try again on the next run, send nothing meanwhile
      }
      if (found === true) {
        await queue.sent(job.id, now(), provider.name, null);
        log(`contact: request ${job.id} interrupted mid-send: ${provider.name} has it, sent`);
      } else if (found === false) {
        await queue.retryAt(job.id, now(), 'interrupted before the provider had it', provider.name);
        log(`contact: request ${job.id} interrupted before ${provider.name} had it: to be sent again`);
      } else {
        await queue.end(job.id, 'unconfirmed', now(), { provider: provider.name, error: 'interrupted mid-send; not sent again' });
        log(`contact: request ${job.id} interrupted mid-send: ${provider.name} cannot say, not sent again`);
      }
    }
    reconciled = true;
  }

  /** @type {Set<Promise<void>>} */
  const passes = new Set();

  /** One pass: expire old requests, reconcile after a crash, then start due jobs up to the limit. */
  async function once() {
    const at = now();
    const expired = await queue.expire(new Date(at.getTime() - maxAgeMs), at);
    if (expired) log(`contact: ${expired} unsent request(s) expired and erased`);
    if (channels.size === 0) return;
    if (!reconciled) await reconcile();
    if (!reconciled) return;
    if (nextSendTime(options.sendHours ?? null, at).getTime() > at.getTime()) return;
    const room = concurrency - inFlight.size;
    if (room <= 0) return;
    const started = (await queue.claimDue(at, room, channels)).map((job) => {
      const p = sendOne(job)
        .catch((err) => log(`contact: request ${job.id}: ${reason(err)}`))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
      return p;
    });
    await Promise.all(started);
  }

  const worker = {
    /** The channels this receiver can send. */
    channels,

    /**
     * One pass: expire old requests, reconcile after a crash, then start due jobs up to the limit.
     * Resolves when the jobs it started have finished.
     */
    runOnce() {
      // stop() waits for a pass under way, so nothing is claimed after the database closes.
      const pass = once().finally(() => passes.delete(pass));
      passes.add(pass);
      return pass;
    },

    /**
     * Runs a pass now and then every `intervalMs`.
     * @param {number} intervalMs
     * @param {import('../schedule.js').Schedule} [schedule]
     */
    start(intervalMs, schedule = every) {
      if (stopTimer) return;
      const tick = () => worker.runOnce().catch((err) => log(`contact: worker error: ${reason(err)}`));
      tick();
      stopTimer = schedule(intervalMs, tick);
    },

    /** Stops starting new jobs; resolves once those in flight have finished. */
    async stop() {
      stopTimer?.();
      stopTimer = null;
      await Promise.allSettled([...passes]);
      await Promise.allSettled([...inFlight]);
    },
  };
  return worker;
}

/** @typedef {ReturnType<typeof createWorker>} Worker */
