// @ts-check
/**
 * Password hashes with node's own scrypt (no native dependency): `scrypt$N$r$p$salt$hash`, with
 * the cost stored in the hash so that it can be raised later without breaking old accounts.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost: N = 2^15, r = 8, p = 1 takes 32 MiB and about 0.1 s, OWASP's minimum or more. */
export const DEFAULT_COST = Object.freeze({ N: 2 ** 15, r: 8, p: 1 });
const KEY_LENGTH = 32;
/** Shortest password accepted when an account is made or changed. */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * @param {string} password
 * @param {Buffer} salt
 * @param {{ N: number, r: number, p: number }} cost
 * @returns {Promise<Buffer>}
 */
function derive(password, salt, { N, r, p }) {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/**
 * @param {string} password
 * @param {{ N: number, r: number, p: number }} [cost]
 */
export async function hashPassword(password, cost = DEFAULT_COST) {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** A hash of nothing anyone knows, checked for unknown names so that they take as long as known ones. */
let dummy = /** @type {Promise<string> | null} */ (null);

/**
 * @param {string} password
 * @param {string | null} stored a hash from hashPassword, or null for an unknown account
 * @returns {Promise<boolean>}
 */
export async function verifyPassword(password, stored) {
  if (!stored) {
    dummy ??= hashPassword(randomBytes(16).toString('hex'));
    await verifyPassword(password, await dummy);
    return false;
  }
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(N), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
