// @ts-check
/**
 * SQLite storage (better-sqlite3, WAL mode). One table, one row per payload `id`.
 * Nothing about the sender's device or network (IP address, user agent) is stored.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { QUEUE_MIGRATION } from './contact/queue.js';

export const DB_FILE_NAME = 'feedback.db';

/** Rating values are integers 1..10 (the schema allows max 3..10). */
export const MAX_SCALE = 10;

const MIGRATIONS = [
  `CREATE TABLE feedback (
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
   ) STRICT;
   CREATE INDEX feedback_kind_max ON feedback (kind, rating_max);
   CREATE INDEX feedback_received_at ON feedback (received_at);`,
  // The queue of feedback links to send (contact/queue.js).
  QUEUE_MIGRATION,
];

/**
 * @typedef {import('./validate.js').FeedbackPayload} FeedbackPayload
 * @typedef {{ key: string | null, value: number, n: number }} GroupedCount
 * @typedef {{
 *   id: string, created_at: string, locale: string, rating_value: number, rating_max: number,
 *   comment: string | null, officer: string | null, unit: string | null, ref: string | null, src: string | null
 * }} ExportRow
 */

/**
 * Opens (creating on first start) the database in `dataDir`.
 * @param {string} dataDir
 */
export function openStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DB_FILE_NAME);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  // Deleted and overwritten content (expired comments) is zeroed on disk, not left in free pages.
  db.pragma('secure_delete = ON');

  const version = /** @type {number} */ (db.pragma('user_version', { simple: true }));
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }

  const insert = db.prepare(`
    INSERT INTO feedback (id, kind, created_at, received_at, locale, rating_value, rating_max, comment,
                          contact_channel, contact_address, contact_safe, contact_consent,
                          officer, unit, ref, src)
    VALUES (@id, @kind, @created_at, @received_at, @locale, @rating_value, @rating_max, @comment,
            @contact_channel, @contact_address, @contact_safe, @contact_consent,
            @officer, @unit, @ref, @src)
    ON CONFLICT (id) DO NOTHING`);

  /** @param {string} keyExpr SQL expression for the group key (a constant list below, never user input). */
  const grouped = (keyExpr) =>
    db.prepare(`
      SELECT ${keyExpr} AS key, rating_value AS value, COUNT(*) AS n
      FROM feedback
      WHERE kind = 'rating' AND rating_max = ?
      GROUP BY 1, 2`);
  const groupedStatements = {
    overall: grouped(`NULL`),
    // ISO 8601 week-numbering year and week of createdAt, e.g. 2025-W03.
    week: grouped(`strftime('%G-W%V', created_at)`),
    unit: grouped(`unit`),
    officer: grouped(`officer`),
  };
  const scales = db.prepare(`
    SELECT rating_max AS max, COUNT(*) AS n FROM feedback WHERE kind = 'rating' GROUP BY rating_max ORDER BY rating_max`);
  const exportRows = db.prepare(`
    SELECT id, created_at, locale, rating_value, rating_max, comment, officer, unit, ref, src
    FROM feedback WHERE kind = 'rating' ORDER BY created_at, id`);
  const expireComments = db.prepare(`
    UPDATE feedback SET comment = NULL WHERE comment IS NOT NULL AND received_at < ?`);
  const expireAddresses = db.prepare(`
    UPDATE feedback SET contact_address = NULL
    WHERE kind = 'contact-request' AND contact_address IS NOT NULL AND received_at < ?`);

  return {
    path,
    db,

    /**
     * Stores a validated payload once. Returns true if a row was created, false if `id` was
     * already stored (the first write wins). Safe under concurrency: the primary key decides.
     * @param {FeedbackPayload} p
     * @param {Date} receivedAt
     */
    insert(p, receivedAt) {
      const info = insert.run({
        id: p.id,
        kind: p.kind,
        created_at: p.createdAt,
        received_at: receivedAt.toISOString(),
        locale: p.locale,
        rating_value: p.rating?.value ?? null,
        rating_max: p.rating?.max ?? null,
        comment: p.comment ?? null,
        contact_channel: p.contact?.channel ?? null,
        contact_address: p.contact?.address ?? null,
        contact_safe: p.contact ? Number(p.contact.safe) : null,
        contact_consent: p.contact ? Number(p.contact.consent) : null,
        officer: p.context?.officer ?? null,
        unit: p.context?.unit ?? null,
        ref: p.context?.ref ?? null,
        src: p.context?.src ?? null,
      });
      return info.changes === 1;
    },

    /**
     * Counts of each rating value per group, for ratings on a scale of `max`.
     * @param {'overall' | 'week' | 'unit' | 'officer'} by
     * @param {number} max
     * @returns {GroupedCount[]}
     */
    countsBy(by, max) {
      return /** @type {GroupedCount[]} */ (groupedStatements[by].all(max));
    },

    /** @returns {{ max: number, n: number }[]} number of ratings per scale */
    scales() {
      return /** @type {{ max: number, n: number }[]} */ (scales.all());
    },

    /**
     * All ratings, oldest first. Read at once (not iterated while streaming): an open
     * better-sqlite3 iterator would block other requests' writes on this connection.
     * @returns {ExportRow[]}
     */
    exportRows() {
      return /** @type {ExportRow[]} */ (exportRows.all());
    },

    /**
     * Nulls comments and contact addresses received before `cutoff`.
     * @param {Date} cutoff
     */
    expire(cutoff) {
      const iso = cutoff.toISOString();
      const result = db.transaction(() => ({
        comments: expireComments.run(iso).changes,
        addresses: expireAddresses.run(iso).changes,
      }))();
      // Do not leave the old text in the write-ahead log either.
      if (result.comments + result.addresses > 0) db.pragma('wal_checkpoint(TRUNCATE)');
      return result;
    },

    close() {
      if (db.open) db.close();
    },
  };
}

/** @typedef {ReturnType<typeof openStore>} Store */
