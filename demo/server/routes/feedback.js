// @ts-check
/**
 * What victims' pages send, from this receiver's pages or an allowed origin (the router has
 * checked CORS): POST /api/feedback, a rating or a contact request checked against the schema and
 * stored once per id; POST /api/contact-requests/<id>/cancel, with the token from the answer.
 */
import { validatePayload, badText, SCHEMA_VERSION } from '../validate.js';
import { nextSendTime } from '../contact/send-hours.js';
import { BODY_LIMIT, readJson } from '../body.js';
import { sendError, sendJson } from '../respond.js';

/** @typedef {import('../router.js').Handler} Handler */

/** @param {import('./index.js').Context} context */
export function feedbackRoutes({ cfg, now, store, queue, worker, keys, links, limiter, origins }) {
  /**
   * What the browser that made a contact request may know of it: when the message should go, and
   * how to cancel it while it waits.
   * @param {string} id
   */
  async function requestStatus(id) {
    const job = await queue.get(id);
    if (!job) return { state: 'unknown' };
    const sendable = worker.channels.has(job.channel);
    return {
      state: job.state,
      channel: job.channel,
      // null: this receiver cannot send on that channel yet; the request waits until it expires.
      sendAfter: sendable && job.state === 'waiting' ? job.next_attempt_at : null,
      ...(job.state === 'waiting' ? { cancel: { href: `/api/contact-requests/${id}/cancel`, token: keys.cancelToken(id) } } : {}),
    };
  }

  /** @type {Handler} POST /api/feedback */
  async function post(req, res, { headers: h }) {
    const limit = limiter.take(origins.clientKey(req));
    if (!limit.ok) {
      return sendError(
        res,
        429,
        'rate_limited',
        'Too many requests. Try again later.',
        {},
        { ...h, 'Retry-After': String(limit.retryAfterSeconds) },
      );
    }
    const read = await readJson(req, res, {
      limit: BODY_LIMIT,
      headers: h,
      unsupported: 'Send the payload as Content-Type: application/json (UTF-8, not compressed).',
      malformed: 'The body is not valid JSON in UTF-8.',
    });
    if (!read) return;
    const body = read.value;

    if (body && typeof body === 'object' && !Array.isArray(body) && 'schema' in body && body.schema !== SCHEMA_VERSION) {
      return sendError(
        res,
        422,
        'unsupported_schema',
        `Unknown payload schema ${JSON.stringify(String(body.schema)).slice(0, 80)}; this receiver accepts "${SCHEMA_VERSION}".`,
        { fields: ['/schema'], supported: [SCHEMA_VERSION] },
        h,
      );
    }

    // JSON can carry a lone surrogate (\ud800) or NUL (\u0000) in a string: neither is text.
    const text = badText(body);
    if (text.length) {
      return sendError(
        res,
        422,
        'invalid_text',
        `Text fields may not hold NUL or a lone surrogate: ${text.map((p) => p.field).join(', ')}.`,
        { fields: text.map((p) => p.field), problems: text },
        h,
      );
    }

    const result = validatePayload(body);
    if (!result.ok) {
      const shown = result.problems.slice(0, 10).map((p) => `${p.field || '(body)'} ${p.problem}`);
      return sendError(
        res,
        422,
        'invalid_payload',
        `The payload does not match ${SCHEMA_VERSION}: ${shown.join('; ')}.`,
        { fields: result.fields, problems: result.problems },
        h,
      );
    }

    const key = req.headers['idempotency-key'];
    if (key !== undefined && key !== result.payload.id) {
      return sendError(
        res,
        422,
        'idempotency_key_mismatch',
        'The Idempotency-Key header must equal the payload id.',
        { fields: ['/id'] },
        h,
      );
    }

    const payload = result.payload;
    const receivedAt = now();
    const verified = links.verify(payload.context);
    const created = await store.db.transaction(async (tx) => {
      const fresh = await store.insert(payload, receivedAt, verified, tx);
      if (fresh && payload.contact) {
        await queue.enqueue(/** @type {any} */ (payload), receivedAt, nextSendTime(cfg.contact.sendHours, receivedAt), tx);
      }
      return fresh;
    });
    /** @type {Record<string, unknown>} */
    const answer = { id: payload.id, status: created ? 'created' : 'duplicate' };
    if (payload.kind === 'contact-request') answer.request = await requestStatus(payload.id);
    sendJson(res, created ? 201 : 200, answer, h);
  }

  /** @type {Handler} POST /api/contact-requests/<id>/cancel with {"token": "…"} from the confirmation. */
  async function cancel(req, res, { params: [id], headers: h }) {
    const read = await readJson(req, res, {
      limit: 1024,
      headers: h,
      unsupported: 'Send {"token": "…"} as Content-Type: application/json.',
      malformed: 'The body is not valid JSON.',
    });
    if (!read) return;
    const token = /** @type {{ token?: unknown } | null} */ (read.value)?.token;
    // A wrong token and an unknown id answer alike, so ids cannot be probed.
    const state = keys.cancelTokenValid(id, token) ? await queue.cancel(id, now()) : null;
    if (state === null) return sendError(res, 404, 'not_found', 'There is no request to cancel with this token.', {}, h);
    if (state === 'cancelled') return sendJson(res, 200, { id, state }, h);
    return sendError(
      res,
      409,
      'not_waiting',
      state === 'sent' || state === 'sending' ? 'The message has already been sent.' : `The request has already ended (${state}).`,
      { state },
      h,
    );
  }

  return { post, cancel };
}
