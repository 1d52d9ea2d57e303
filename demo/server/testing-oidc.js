// @ts-check
/**
 * A tiny OpenID Connect provider for the receiver's tests (outside test/ so that node --test does
 * not run it): discovery, an authorization endpoint that signs the person in at once with the
 * claims the test chose, a token endpoint that checks the code, the PKCE verifier and the client
 * secret, and RS256-signed ID tokens with their JWKS.
 */
import { createServer } from 'node:http';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';

export const CLIENT_ID = 'victim-feedback-results';
export const CLIENT_SECRET = 'client-secret-0123456789abcdefghijklmnop';

/** @param {unknown} v */
const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/**
 * @param {{ claims: Record<string, unknown> }} person whose sign-in the provider answers with
 *   (change `claims` between tests)
 */
export async function startOidcStub(person) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg: 'RS256' };
  /** @type {Map<string, { challenge: string, nonce: string, redirect: string }>} */
  const codes = new Map();
  /** @type {URLSearchParams[]} */
  const authorizations = [];
  let issuer = '';

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (/** @type {number} */ status, /** @type {unknown} */ body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/authorize') {
      authorizations.push(url.searchParams);
      const q = url.searchParams;
      if (q.get('client_id') !== CLIENT_ID || q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256') {
        return json(400, { error: 'invalid_request' });
      }
      const code = randomBytes(16).toString('base64url');
      codes.set(code, {
        challenge: String(q.get('code_challenge')),
        nonce: String(q.get('nonce')),
        redirect: String(q.get('redirect_uri')),
      });
      const back = new URL(String(q.get('redirect_uri')));
      back.searchParams.set('code', code);
      back.searchParams.set('state', String(q.get('state')));
      back.searchParams.set('iss', issuer);
      res.writeHead(302, { Location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const [id, secret] = basic
        ? Buffer.from(basic, 'base64').toString().split(':').map(decodeURIComponent)
        : [form.get('client_id'), form.get('client_secret')];
      if (id !== CLIENT_ID || secret !== CLIENT_SECRET) return json(401, { error: 'invalid_client' });
      const grant = codes.get(String(form.get('code')));
      codes.delete(String(form.get('code')));
      const verifier = String(form.get('code_verifier'));
      if (
        !grant ||
        grant.redirect !== form.get('redirect_uri') ||
        createHash('sha256').update(verifier).digest('base64url') !== grant.challenge
      ) {
        return json(400, { error: 'invalid_grant' });
      }
      const now = Math.floor(Date.now() / 1000);
      const header = b64({ alg: 'RS256', typ: 'JWT', kid: 'k1' });
      const payload = b64({ iss: issuer, aud: CLIENT_ID, iat: now, exp: now + 300, nonce: grant.nonce, sub: 'user-1', ...person.claims });
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
      return json(200, {
        access_token: randomBytes(16).toString('hex'),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: `${header}.${payload}.${signature}`,
      });
    }
    json(404, { error: 'not_found' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  issuer = `http://127.0.0.1:${address.port}`;
  return {
    issuer,
    authorizations,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      }),
  };
}
