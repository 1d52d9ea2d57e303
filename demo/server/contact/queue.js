// @ts-check
/**
 * The durable queue of feedback links to send, in the receiver's own database: one job per
 * contact request, keyed by the request's id, so a job can exist only once however often the
 * browser retries. A job is claimed (`sending`) in a committed write before the provider is asked,
 * so a process killed mid-send leaves a trace that the next start reconciles instead of sending
 * blindly again.
 *
 * The number or address itself stays in the request's row (feedback.contact_address) only until
 * the job ends; then it is erased and only a keyed hash (for the daily cap) remains.
 */

/**
 * @typedef {'waiting' | 'sending' | 'sent' | 'failed' | 'expired' | 'cancelled' | 'capped' | 'unconfirmed'} JobState
 * @typedef {{
 *   id: string, channel: 'sms' | 'email', locale: string, state: JobState, attempts: number,
 *   next_attempt_at: string, received_at: string, address: string | null, officer: string | null,
 *   unit: string | null, address_hash: string
 * }} Job
 */

/** Every state a job can be in; the results show a count for each. */
export const JOB_STATES = /** @type {const} */ (['waiting', 'sending', 'sent', 'failed', 'expired', 'cancelled', 'capped', 'unconfirmed']);

/** States in which a job is over: the address has been erased. */
const FINAL = ['sent', 'failed', 'expired', 'cancelled', 'capped', 'unconfirmed'];

export const QUEUE_MIGRATION = `
  CREATE TABLE contact_jobs (
    id               TEXT PRIMARY KEY REFERENCES feedback (id),
    channel          TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    locale           TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN (${JOB_STATES.map((s) => `'${s}'`).join(', ')})),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    received_at      TEXT NOT NULL,
    claimed_at       TEXT,
    finished_at      TEXT,
    provider         TEXT,
    provider_ref     TEXT,
    last_error       TEXT,
    address_hash     TEXT NOT NULL
  ) STRICT;
  CREATE INDEX contact_jobs_due ON contact_jobs (state, next_attempt_at);
  CREATE INDEX contact_jobs_cap ON contact_jobs (address_hash, state, finished_at);`;

/**
 * @param {import('better-sqlite3').Database} db
 * @param {{ hashAddress: (address: string) => string }} options
 */
export function createQueue(db, { hashAddress }) {
  const insert = db.prepare(`
    INSERT INTO contact_jobs (id, channel, locale, state, next_attempt_at, received_at, address_hash)
    VALUES (?, ?, ?, 'waiting', ?, ?, ?) ON CONFLICT (id) DO NOTHING`);
  const select = `
    SELECT j.id, j.channel, j.locale, j.state, j.attempts, j.next_attempt_at, j.received_at, j.address_hash,
           f.contact_address AS address, f.officer, f.unit
    FROM contact_jobs j JOIN feedback f ON f.id = j.id`;
  const byId = db.prepare(`${select} WHERE j.id = ?`);
  const due = db.prepare(`${select} WHERE j.state = 'waiting' AND j.next_attempt_at <= ? ORDER BY j.next_attempt_at LIMIT ?`);
  const inState = db.prepare(`${select} WHERE j.state = ?`);
  const claim = db.prepare(`UPDATE contact_jobs SET state = 'sending', claimed_at = ?, attempts = attempts + 1 WHERE id = ? AND state = 'waiting'`);
  const finish = db.prepare(`
    UPDATE contact_jobs SET state = @state, finished_at = @at, provider = COALESCE(@provider, provider),
      provider_ref = COALESCE(@ref, provider_ref), last_error = COALESCE(@error, last_error)
    WHERE id = @id`);
  const erase = db.prepare(`UPDATE feedback SET contact_address = NULL WHERE id = ?`);
  const retry = db.prepare(`UPDATE contact_jobs SET state = 'waiting', next_attempt_at = ?, last_error = ?, provider = ? WHERE id = ?`);
  const sentSince = db.prepare(`
    SELECT COUNT(*) AS n FROM contact_jobs
    WHERE address_hash = ? AND id != ? AND (state = 'sending' OR (state IN ('sent', 'unconfirmed') AND finished_at >= ?))`);
  const oldWaiting = db.prepare(`SELECT id FROM contact_jobs WHERE state = 'waiting' AND received_at < ?`);
  const counts = db.prepare(`SELECT state, COUNT(*) AS n FROM contact_jobs GROUP BY state`);
  const unqueued = db.prepare(`
    SELECT f.id, f.contact_channel AS channel, f.locale, f.received_at, f.contact_address AS address FROM feedback f
    WHERE f.kind = 'contact-request' AND f.contact_address IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM contact_jobs j WHERE j.id = f.id)`);

  /**
   * Ends a job and erases the address it was for.
   * @param {string} id
   * @param {JobState} state
   * @param {Date} at
   * @param {{ provider?: string | null, ref?: string | null, error?: string | null }} [extra]
   */
  const end = db.transaction((id, state, at, extra = {}) => {
    finish.run({ id, state, at: at.toISOString(), provider: extra.provider ?? null, ref: extra.ref ?? null, error: extra.error ?? null });
    erase.run(id);
  });

  const queue = {
    /**
     * Queues the job for a stored contact request (call inside the insert's transaction).
     * @param {{ id: string, locale: string, contact: { channel: 'sms' | 'email', address: string } }} request
     * @param {Date} receivedAt
     * @param {Date} notBefore when it may first be sent (now, or when sending hours open)
     */
    enqueue(request, receivedAt, notBefore) {
      insert.run(request.id, request.contact.channel, request.locale, notBefore.toISOString(),
        receivedAt.toISOString(), hashAddress(request.contact.address));
    },

    /** Queues requests stored before the queue existed (a database from an older receiver). */
    backfill() {
      for (const r of /** @type {any[]} */ (unqueued.all())) {
        insert.run(r.id, r.channel, r.locale, r.received_at, r.received_at, hashAddress(r.address));
      }
    },

    /** @param {string} id @returns {Job | undefined} */
    get: (id) => /** @type {Job | undefined} */ (byId.get(id)),

    /**
     * Claims up to `limit` due jobs for the given channels: each is `sending` once this returns.
     * @param {Date} now
     * @param {number} limit
     * @param {Set<string>} channels
     * @returns {Job[]}
     */
    claimDue: db.transaction((now, limit, channels) => {
      const iso = now.toISOString();
      /** @type {Job[]} */
      const claimed = [];
      // Jobs for a channel nobody can send stay waiting (and expire); read a few more to skip them.
      for (const job of /** @type {Job[]} */ (due.all(iso, limit * 4 + 16))) {
        if (claimed.length >= limit) break;
        if (!channels.has(job.channel)) continue;
        if (claim.run(iso, job.id).changes === 1) claimed.push({ ...job, state: 'sending', attempts: job.attempts + 1 });
      }
      return claimed;
    }),

    /** @param {JobState} state @returns {Job[]} */
    inState: (state) => /** @type {Job[]} */ (inState.all(state)),

    /**
     * How many messages went to the same number or address in the 24 hours before `now`
     * (and how many are being sent), not counting this job.
     * @param {Job} job
     * @param {Date} now
     */
    sentToSameAddress(job, now) {
      const since = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
      return /** @type {{ n: number }} */ (sentSince.get(job.address_hash, job.id, since)).n;
    },

    /**
     * @param {string} id
     * @param {Date} at
     * @param {string} provider
     * @param {string | null} ref the provider's id for the message
     */
    sent: (id, at, provider, ref) => end(id, 'sent', at, { provider, ref }),

    /**
     * @param {string} id
     * @param {Exclude<JobState, 'waiting' | 'sending' | 'sent'>} state
     * @param {Date} at
     * @param {{ provider?: string, error?: string }} [extra]
     */
    end: (id, state, at, extra) => end(id, state, at, extra),

    /**
     * Puts a claimed job back to wait until `at`.
     * @param {string} id
     * @param {Date} at
     * @param {string} error
     * @param {string} provider
     */
    retryAt: (id, at, error, provider) => retry.run(at.toISOString(), error, provider, id),

    /**
     * Ends every waiting job received before `cutoff` as expired. Returns how many.
     * @param {Date} cutoff
     * @param {Date} now
     */
    expire(cutoff, now) {
      const ids = /** @type {{ id: string }[]} */ (oldWaiting.all(cutoff.toISOString()));
      for (const { id } of ids) end(id, 'expired', now);
      return ids.length;
    },

    /**
     * Cancels a job that has not been sent. Returns its state afterwards, or null if there is none.
     * @param {string} id
     * @param {Date} now
     * @returns {JobState | null}
     */
    cancel: db.transaction((id, now) => {
      const job = /** @type {Job | undefined} */ (byId.get(id));
      if (!job) return null;
      if (job.state !== 'waiting') return job.state;
      end(id, 'cancelled', now);
      return 'cancelled';
    }),

    /** @returns {Record<JobState, number>} */
    counts() {
      const result = /** @type {Record<JobState, number>} */ (Object.fromEntries(JOB_STATES.map((s) => [s, 0])));
      for (const r of /** @type {{ state: JobState, n: number }[]} */ (counts.all())) result[r.state] = r.n;
      return result;
    },

    isFinal: (/** @type {JobState} */ state) => FINAL.includes(state),
  };
  return queue;
}

/** @typedef {ReturnType<typeof createQueue>} Queue */
