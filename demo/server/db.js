// @ts-check
/**
 * The receiver's store: one row per payload `id` in `feedback`, on SQLite (default) or PostgreSQL
 * (DATABASE_URL), through the one interface in sql.js. Every method is asynchronous on both.
 * Nothing about the sender's device or network (IP address, user agent) is stored.
 */
import { QUEUE_MIGRATION } from './contact/queue.js';
import { openDatabase, DB_FILE_NAME } from './sql.js';
import { STAFF_MIGRATION } from './auth/accounts.js';

export { DB_FILE_NAME };

/** Rating values are integers 1..10 (the schema allows max 3..10). */
export const MAX_SCALE = 10;

/** @type {((d: import('./sql.js').Dialect) => string)[]} */
export const MIGRATIONS = [
  (d) => `CREATE TABLE feedback (
     id               TEXT PRIMARY KEY,
     kind             TEXT NOT NULL CHECK (kind IN ('rating', 'contact-request')),
     created_at       TEXT NOT NULL,
     received_at      TEXT NOT NULL,
     locale           TEXT NOT NULL,
     rating_value     INTEGER,
     rating_max       INTEGER,
     comment          TEXT,
     contact_channel  TEXT,
     contact_address  TEXT,
     contact_safe     INTEGER,
     contact_consent  INTEGER,
     officer          TEXT,
     unit             TEXT,
     ref              TEXT,
     src              TEXT
   )${d.strict};
   CREATE INDEX feedback_kind_max ON feedback (kind, rating_max);
   CREATE INDEX feedback_received_at ON feedback (received_at);`,
  // The queue of feedback links to send (contact/queue.js).
  QUEUE_MIGRATION,
  // Signed officer links (verified), the comment review queue, staff accounts and sessions.
  (d) => `ALTER TABLE feedback ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE feedback ADD COLUMN reviewed_at TEXT;
   ALTER TABLE feedback ADD COLUMN reviewed_by TEXT;
   ${STAFF_MIGRATION(d)}`,
];

/**
 * @typedef {import('./validate.js').FeedbackPayload} FeedbackPayload
 * @typedef {{
 *   day: string, unit: string | null, officer: string | null, src: string | null, locale: string,
 *   verified: number, value: number, n: number
 * }} RatingCell
 *   One cell of the ratings cube: how many ratings of `value` arrived that day with that context.
 * @typedef {{
 *   id: string, received_at: string, locale: string, rating_value: number, rating_max: number,
 *   comment: string | null, officer: string | null, unit: string | null, src: string | null,
 *   verified: number
 * }} ExportRow
 * @typedef {{ from?: string | null, to?: string | null }} Period ISO dates (YYYY-MM-DD), `to` inclusive
 */

/**
 * The WHERE clause and parameters for a period of receipt.
 * @param {Period} period
 */
function periodClause({ from, to }) {
  /** @type {string[]} */
  const sql = [];
  /** @type {string[]} */
  const params = [];
  if (from) {
    sql.push('received_at >= ?');
    params.push(`${from}T00:00:00.000Z`);
  }
  if (to) {
    sql.push('received_at < ?');
    params.push(new Date(Date.parse(`${to}T00:00:00.000Z`) + 86_400_000).toISOString());
  }
  return { sql: sql.map((s) => ` AND ${s}`).join(''), params };
}

/**
 * Opens (creating and migrating on first start) the store.
 * @param {{ dataDir?: string, databaseUrl?: string | null, searchPath?: string }} options
 */
export async function openStore(options) {
  const db = await openDatabase(options);
  await db.migrate(MIGRATIONS);

  return {
    db,
    /** Where the data is: the SQLite file, or the PostgreSQL address without its password. */
    path: db.describe,

    /**
     * Stores a validated payload once. Returns true if a row was created, false if `id` was
     * already stored (the first write wins). Safe under concurrency: the primary key decides.
     * @param {FeedbackPayload} p
     * @param {Date} receivedAt
     * @param {boolean} verified the officer link's signature was valid
     * @param {import('./sql.js').Executor} [tx] inside a transaction
     */
    async insert(p, receivedAt, verified, tx = db) {
      const info = await tx.run(
        `INSERT INTO feedback (id, kind, created_at, received_at, locale, rating_value, rating_max, comment,
                               contact_channel, contact_address, contact_safe, contact_consent,
                               officer, unit, ref, src, verified)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO NOTHING`,
        [
          p.id,
          p.kind,
          p.createdAt,
          receivedAt.toISOString(),
          p.locale,
          p.rating?.value ?? null,
          p.rating?.max ?? null,
          p.comment ?? null,
          p.contact?.channel ?? null,
          p.contact?.address ?? null,
          p.contact ? Number(p.contact.safe) : null,
          p.contact ? Number(p.contact.consent) : null,
          p.context?.officer ?? null,
          p.context?.unit ?? null,
          p.context?.ref ?? null,
          p.context?.src ?? null,
          verified ? 1 : 0,
        ],
      );
      return info.changes === 1;
    },

    /**
     * The ratings on a scale of `max` received in a period, counted by day of receipt, unit,
     * officer, channel, language, verified and value: everything the summary folds.
     * @param {number} max
     * @param {Period} [period]
     * @returns {Promise<RatingCell[]>}
     */
    async ratingCells(max, period = {}) {
      const p = periodClause(period);
      return /** @type {Promise<RatingCell[]>} */ (
        db.all(
          `SELECT substr(received_at, 1, 10) AS day, unit, officer, src, locale, verified, rating_value AS value, COUNT(*) AS n
         FROM feedback WHERE kind = 'rating' AND rating_max = ?${p.sql}
         GROUP BY substr(received_at, 1, 10), unit, officer, src, locale, verified, rating_value`,
          [max, ...p.params],
        )
      );
    },

    /** @returns {Promise<{ max: number, n: number }[]>} number of ratings per scale */
    async scales() {
      return /** @type {any} */ (
        db.all(`SELECT rating_max AS max, COUNT(*) AS n FROM feedback WHERE kind = 'rating' GROUP BY rating_max ORDER BY rating_max`)
      );
    },

    /**
     * All ratings in a period, oldest first.
     * @param {Period} [period]
     * @returns {Promise<ExportRow[]>}
     */
    async exportRows(period = {}) {
      const p = periodClause(period);
      return /** @type {any} */ (
        db.all(
          `SELECT id, received_at, locale, rating_value, rating_max, comment, officer, unit, src, verified
         FROM feedback WHERE kind = 'rating'${p.sql} ORDER BY received_at, id`,
          p.params,
        )
      );
    },

    /**
     * Comments waiting for review (or, with `reviewed`, those already reviewed), newest first.
     * @param {{ reviewed: boolean, limit: number, period?: Period }} options
     */
    async comments({ reviewed, limit, period = {} }) {
      const p = periodClause(period);
      return /** @type {Promise<{ id: string, received_at: string, locale: string, rating_value: number, rating_max: number, comment: string, unit: string | null, officer: string | null, verified: number, reviewed_at: string | null, reviewed_by: string | null }[]>} */ (
        db.all(
          `SELECT id, received_at, locale, rating_value, rating_max, comment, unit, officer, verified, reviewed_at, reviewed_by
         FROM feedback WHERE kind = 'rating' AND comment IS NOT NULL
           AND reviewed_at IS ${reviewed ? 'NOT NULL' : 'NULL'}${p.sql}
         ORDER BY received_at DESC, id LIMIT ?`,
          [...p.params, limit],
        )
      );
    },

    /** @returns {Promise<number>} comments not yet reviewed */
    async unreviewedCount() {
      const row = await db.get(`SELECT COUNT(*) AS n FROM feedback WHERE kind = 'rating' AND comment IS NOT NULL AND reviewed_at IS NULL`);
      return row?.n ?? 0;
    },

    /**
     * Marks a comment as reviewed. Returns false if there is no such comment.
     * @param {string} id
     * @param {string} by the reviewer's account name
     * @param {Date} at
     */
    async markReviewed(id, by, at) {
      const info = await db.run(
        `UPDATE feedback SET reviewed_at = ?, reviewed_by = ? WHERE id = ? AND kind = 'rating' AND comment IS NOT NULL`,
        [at.toISOString(), by, id],
      );
      return info.changes === 1;
    },

    /**
     * Nulls comments and contact addresses received before `cutoff`.
     * @param {Date} cutoff
     */
    async expire(cutoff) {
      const iso = cutoff.toISOString();
      const result = await db.transaction(async (tx) => ({
        comments: (await tx.run(`UPDATE feedback SET comment = NULL WHERE comment IS NOT NULL AND received_at < ?`, [iso])).changes,
        addresses: (
          await tx.run(
            `UPDATE feedback SET contact_address = NULL
           WHERE kind = 'contact-request' AND contact_address IS NOT NULL AND received_at < ?`,
            [iso],
          )
        ).changes,
      }));
      // Do not leave the old text in SQLite's write-ahead log either.
      if (db.dialect === 'sqlite' && result.comments + result.addresses > 0) await db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      return result;
    },

    close: () => db.close(),
  };
}

/** @typedef {Awaited<ReturnType<typeof openStore>>} Store */
