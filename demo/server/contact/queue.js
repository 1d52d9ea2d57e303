// @ts-check
/**
 * The durable queue of feedback links to send, in the receiver's own database: one job per
 * contact request, keyed by the request's id, so a job can exist only once however often the
 * browser retries. A job is claimed (`sending`) in a committed write before the provider is asked,
 * so a process killed mid-send leaves a trace that the next start reconciles instead of sending
 * blindly again. On PostgreSQL the due jobs are read `FOR UPDATE SKIP LOCKED` inside the claim's
 * transaction, so several receiver instances sharing the database never claim the same job.
 *
 * The number or address itself stays in the request's row (feedback.contact_address) only until
 * the job ends; then it is erased and only a keyed hash (for the daily cap) remains.
 */

/**
 * @typedef {'waiting' | 'sending' | 'sent' | 'failed' | 'expired' | 'cancelled' | 'capped' | 'unconfirmed'} JobState
 * @typedef {{
 *   id: string, channel: 'sms' | 'email', locale: string, state: JobState, attempts: number,
 *   next_attempt_at: string, received_at: string, address: string | null, officer: string | null,
 *   unit: string | null, address_hash: string, verified: number
 * }} Job
 */

/** Every state a job can be in; the results show a count for each. */
export const JOB_STATES = /** @type {const} */ (['waiting', 'sending', 'sent', 'failed', 'expired', 'cancelled', 'capped', 'unconfirmed']);

/** States in which a job is over: the address has been erased. */
const FINAL = ['sent', 'failed', 'expired', 'cancelled', 'capped', 'unconfirmed'];

/** @param {import('../sql.js').Dialect} d */
export const QUEUE_MIGRATION = (d) => `
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
  )${d.strict};
  CREATE INDEX contact_jobs_due ON contact_jobs (state, next_attempt_at);
  CREATE INDEX contact_jobs_cap ON contact_jobs (address_hash, state, finished_at);`;

const SELECT = `
  SELECT j.id, j.channel, j.locale, j.state, j.attempts, j.next_attempt_at, j.received_at, j.address_hash,
         f.contact_address AS address, f.officer, f.unit, f.verified
  FROM contact_jobs j JOIN feedback f ON f.id = j.id`;
const INSERT = `
  INSERT INTO contact_jobs (id, channel, locale, state, next_attempt_at, received_at, address_hash)
  VALUES (?, ?, ?, 'waiting', ?, ?, ?) ON CONFLICT (id) DO NOTHING`;

/**
 * @param {import('../sql.js').Db} db
 * @param {{ hashAddress: (address: string) => string }} options
 */
export function createQueue(db, { hashAddress }) {
  /**
   * Ends a job and erases the address it was for.
   * @param {import('../sql.js').Executor} tx
   * @param {string} id
   * @param {JobState} state
   * @param {Date} at
   * @param {{ provider?: string | null, ref?: string | null, error?: string | null }} [extra]
   */
  async function endIn(tx, id, state, at, extra = {}) {
    await tx.run(
      `UPDATE contact_jobs SET state = ?, finished_at = ?, provider = COALESCE(?, provider),
         provider_ref = COALESCE(?, provider_ref), last_error = COALESCE(?, last_error)
       WHERE id = ?`,
      [state, at.toISOString(), extra.provider ?? null, extra.ref ?? null, extra.error ?? null, id],
    );
    await tx.run(`UPDATE feedback SET contact_address = NULL WHERE id = ?`, [id]);
  }
  /** @type {(id: string, state: JobState, at: Date, extra?: { provider?: string | null, ref?: string | null, error?: string | null }) => Promise<void>} */
  const end = (id, state, at, extra) => db.transaction((tx) => endIn(tx, id, state, at, extra));

  const queue = {
    /**
     * Queues the job for a stored contact request (call inside the insert's transaction).
     * @param {Pick<import('../../../src/schema/victim-feedback-1.js').ContactRequestPayload, 'id' | 'locale' | 'contact'>} request
     * @param {Date} receivedAt
     * @param {Date} notBefore when it may first be sent (now, or when sending hours open)
     * @param {import('../sql.js').Executor} [tx]
     */
    async enqueue(request, receivedAt, notBefore, tx = db) {
      await tx.run(INSERT, [
        request.id,
        request.contact.channel,
        request.locale,
        notBefore.toISOString(),
        receivedAt.toISOString(),
        hashAddress(request.contact.address),
      ]);
    },

    /** Queues requests stored before the queue existed (a database from an older receiver). */
    async backfill() {
      const rows = await db.all(`
        SELECT f.id, f.contact_channel AS channel, f.locale, f.received_at, f.contact_address AS address FROM feedback f
        WHERE f.kind = 'contact-request' AND f.contact_address IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM contact_jobs j WHERE j.id = f.id)`);
      for (const r of rows) {
        await db.run(INSERT, [r.id, r.channel, r.locale, r.received_at, r.received_at, hashAddress(r.address)]);
      }
    },

    /** @param {string} id @returns {Promise<Job | undefined>} */
    get: async (id) => /** @type {Job | undefined} */ (await db.get(`${SELECT} WHERE j.id = ?`, [id])),

    /**
     * Claims up to `limit` due jobs for the given channels: each is `sending` once this returns.
     * @param {Date} now
     * @param {number} limit
     * @param {Set<string>} channels
     * @returns {Promise<Job[]>}
     */
    claimDue(now, limit, channels) {
      const wanted = [...channels];
      if (!wanted.length || limit <= 0) return Promise.resolve([]);
      const iso = now.toISOString();
      return db.transaction(async (tx) => {
        // Jobs for a channel nobody here can send stay waiting (and expire).
        const due = /** @type {Job[]} */ (
          await tx.all(
            `${SELECT} WHERE j.state = 'waiting' AND j.next_attempt_at <= ? AND j.channel IN (${wanted.map(() => '?').join(', ')})
           ORDER BY j.next_attempt_at, j.id LIMIT ?${db.forUpdateSkipLocked}`,
            [iso, ...wanted, limit],
          )
        );
        /** @type {Job[]} */
        const claimed = [];
        for (const job of due) {
          const { changes } = await tx.run(
            `UPDATE contact_jobs SET state = 'sending', claimed_at = ?, attempts = attempts + 1 WHERE id = ? AND state = 'waiting'`,
            [iso, job.id],
          );
          if (changes === 1) claimed.push({ ...job, state: 'sending', attempts: job.attempts + 1 });
        }
        return claimed;
      });
    },

    /** @param {JobState} state @returns {Promise<Job[]>} */
    inState: async (state) => /** @type {Job[]} */ (await db.all(`${SELECT} WHERE j.state = ?`, [state])),

    /**
     * How many messages went to the same number or address in the 24 hours before `now`
     * (and how many are being sent), not counting this job.
     * @param {Job} job
     * @param {Date} now
     */
    async sentToSameAddress(job, now) {
      const since = new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString();
      const row = await db.get(
        `
        SELECT COUNT(*) AS n FROM contact_jobs
        WHERE address_hash = ? AND id != ? AND (state = 'sending' OR (state IN ('sent', 'unconfirmed') AND finished_at >= ?))`,
        [job.address_hash, job.id, since],
      );
      return /** @type {number} */ (row?.n ?? 0);
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
    retryAt: async (id, at, error, provider) => {
      await db.run(`UPDATE contact_jobs SET state = 'waiting', next_attempt_at = ?, last_error = ?, provider = ? WHERE id = ?`, [
        at.toISOString(),
        error,
        provider,
        id,
      ]);
    },

    /**
     * Ends every waiting job received before `cutoff` as expired. Returns how many.
     * @param {Date} cutoff
     * @param {Date} now
     */
    expire(cutoff, now) {
      return db.transaction(async (tx) => {
        const ids = await tx.all(
          `SELECT j.id FROM contact_jobs j WHERE j.state = 'waiting' AND j.received_at < ?${db.forUpdateSkipLocked}`,
          [cutoff.toISOString()],
        );
        for (const { id } of ids) await endIn(tx, id, 'expired', now);
        return ids.length;
      });
    },

    /**
     * Cancels a job that has not been sent. Returns its state afterwards, or null if there is none.
     * @param {string} id
     * @param {Date} now
     * @returns {Promise<JobState | null>}
     */
    cancel(id, now) {
      return db.transaction(async (tx) => {
        const job = await tx.get(`SELECT j.state FROM contact_jobs j WHERE j.id = ?${db.forUpdateSkipLocked.replace(' SKIP LOCKED', '')}`, [
          id,
        ]);
        if (!job) return null;
        if (job.state !== 'waiting') return /** @type {JobState} */ (job.state);
        await endIn(tx, id, 'cancelled', now);
        return /** @type {JobState} */ ('cancelled');
      });
    },

    /**
     * Requests still waiting, with their number or address, for staff with the sender role
     * (a force that sends some messages by hand, or checks one a victim asks about).
     * @param {number} limit
     */
    async waiting(limit) {
      return db.all(
        `
        SELECT j.id, j.channel, j.locale, j.received_at, j.next_attempt_at, j.attempts, j.last_error,
               f.contact_address AS address, f.unit
        FROM contact_jobs j JOIN feedback f ON f.id = j.id
        WHERE j.state = 'waiting' ORDER BY j.received_at LIMIT ?`,
        [limit],
      );
    },

    /** @returns {Promise<Record<JobState, number>>} */
    async counts() {
      const result = /** @type {Record<JobState, number>} */ (Object.fromEntries(JOB_STATES.map((s) => [s, 0])));
      for (const r of await db.all(`SELECT state, COUNT(*) AS n FROM contact_jobs GROUP BY state`)) {
        result[/** @type {JobState} */ (r.state)] = r.n;
      }
      return result;
    },

    isFinal: (/** @type {JobState} */ state) => FINAL.includes(state),
  };
  return queue;
}

/** @typedef {ReturnType<typeof createQueue>} Queue */
