// @ts-check
/**
 * A local stand-in for GOV.UK Notify's API, for the receiver's tests: it answers
 * `POST /v2/notifications/sms`, `POST /v2/notifications/email` and `GET /v2/notifications` with the
 * status codes and JSON that Notify documents, and checks the client's JWT (HS256, signed with the
 * API key's secret, `iss` the service id, `iat` within 30 seconds) as Notify does.
 *
 * Faults are injected: `failNext(status)` answers the next send with that error; `hangNext()`
 * records the next message (as Notify would have created it) but never answers, like a connection
 * lost mid-request. `received(n)` resolves once n messages have arrived.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

export const SERVICE_ID = '11111111-2222-4333-8444-555555555555';
export const SECRET = '99999999-8888-4777-8666-555555555555';
/** A key as Notify issues them: name, service id, secret. */
export const API_KEY = `vce_test-${SERVICE_ID}-${SECRET}`;
export const SMS_TEMPLATE = 'aaaaaaaa-0000-4000-8000-000000000001';
export const EMAIL_TEMPLATE = 'aaaaaaaa-0000-4000-8000-000000000002';
export const SMS_TEMPLATE_CY = 'aaaaaaaa-0000-4000-8000-000000000003';

const ERROR_NAMES = /** @type {Record<number, string>} */ ({
  400: 'BadRequestError',
  403: 'AuthError',
  429: 'RateLimitError',
  500: 'Exception',
  503: 'Exception',
});

/** @param {string} token */
function verifyJwt(token) {
  const [h, p, sig] = token.split('.');
  if (!h || !p || !sig) return 'Invalid token: signature, api token not found';
  const expected = createHmac('sha256', SECRET).update(`${h}.${p}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Invalid token: API key not found';
  const header = JSON.parse(Buffer.from(h, 'base64url').toString());
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  if (header.alg !== 'HS256') return 'Invalid token: algorithm used is not HS256';
  if (claims.iss !== SERVICE_ID) return 'Invalid token: service not found';
  if (Math.abs(Date.now() / 1000 - claims.iat) > 30) return 'Error: Your system clock must be accurate to within 30 seconds';
  return null;
}

/**
 * @typedef {{ id: string, type: 'sms' | 'email', template_id: string, to: string,
 *   personalisation: Record<string, string>, reference: string | null, created_at: string }} Notification
 */

export async function startNotifyStub() {
  /** @type {Notification[]} every message Notify accepted */
  const notifications = [];
  /** @type {{ method: string, path: string, status: number }[]} every request, answered or not */
  const requests = [];
  /** @type {{ status: number, message: string, retryAfter?: string }[]} */
  const failures = [];
  let hang = 0;
  /** @type {import('node:http').ServerResponse[]} */
  const held = [];
  /** @type {{ count: number, resolve: () => void }[]} tests awaiting received() */
  const awaiting = [];

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {unknown} body
   * @param {Record<string, string>} [headers]
   */
  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  /** @param {number} status @param {string} message */
  const error = (status, message) => ({ status_code: status, errors: [{ error: ERROR_NAMES[status] ?? 'Exception', message }] });

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const record = { method: req.method ?? 'GET', path: url.pathname, status: 0 };
    requests.push(record);
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const auth = req.headers.authorization ?? '';
    const problem = auth.startsWith('Bearer ') ? verifyJwt(auth.slice(7)) : 'Unauthorized: authentication token must be provided';
    const answer = (/** @type {number} */ status, /** @type {unknown} */ body, /** @type {Record<string, string>} */ headers = {}) => {
      record.status = status;
      send(res, status, body, headers);
    };
    if (problem) return answer(403, error(403, problem));

    if (req.method === 'GET' && url.pathname === '/v2/notifications') {
      const type = url.searchParams.get('template_type');
      const reference = url.searchParams.get('reference');
      const found = notifications.filter((n) => (!type || n.type === type) && (!reference || n.reference === reference));
      return answer(200, {
        notifications: found.map((n) => ({
          id: n.id,
          reference: n.reference,
          type: n.type,
          status: 'delivered',
          created_at: n.created_at,
        })),
        links: { current: `${url.origin}/v2/notifications` },
      });
    }
    const kind = /^\/v2\/notifications\/(sms|email)$/.exec(url.pathname)?.[1];
    if (req.method !== 'POST' || !kind) return answer(404, error(400, 'Not found'));

    const fail = failures.shift();
    if (fail) return answer(fail.status, error(fail.status, fail.message), fail.retryAfter ? { 'Retry-After': fail.retryAfter } : {});

    /** @type {any} */
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(400, error(400, 'Invalid JSON supplied in POST data'));
    }
    const to = kind === 'sms' ? body.phone_number : body.email_address;
    if (typeof to !== 'string' || !to)
      return answer(400, error(400, `${kind === 'sms' ? 'phone_number' : 'email_address'} is a required property`));
    if (kind === 'sms' && !/^\+\d{8,15}$/.test(to.replace(/\s/g, '')))
      return answer(400, error(400, 'phone_number Not a UK mobile number'));
    if (![SMS_TEMPLATE, EMAIL_TEMPLATE, SMS_TEMPLATE_CY].includes(body.template_id)) return answer(400, error(400, 'Template not found'));
    const personalisation = body.personalisation ?? {};
    for (const field of ['link', 'organisation']) {
      if (typeof personalisation[field] !== 'string') return answer(400, error(400, `Missing personalisation: ${field}`));
    }
    /** @type {Notification} */
    const n = {
      id: randomUUID(),
      type: /** @type {'sms' | 'email'} */ (kind),
      template_id: body.template_id,
      to,
      personalisation,
      reference: body.reference ?? null,
      created_at: new Date().toISOString(),
    };
    notifications.push(n);
    for (const a of awaiting.filter((a) => notifications.length >= a.count)) {
      awaiting.splice(awaiting.indexOf(a), 1);
      a.resolve();
    }
    if (hang > 0) {
      hang--;
      record.status = -1; // accepted, never answered
      held.push(res);
      return;
    }
    answer(201, {
      id: n.id,
      reference: n.reference,
      content:
        kind === 'sms'
          ? { body: `${personalisation.organisation}: ${personalisation.link}`, from_number: 'GOVUK' }
          : { body: personalisation.link, subject: personalisation.organisation, from_email: 'feedback@notifications.service.gov.uk' },
      uri: `${url.origin}/v2/notifications/${n.id}`,
      template: { id: body.template_id, version: 1, uri: `${url.origin}/services/${SERVICE_ID}/templates/${body.template_id}` },
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    base: `http://127.0.0.1:${address.port}`,
    notifications,
    requests,
    /** Sends made, answered or not. */
    get sends() {
      return requests.filter((r) => r.method === 'POST');
    },
    /**
     * @param {number} status
     * @param {string} [message]
     * @param {string} [retryAfter]
     */
    failNext(status, message = 'Internal server error', retryAfter) {
      failures.push({ status, message, retryAfter });
    },
    hangNext() {
      hang++;
    },
    /**
     * Resolves once Notify has accepted `count` messages in all (answered or not): a test awaits
     * this where the send happens in another process or in a pass it cannot await.
     * @param {number} count
     * @returns {Promise<void>}
     */
    received(count) {
      if (notifications.length >= count) return Promise.resolve();
      return new Promise((resolve) => awaiting.push({ count, resolve }));
    },
    async stop() {
      for (const res of held) res.destroy();
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
    },
  };
}
