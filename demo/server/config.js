// @ts-check
/**
 * Configuration from environment variables. Invalid values stop the start with a clear message.
 */
import { fileURLToPath } from 'node:url';

const here = (/** @type {string} */ p) => fileURLToPath(new URL(p, import.meta.url));

/**
 * @typedef {{
 *   port: number, host: string, dataDir: string, allowedOrigins: string[],
 *   retentionDays: number, minGroupSize: number, rateLimitPerMinute: number,
 *   demoDir: string, distDir: string
 * }} Config
 */

/** Defaults, also used by createApp for options left out. */
export const DEFAULTS = Object.freeze({
  port: 8080,
  host: '127.0.0.1',
  dataDir: here('./data/'),
  allowedOrigins: /** @type {string[]} */ ([]),
  retentionDays: 365,
  minGroupSize: 5,
  rateLimitPerMinute: 30,
  demoDir: here('../'),
  distDir: here('../../dist/'),
});

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
function int(env, name, fallback, min, max) {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

/**
 * Parses ALLOWED_ORIGINS: comma-separated origins such as https://www.example.police.uk.
 * @param {string | undefined} raw
 * @returns {string[]}
 */
export function parseOrigins(raw) {
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      let url;
      try {
        url = new URL(s);
      } catch {
        throw new Error(`ALLOWED_ORIGINS: "${s}" is not an origin like https://www.example.org`);
      }
      if (url.origin === 'null' || url.origin !== s.replace(/\/$/, '')) {
        throw new Error(`ALLOWED_ORIGINS: "${s}" is not an origin (scheme, host and port only)`);
      }
      return url.origin;
    });
}

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Config}
 */
export function configFromEnv(env = process.env) {
  return {
    port: int(env, 'PORT', DEFAULTS.port, 0, 65535),
    host: env.HOST?.trim() || DEFAULTS.host,
    dataDir: env.DATA_DIR?.trim() || DEFAULTS.dataDir,
    allowedOrigins: parseOrigins(env.ALLOWED_ORIGINS),
    retentionDays: int(env, 'RETENTION_DAYS', DEFAULTS.retentionDays, 1, 36500),
    minGroupSize: int(env, 'MIN_GROUP_SIZE', DEFAULTS.minGroupSize, 1, 1_000_000),
    rateLimitPerMinute: int(env, 'RATE_LIMIT_PER_MINUTE', DEFAULTS.rateLimitPerMinute, 0, 1_000_000),
    demoDir: DEFAULTS.demoDir,
    distDir: DEFAULTS.distDir,
  };
}
