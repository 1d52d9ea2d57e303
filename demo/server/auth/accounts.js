// @ts-check
/**
 * Staff accounts and their sessions, in the receiver's database.
 *
 * - Roles: `officer` (may sign links for their own collar number, which is the account name),
 *   `analyst` (figures), `reviewer` (figures and comments), `sender` (figures and the contact
 *   details of requests still waiting to be sent).
 * - After MAX_FAILURES wrong passwords in a row an account is locked for LOCK_MINUTES.
 * - A session is a random token in a cookie; the database holds only its SHA-256, so a copy of
 *   the database does not let anyone in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './passwords.js';

export const ROLES = /** @type {const} */ (['officer', 'analyst', 'reviewer', 'sender']);
/** @typedef {typeof ROLES[number]} Role */
/** @typedef {'figures' | 'comments' | 'contacts' | 'sign-any' | 'sign-own'} Permission */

/** What each role may do. API tokens have `figures` only. */
export const PERMISSIONS = Object.freeze({
  officer: /** @type {Permission[]} */ (['sign-own']),
  analyst: /** @type {Permission[]} */ (['figures', 'sign-any']),
  reviewer: /** @type {Permission[]} */ (['figures', 'comments', 'sign-any']),
  sender: /** @type {Permission[]} */ (['figures', 'contacts', 'sign-any']),
});

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const SESSION_HOURS = 8;

/** Account names: letters, digits and . _ - @ (an email address or a collar number fits). */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** @param {import('../sql.js').Dialect} d */
export const STAFF_MIGRATION = (d) => `
  CREATE TABLE staff_users (
    name             TEXT PRIMARY KEY,
    role             TEXT NOT NULL CHECK (role IN (${ROLES.map((r) => `'${r}'`).join(', ')})),
    password_hash    TEXT NOT NULL,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    created_at       TEXT NOT NULL
  )${d.strict};
  CREATE TABLE staff_sessions (
    id_hash     TEXT PRIMARY KEY,
    user_name   TEXT NOT NULL,
    role        TEXT NOT NULL,
    csrf        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
  )${d.strict};
  CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);
  CREATE INDEX staff_sessions_user ON staff_sessions (user_name);`;

/** @param {string} token */
const sha256 = (token) => createHash('sha256').update(token).digest('base64url');

/**
 * @typedef {{ name: string, role: Role, csrf: string, expiresAt: string, via: 'password' | 'oidc' }} Session
 */

/**
 * @param {import('../sql.js').Db} db
 * @param {{ passwordCost?: { N: number, r: number, p: number } }} [options]
 */
export function createAccounts(db, options = {}) {
  /** @param {string} name @param {string} role @param {string} password */
  function check(name, role, password) {
    if (!NAME_PATTERN.test(name)) throw new Error(`"${name}" is not an account name: letters, digits and . _ - @, at most 64`);
    if (!ROLES.includes(/** @type {Role} */ (role))) throw new Error(`role must be one of ${ROLES.join(', ')}`);
    if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  }

  const accounts = {
    /**
     * @param {string} name
     * @param {Role} role
     * @param {string} password
     * @param {Date} [now]
     */
    async add(name, role, password, now = new Date()) {
      check(name, role, password);
      const hash = await hashPassword(password, options.passwordCost);
      const { changes } = await db.run(
        `INSERT INTO staff_users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
        [name, role, hash, now.toISOString()],
      );
      if (changes !== 1) throw new Error(`there is already an account called "${name}"`);
    },

    /** @param {string} name @param {string} password */
    async setPassword(name, password) {
      const user = await db.get(`SELECT role FROM staff_users WHERE name = ?`, [name]);
      if (!user) throw new Error(`there is no account called "${name}"`);
      check(name, user.role, password);
      await db.run(`UPDATE staff_users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE name = ?`, [
        await hashPassword(password, options.passwordCost),
        name,
      ]);
      await db.run(`DELETE FROM staff_sessions WHERE user_name = ?`, [name]);
    },

    /** @param {string} name @param {Role} role */
    async setRole(name, role) {
      if (!ROLES.includes(role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
      const { changes } = await db.run(`UPDATE staff_users SET role = ? WHERE name = ?`, [role, name]);
      if (changes !== 1) throw new Error(`there is no account called "${name}"`);
      await db.run(`DELETE FROM staff_sessions WHERE user_name = ?`, [name]);
    },

    /** Removes an account and ends its sessions. @param {string} name */
    async remove(name) {
      const { changes } = await db.run(`DELETE FROM staff_users WHERE name = ?`, [name]);
      await db.run(`DELETE FROM staff_sessions WHERE user_name = ?`, [name]);
      if (changes !== 1) throw new Error(`there is no account called "${name}"`);
    },

    /** @param {string} name */
    async unlock(name) {
      const { changes } = await db.run(`UPDATE staff_users SET failed_attempts = 0, locked_until = NULL WHERE name = ?`, [name]);
      if (changes !== 1) throw new Error(`there is no account called "${name}"`);
    },

    /** @returns {Promise<{ name: string, role: Role, locked_until: string | null, created_at: string }[]>} */
    list: async () => /** @type {any} */ (db.all(`SELECT name, role, locked_until, created_at FROM staff_users ORDER BY name`)),

    /**
     * Checks a name and password. A wrong password counts towards the lockout; the right one
     * while locked is refused too, and says nothing about whether it was right.
     * @param {string} name
     * @param {string} password
     * @param {Date} now
     * @returns {Promise<{ ok: true, role: Role } | { ok: false, locked: boolean }>}
     */
    async verify(name, password, now) {
      const user = NAME_PATTERN.test(name)
        ? await db.get(`SELECT name, role, password_hash, failed_attempts, locked_until FROM staff_users WHERE name = ?`, [name])
        : undefined;
      const good = await verifyPassword(password, user?.password_hash ?? null);
      if (!user) return { ok: false, locked: false };
      if (user.locked_until && user.locked_until > now.toISOString()) return { ok: false, locked: true };
      if (good) {
        await db.run(`UPDATE staff_users SET failed_attempts = 0, locked_until = NULL WHERE name = ?`, [name]);
        return { ok: true, role: user.role };
      }
      const failures = (user.locked_until ? 0 : user.failed_attempts) + 1;
      const lock = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
      await db.run(`UPDATE staff_users SET failed_attempts = ?, locked_until = ? WHERE name = ?`, [lock ? 0 : failures, lock, name]);
      return { ok: false, locked: Boolean(lock) };
    },

    /**
     * Starts a session. Returns the token for the cookie and the CSRF token for forms.
     * @param {string} name
     * @param {Role} role
     * @param {Date} now
     * @param {'password' | 'oidc'} [via]
     */
    async startSession(name, role, now, via = 'password') {
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(24).toString('base64url');
      const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
      await db.run(`INSERT INTO staff_sessions (id_hash, user_name, role, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)`, [
        sha256(token),
        name,
        role,
        `${via}:${csrf}`,
        now.toISOString(),
        expires.toISOString(),
      ]);
      return { token, csrf, expires };
    },

    /**
     * @param {string | undefined} token from the cookie
     * @param {Date} now
     * @returns {Promise<Session | null>}
     */
    async session(token, now) {
      if (!token || token.length > 100) return null;
      const row = await db.get(`SELECT user_name, role, csrf, expires_at FROM staff_sessions WHERE id_hash = ? AND expires_at > ?`, [
        sha256(token),
        now.toISOString(),
      ]);
      if (!row || !ROLES.includes(row.role)) return null;
      const [via, csrf] = String(row.csrf).split(':');
      return { name: row.user_name, role: row.role, csrf, expiresAt: row.expires_at, via: via === 'oidc' ? 'oidc' : 'password' };
    },

    /** @param {string | undefined} token */
    async endSession(token) {
      if (token) await db.run(`DELETE FROM staff_sessions WHERE id_hash = ?`, [sha256(token)]);
    },

    /** @param {Date} now */
    async purgeSessions(now) {
      return (await db.run(`DELETE FROM staff_sessions WHERE expires_at <= ?`, [now.toISOString()])).changes;
    },
  };
  return accounts;
}

/** @typedef {ReturnType<typeof createAccounts>} Accounts */
