// @ts-check
/**
 * One small asynchronous interface over the receiver's two databases, so that the store, the
 * contact queue and the staff accounts are written once:
 *
 * - SQLite (better-sqlite3), a file in DATA_DIR: the default, nothing to install;
 * - PostgreSQL (pg), when DATABASE_URL=postgres://… is set: several receiver instances can then
 *   share one database behind a load balancer.
 *
 * SQL is written once with `?` placeholders and the subset both understand (ON CONFLICT, COUNT,
 * substr, ISO 8601 text for times, 0/1 integers for booleans). What differs is kept here:
 * placeholders, transactions, locking a claimed row, and how the schema version is recorded.
 *
 *   const db = await openDatabase({ dataDir: '/tmp/x' });          // or { databaseUrl: 'postgres://…' }
 *   await db.run('INSERT INTO t (a) VALUES (?)', ['x']);          // { changes: 1 }
 *   await db.transaction(async (tx) => { await tx.get('SELECT …', [1]); });
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {string | number | bigint | null} Param
 * @typedef {Record<string, any>} Row
 * @typedef {{
 *   all(sql: string, params?: Param[]): Promise<Row[]>,
 *   get(sql: string, params?: Param[]): Promise<Row | undefined>,
 *   run(sql: string, params?: Param[]): Promise<{ changes: number }>,
 *   exec(sql: string): Promise<void>,
 * }} Executor
 * @typedef {Executor & {
 *   dialect: 'sqlite' | 'postgres',
 *   describe: string,
 *   transaction<T>(fn: (tx: Executor) => Promise<T>): Promise<T>,
 *   forUpdateSkipLocked: string,
 *   migrate(migrations: ((d: Dialect) => string)[]): Promise<void>,
 *   ping(): Promise<void>,
 *   close(): Promise<void>,
 *   sqlite: import('better-sqlite3').Database | null,
 * }} Db
 * @typedef {{ name: 'sqlite' | 'postgres', strict: string }} Dialect
 *   strict: the table option SQLite needs for strict column types, empty for PostgreSQL.
 */

export const DB_FILE_NAME = 'feedback.db';

/**
 * @param {{ dataDir?: string, databaseUrl?: string | null, searchPath?: string }} options
 *   searchPath: a PostgreSQL schema to create and use instead of `public` (the tests give each
 *   receiver its own).
 * @returns {Promise<Db>}
 */
export async function openDatabase({ dataDir, databaseUrl, searchPath }) {
  if (databaseUrl) return openPostgres(databaseUrl, searchPath);
  if (!dataDir) throw new Error('openDatabase needs dataDir or databaseUrl');
  return openSqlite(dataDir);
}

/**
 * @param {string} dataDir
 * @returns {Promise<Db>}
 */
async function openSqlite(dataDir) {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, DB_FILE_NAME);
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // Deleted and overwritten content (expired comments) is zeroed on disk, not left in free pages.
  sqlite.pragma('secure_delete = ON');

  /** @type {Map<string, import('better-sqlite3').Statement>} */
  const statements = new Map();
  /** @param {string} sql */
  const prepare = (sql) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = sqlite.prepare(sql)));
    return s;
  };

  /** One connection: a transaction holds it until it ends, and every other statement waits. */
  let tail = Promise.resolve();
  let held = false;
  /** @template T @param {() => Promise<T> | T} fn @returns {Promise<T>} */
  function exclusive(fn) {
    const run = tail.then(async () => {
      held = true;
      try {
        return await fn();
      } finally {
        held = false;
      }
    });
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
  /** @template T @param {() => T} fn @returns {Promise<T>} */
  const now = (fn) => (held ? exclusive(fn) : Promise.resolve().then(() => (held ? exclusive(fn) : fn())));

  /** @type {Executor} */
  const direct = {
    all: async (sql, params = []) => /** @type {Row[]} */ (prepare(sql).all(...params)),
    get: async (sql, params = []) => /** @type {Row | undefined} */ (prepare(sql).get(...params)),
    run: async (sql, params = []) => ({ changes: prepare(sql).run(...params).changes }),
    exec: async (sql) => void sqlite.exec(sql),
  };
  /** @type {Executor} */
  const outside = {
    all: (sql, params) => now(() => /** @type {Row[]} */ (prepare(sql).all(...(params ?? [])))),
    get: (sql, params) => now(() => /** @type {Row | undefined} */ (prepare(sql).get(...(params ?? [])))),
    run: (sql, params) => now(() => ({ changes: prepare(sql).run(...(params ?? [])).changes })),
    exec: (sql) => now(() => void sqlite.exec(sql)),
  };

  /** @type {Db} */
  const db = {
    dialect: 'sqlite',
    describe: path,
    sqlite,
    // One connection and BEGIN IMMEDIATE: a claim is already exclusive.
    forUpdateSkipLocked: '',
    ...outside,
    transaction(fn) {
      return exclusive(async () => {
        sqlite.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          sqlite.exec('COMMIT');
          return result;
        } catch (err) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw err;
        }
      });
    },
    async migrate(migrations) {
      const dialect = { name: /** @type {const} */ ('sqlite'), strict: ' STRICT' };
      await exclusive(() => {
        const version = /** @type {number} */ (sqlite.pragma('user_version', { simple: true }));
        for (let v = version; v < migrations.length; v++) {
          sqlite.transaction(() => {
            sqlite.exec(migrations[v](dialect));
            sqlite.pragma(`user_version = ${v + 1}`);
          })();
        }
      });
    },
    ping: () => now(() => void prepare('SELECT 1').get()),
    async close() {
      await exclusive(() => {
        if (sqlite.open) sqlite.close();
      });
    },
  };
  return db;
}

/**
 * `?` placeholders to PostgreSQL's `$1, $2, …` (the receiver's SQL has no `?` inside literals).
 * @param {string} sql
 */
export function numbered(sql) {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * @param {string} url
 * @param {string | undefined} searchPath
 * @returns {Promise<Db>}
 */
async function openPostgres(url, searchPath) {
  const { default: pg } = await import('pg');
  if (searchPath && !/^[a-z_][a-z0-9_]{0,62}$/.test(searchPath)) throw new Error(`bad schema name ${searchPath}`);
  // COUNT(*) is a bigint: read it as a number, as SQLite gives it (the counts here stay far below 2^53).
  const types = {
    /** @param {number} oid @param {any} [format] */
    getTypeParser: (oid, format) => (oid === 20 ? (/** @type {string} */ v) => Number(v) : pg.types.getTypeParser(oid, format)),
  };
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types,
    ...(searchPath ? { options: `-c search_path=${searchPath}` } : {}),
  });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', (err) => console.error(`receiver: database connection lost: ${err.message}`));
  if (searchPath) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${searchPath}`);

  /** @param {import('pg').Pool | import('pg').PoolClient} q @returns {Executor} */
  const on = (q) => ({
    all: async (sql, params = []) => (await q.query(numbered(sql), params)).rows,
    get: async (sql, params = []) => (await q.query(numbered(sql), params)).rows[0],
    run: async (sql, params = []) => ({ changes: (await q.query(numbered(sql), params)).rowCount ?? 0 }),
    exec: async (sql) => void (await q.query(sql)),
  });

  /** @template T @param {(tx: Executor) => Promise<T>} fn @returns {Promise<T>} */
  async function transaction(fn) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(on(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  /** @type {Promise<void> | null} */
  let closed = null;
  /** @type {Db} */
  const db = {
    dialect: 'postgres',
    describe: redact(url) + (searchPath ? ` (schema ${searchPath})` : ''),
    sqlite: null,
    forUpdateSkipLocked: ' FOR UPDATE OF j SKIP LOCKED',
    ...on(pool),
    transaction,
    async migrate(migrations) {
      const dialect = { name: /** @type {const} */ ('postgres'), strict: '' };
      await transaction(async (tx) => {
        // Several instances starting at once: one migrates, the others wait and find it done.
        await tx.get('SELECT pg_advisory_xact_lock(8217401)');
        await tx.exec('CREATE TABLE IF NOT EXISTS receiver_schema (version INTEGER NOT NULL)');
        const row = await tx.get('SELECT version FROM receiver_schema');
        if (!row) await tx.run('INSERT INTO receiver_schema (version) VALUES (0)');
        for (let v = row?.version ?? 0; v < migrations.length; v++) {
          await tx.exec(migrations[v](dialect));
          await tx.run('UPDATE receiver_schema SET version = ?', [v + 1]);
        }
      });
    },
    ping: async () => void (await pool.query('SELECT 1')),
    close: () => (closed ??= pool.end()),
  };
  return db;
}

/**
 * The database address without its password, for logs.
 * @param {string} url
 */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return 'postgres://…';
  }
}
