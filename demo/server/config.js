// @ts-check
/**
 * Configuration from environment variables. Invalid values stop the start with a clear message.
 */
import { fileURLToPath } from 'node:url';
import { parseSendHours } from './contact/send-hours.js';
import { loadUnits } from './units.js';

const here = (/** @type {string} */ p) => fileURLToPath(new URL(p, import.meta.url));

/**
 * @typedef {{
 *   port: number, host: string, dataDir: string, allowedOrigins: string[],
 *   retentionDays: number, minGroupSize: number, rateLimitPerMinute: number,
 *   demoDir: string, distDir: string, contact: ContactConfig, workerIntervalMs: number,
 *   databaseUrl: string | null, publicOrigins: string[], apiTokens: string[], linkSecret: string | null,
 *   units: import('./units.js').Unit[], trustProxy: number, oidc: OidcConfig | null
 * }} Config
 * @typedef {{
 *   issuer: string, clientId: string, clientSecret: string | null, roleClaim: string,
 *   roles: Record<string, import('./auth/accounts.js').Role>, nameClaim: string, scope: string
 * }} OidcConfig
 * @typedef {{ default: string, byLanguage: Record<string, string> }} Templates
 * @typedef {{
 *   notify: { apiKey: string, baseUrl: string, sms: Templates | null, email: Templates | null } | null,
 *   smtp: { url: string, from: string } | null,
 *   organisation: string, feedbackUrl: string | null, secret: string | null,
 *   sendHours: import('./contact/send-hours.js').SendHours | null,
 *   dailyCap: number, maxAgeHours: number, concurrency: number
 * }} ContactConfig
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
  contact: Object.freeze({
    notify: null,
    smtp: null,
    organisation: 'Demo Police Service',
    feedbackUrl: null,
    secret: null,
    sendHours: null,
    dailyCap: 3,
    maxAgeHours: 72,
    concurrency: 4,
  }),
});

/** GOV.UK Notify's own API, the client's default. */
export const NOTIFY_DEFAULT_BASE_URL = 'https://api.notifications.service.gov.uk';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * NOTIFY_<CHANNEL>_TEMPLATE_ID and, per language, NOTIFY_<CHANNEL>_TEMPLATE_ID_<LANG>
 * (`_CY`, `_PA`, `_ZH_HANS`).
 * @param {NodeJS.ProcessEnv} env
 * @param {'SMS' | 'EMAIL'} channel
 * @returns {Templates | null}
 */
function templates(env, channel) {
  const name = `NOTIFY_${channel}_TEMPLATE_ID`;
  /** @type {Record<string, string>} */
  const byLanguage = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith(`${name}_`) || !value?.trim()) continue;
    const language = key
      .slice(name.length + 1)
      .toLowerCase()
      .replace(/_/g, '-');
    if (!/^[a-z]{2,3}(-[a-z0-9]+)*$/.test(language)) throw new Error(`${key}: "${language}" is not a language code`);
    if (!UUID.test(value.trim())) throw new Error(`${key} must be a Notify template id (a UUID)`);
    byLanguage[language] = value.trim();
  }
  const main = env[name]?.trim();
  if (!main) {
    if (Object.keys(byLanguage).length) throw new Error(`${name} is needed as the default beside the per-language templates`);
    return null;
  }
  if (!UUID.test(main)) throw new Error(`${name} must be a Notify template id (a UUID)`);
  return { default: main, byLanguage };
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {ContactConfig}
 */
export function contactFromEnv(env) {
  const d = DEFAULTS.contact;
  /** @type {ContactConfig['notify']} */
  let notify = null;
  const apiKey = env.NOTIFY_API_KEY?.trim();
  if (apiKey) {
    if (!/-[0-9a-f-]{36}-[0-9a-f-]{36}$/i.test(apiKey)) {
      throw new Error('NOTIFY_API_KEY must be a Notify API key (its name, then the service id and the secret)');
    }
    const sms = templates(env, 'SMS');
    const email = templates(env, 'EMAIL');
    if (!sms && !email) throw new Error('NOTIFY_API_KEY needs NOTIFY_SMS_TEMPLATE_ID or NOTIFY_EMAIL_TEMPLATE_ID');
    const baseUrl = env.NOTIFY_BASE_URL?.trim() || NOTIFY_DEFAULT_BASE_URL;
    if (!/^https?:\/\//.test(baseUrl)) throw new Error(`NOTIFY_BASE_URL must be an http(s) address, got "${baseUrl}"`);
    notify = { apiKey, baseUrl: baseUrl.replace(/\/$/, ''), sms, email };
  }
  /** @type {ContactConfig['smtp']} */
  let smtp = null;
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl) {
    if (!/^smtps?:\/\//.test(smtpUrl)) throw new Error('SMTP_URL must look like smtp://user:password@mail.example.org:587');
    const from = env.MAIL_FROM?.trim();
    if (!from || !/@/.test(from)) throw new Error('SMTP_URL needs MAIL_FROM, the address messages come from');
    smtp = { url: smtpUrl, from };
  }
  const feedbackUrl = env.FEEDBACK_URL?.trim() || null;
  if (feedbackUrl && !/^https?:\/\//.test(feedbackUrl)) throw new Error(`FEEDBACK_URL must be an http(s) address, got "${feedbackUrl}"`);
  const secret = env.RECEIVER_SECRET?.trim() || null;
  if (secret && secret.length < 32) throw new Error('RECEIVER_SECRET must be at least 32 characters');
  return {
    notify,
    smtp,
    organisation: env.ORGANISATION_NAME?.trim() || d.organisation,
    feedbackUrl,
    secret,
    sendHours: parseSendHours(env.SEND_HOURS, env.SEND_TIMEZONE?.trim() || undefined),
    dailyCap: int(env, 'CONTACT_DAILY_CAP', d.dailyCap, 1, 1000),
    maxAgeHours: int(env, 'CONTACT_REQUEST_MAX_HOURS', d.maxAgeHours, 1, 24 * 30),
    concurrency: int(env, 'SEND_CONCURRENCY', d.concurrency, 1, 100),
  };
}

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
 * Parses ALLOWED_ORIGINS (or PUBLIC_ORIGINS): comma-separated origins such as https://www.example.police.uk.
 * @param {string | undefined} raw
 * @param {string} [name] the variable, for messages
 * @returns {string[]}
 */
export function parseOrigins(raw, name = 'ALLOWED_ORIGINS') {
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
        throw new Error(`${name}: "${s}" is not an origin like https://www.example.org`);
      }
      if (url.origin === 'null' || url.origin !== s.replace(/\/$/, '')) {
        throw new Error(`${name}: "${s}" is not an origin (scheme, host and port only)`);
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
    contact: contactFromEnv(env),
    // How often the sender looks for messages that are due (SEND_INTERVAL_SECONDS, default 5).
    workerIntervalMs: int(env, 'SEND_INTERVAL_SECONDS', 5, 1, 3600) * 1000,
    databaseUrl: databaseUrl(env.DATABASE_URL),
    publicOrigins: parseOrigins(env.PUBLIC_ORIGINS, 'PUBLIC_ORIGINS'),
    apiTokens: parseTokens(env.RESULTS_API_TOKENS),
    linkSecret: secret(env, 'LINK_SECRET'),
    units: loadUnits(env.UNITS_FILE?.trim() || undefined),
    trustProxy: int(env, 'TRUST_PROXY', 0, 0, 10),
    oidc: oidcFromEnv(env),
  };
}

/**
 * @param {string | undefined} raw
 * @returns {string | null}
 */
function databaseUrl(raw) {
  const url = raw?.trim();
  if (!url) return null;
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error('DATABASE_URL must be a PostgreSQL address, postgres://user:password@host:5432/database');
  return url;
}

/**
 * RESULTS_API_TOKENS: comma-separated, each at least 32 characters (make one with
 * `openssl rand -base64 33`).
 * @param {string | undefined} raw
 * @returns {string[]}
 */
export function parseTokens(raw) {
  if (!raw?.trim()) return [];
  return raw
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t, i) => {
      if (t.length < 32) throw new Error(`RESULTS_API_TOKENS: token ${i + 1} has ${t.length} characters; each needs at least 32`);
      if (!/^[\x21-\x7e]+$/.test(t)) throw new Error(`RESULTS_API_TOKENS: token ${i + 1} may hold only visible ASCII characters`);
      return t;
    });
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 */
function secret(env, name) {
  const value = env[name]?.trim() || null;
  if (value && value.length < 32) throw new Error(`${name} must be at least 32 characters`);
  return value;
}

/**
 * OpenID Connect sign-in (optional): OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, and how the
 * provider's claims give a role: OIDC_ROLE_CLAIM (default `roles`) and OIDC_ROLE_MAP, for example
 * `Feedback.Analyst=analyst,Feedback.Reviewer=reviewer` (Entra ID app roles). A person whose claims
 * map to no role is refused.
 * @param {NodeJS.ProcessEnv} env
 * @returns {OidcConfig | null}
 */
export function oidcFromEnv(env) {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  if (!/^https?:\/\//.test(issuer)) throw new Error('OIDC_ISSUER must be an http(s) address');
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('OIDC_ISSUER needs OIDC_CLIENT_ID');
  /** @type {Record<string, any>} */
  const roles = {};
  for (const pair of (env.OIDC_ROLE_MAP ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [claim, role] = pair.split('=').map((s) => s.trim());
    if (!claim || !['officer', 'analyst', 'reviewer', 'sender'].includes(role)) {
      throw new Error(`OIDC_ROLE_MAP: "${pair}" must be claim-value=role (officer, analyst, reviewer or sender)`);
    }
    roles[claim] = role;
  }
  if (!Object.keys(roles).length) throw new Error('OIDC_ISSUER needs OIDC_ROLE_MAP, for example Feedback.Reviewer=reviewer');
  return {
    issuer,
    clientId,
    clientSecret: env.OIDC_CLIENT_SECRET?.trim() || null,
    roleClaim: env.OIDC_ROLE_CLAIM?.trim() || 'roles',
    nameClaim: env.OIDC_NAME_CLAIM?.trim() || 'preferred_username',
    scope: env.OIDC_SCOPE?.trim() || 'openid profile',
    roles,
  };
}
