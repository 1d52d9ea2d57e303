// @ts-check
/**
 * The receiver's own secret, for keyed hashes (the daily cap per number) and cancel tokens:
 * RECEIVER_SECRET where the operator sets one (needed when several instances share a database),
 * else a random one made on first start and kept beside the database, readable by its owner only.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRET_FILE_NAME = 'receiver-secret';

/**
 * @param {string} dataDir
 * @param {string | null} configured
 */
export function loadSecret(dataDir, configured) {
  if (configured) return configured;
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, SECRET_FILE_NAME);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/**
 * Keyed hashes made from one secret, each for its own purpose.
 * @param {string} secret
 */
export function keyed(secret) {
  /** @param {string} purpose @param {string} value */
  const mac = (purpose, value) => createHmac('sha256', secret).update(`${purpose}\n${value}`).digest('base64url');
  return {
    /** The same number or address, however it was typed, gives the same hash. */
    addressHash: (/** @type {string} */ address) =>
      mac(
        'address',
        address
          .trim()
          .toLowerCase()
          .replace(/[\s()-]/g, ''),
      ),
    /** A token that lets the browser that made a request cancel it, and nobody else. */
    cancelToken: (/** @type {string} */ id) => mac('cancel', id).slice(0, 32),
    /**
     * @param {string} id
     * @param {unknown} token
     */
    cancelTokenValid(id, token) {
      if (typeof token !== 'string') return false;
      const expected = Buffer.from(mac('cancel', id).slice(0, 32));
      const given = Buffer.from(token);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
