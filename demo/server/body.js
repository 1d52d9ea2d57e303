// @ts-check
/**
 * Request bodies: read up to a limit and refused with 413 beyond it; JSON only as
 * `Content-Type: application/json`, in UTF-8, not compressed.
 */
import { sendError } from './respond.js';

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** Largest accepted request body, in bytes. */
export const BODY_LIMIT = 16 * 1024;
/** After refusing an oversized body, how much more of it is read and thrown away before the connection is cut. */
const DISCARD_LIMIT = 256 * 1024;

/**
 * Reads at most `limit` bytes of the body.
 * @param {Req} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>} null when the body is larger than `limit`
 */
export function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let settled = false;
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        settled = true;
        req.off('data', onData);
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks));
      settled = true;
    });
    req.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    req.on('close', () => {
      if (!settled) reject(new Error('request aborted'));
      settled = true;
    });
  });
}

/**
 * Refuses an oversized body with 413 and closes the connection. The rest of the body is read and
 * dropped (up to DISCARD_LIMIT), so the client sees the answer rather than a reset connection.
 * @param {Req} req
 * @param {Res} res
 * @param {number} limit the limit the body went over
 * @param {Record<string, string>} [headers]
 */
export function refuseTooLarge(req, res, limit, headers = {}) {
  let discarded = 0;
  req.on('data', (/** @type {Buffer} */ c) => {
    discarded += c.length;
    if (discarded > DISCARD_LIMIT) req.socket.destroy();
  });
  req.resume();
  sendError(res, 413, 'payload_too_large', `The body must be at most ${limit} bytes.`, {}, { ...headers, Connection: 'close' });
}

/**
 * @param {string | undefined} contentType
 * @returns {boolean} true for application/json, with no charset or charset=utf-8
 */
export function isJsonContentType(contentType) {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((s) => s.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((p) => {
    const [k, v = ''] = p.split('=').map((s) => s.trim());
    return k !== 'charset' || ['utf-8', 'utf8', '"utf-8"'].includes(v);
  });
}

/**
 * Reads a JSON body, or answers and returns null: 415 when it is not application/json in UTF-8
 * or is compressed, 413 over `limit`, 400 when it is not JSON (or, with `object`, not an object).
 * @param {Req} req
 * @param {Res} res
 * @param {{ limit: number, headers?: Record<string, string>, unsupported: string, malformed: string, object?: boolean }} options
 *   headers: on every refusal (CORS); unsupported, malformed: the 415 and 400 messages.
 * @returns {Promise<{ value: unknown } | null>}
 */
export async function readJson(req, res, { limit, headers = {}, unsupported, malformed, object = false }) {
  const encoding = req.headers['content-encoding'];
  if (!isJsonContentType(req.headers['content-type']) || (encoding && encoding.toLowerCase() !== 'identity')) {
    sendError(res, 415, 'unsupported_media_type', unsupported, {}, headers);
    return null;
  }
  const raw = Number(req.headers['content-length']) > limit ? null : await readBody(req, limit);
  if (raw === null) {
    refuseTooLarge(req, res, limit, headers);
    return null;
  }
  try {
    const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
    if (!object || (value && typeof value === 'object' && !Array.isArray(value))) return { value };
  } catch {
    // answered below
  }
  sendError(res, 400, 'malformed_json', malformed, {}, headers);
  return null;
}
