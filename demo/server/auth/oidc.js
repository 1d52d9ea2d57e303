// @ts-check
/**
 * Optional sign-in with OpenID Connect (for example a force's Entra ID), with `openid-client`:
 * authorization code flow with PKCE, state and nonce. The role comes from a claim
 * (OIDC_ROLE_CLAIM, default `roles`, Entra ID's app roles) through OIDC_ROLE_MAP; a person whose
 * claims map to no role is refused. The flow's state, nonce and PKCE verifier travel in a short-
 * lived, HMAC-signed, HttpOnly cookie, so that any instance behind a load balancer can finish it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Roles from weakest to strongest: a person with several claims gets the strongest. */
const ORDER = ['officer', 'analyst', 'sender', 'reviewer'];

/**
 * @param {import('../config.js').OidcConfig} config
 * @param {{ now: () => Date, secret: string, insecure?: boolean }} options
 *   insecure: allow an http:// issuer (a local test provider only).
 */
export function createOidc(config, { now, secret, insecure = /^http:\/\//.test(config.issuer) }) {
  /** @type {Promise<{ client: typeof import('openid-client'), configuration: import('openid-client').Configuration }> | null} */
  let ready = null;
  const discover = () => {
    ready ??= (async () => {
      const client = await import('openid-client');
      const configuration = await client.discovery(
        new URL(config.issuer),
        config.clientId,
        config.clientSecret ?? undefined,
        config.clientSecret ? undefined : client.None(),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      return { client, configuration };
    })();
    // A provider that was down at the first sign-in is asked again at the next.
    ready.catch(() => {
      ready = null;
    });
    return ready;
  };

  /** @param {string} data */
  const mac = (data) => createHmac('sha256', secret).update(`oidc-flow\n${data}`).digest('base64url');

  return {
    /**
     * @param {string} redirectUri
     * @param {string} next the page to open after signing in
     * @returns {Promise<{ url: string, flow: string }>}
     */
    async start(redirectUri, next) {
      const { client, configuration } = await discover();
      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: config.scope,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      const data = Buffer.from(JSON.stringify({ verifier, state, nonce, next, exp: now().getTime() + 600_000 })).toString('base64url');
      return { url: url.href, flow: `${data}.${mac(data)}` };
    },

    /**
     * @param {URL} currentUrl the callback address as requested
     * @param {string} redirectUri
     * @param {string | undefined} flow the cookie from start()
     * @returns {Promise<{ name: string, role: import('./accounts.js').Role, next: string }>}
     */
    async finish(currentUrl, redirectUri, flow) {
      const [data, sig] = (flow ?? '').split('.');
      if (!data || !sig || sig.length !== mac(data).length || !timingSafeEqual(Buffer.from(sig), Buffer.from(mac(data)))) {
        throw new Error('no or a bad sign-in flow cookie');
      }
      const f = JSON.parse(Buffer.from(data, 'base64url').toString('utf8'));
      if (!(f.exp > now().getTime())) throw new Error('the sign-in flow expired');
      const { client, configuration } = await discover();
      // The callback as the provider was told it (the public origin), with the provider's query.
      const callback = new URL(redirectUri);
      callback.search = currentUrl.search;
      const tokens = await client.authorizationCodeGrant(configuration, callback, {
        pkceCodeVerifier: f.verifier,
        expectedState: f.state,
        expectedNonce: f.nonce,
        idTokenExpected: true,
      });
      const claims = /** @type {Record<string, unknown>} */ (tokens.claims() ?? {});
      const raw = claims[config.roleClaim];
      const values = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[\s,]+/) : []).map(String);
      const roles = values.map((v) => config.roles[v]).filter(Boolean);
      const role = ORDER.filter((r) => roles.includes(/** @type {any} */ (r))).at(-1);
      if (!role) throw new Error(`no role: the ${config.roleClaim} claim maps to none of OIDC_ROLE_MAP`);
      const name = String(claims[config.nameClaim] ?? claims.email ?? claims.sub ?? '');
      return { name, role: /** @type {import('./accounts.js').Role} */ (role), next: f.next };
    },
  };
}
