// @ts-check
// Sign-in with OpenID Connect against a local provider: code flow with PKCE, state and nonce;
// the role from the roles claim through OIDC_ROLE_MAP; refused without a mapped role or with a
// tampered state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, json } from '../testing.js';
import { startOidcStub, CLIENT_ID, CLIENT_SECRET } from '../testing-oidc.js';
import { oidcFromEnv } from '../config.js';

/** @type {{ claims: Record<string, unknown> }} */
const person = { claims: {} };
/** @type {Awaited<ReturnType<typeof startOidcStub>>} */
let provider;
/** @type {Awaited<ReturnType<typeof start>>} */
let app;
before(async () => {
  provider = await startOidcStub(person);
  app = await start({
    oidc: oidcFromEnv({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_ROLE_MAP: 'Feedback.Reviewer=reviewer, Feedback.Analyst=analyst',
    }),
  });
});
after(async () => {
  await app.stop();
  await provider.stop();
});

/**
 * Walks the browser's redirects by hand: receiver → provider → receiver.
 * @param {(callback: URL) => URL} [tamper]
 */
async function signInWithProvider(tamper = (u) => u) {
  const startRes = await fetch(`${app.base}/auth/oidc/start?next=/results.html`, { redirect: 'manual' });
  assert.equal(startRes.status, 303);
  const flow = /(vce_oidc=[^;]+)/.exec(startRes.headers.get('set-cookie') ?? '')?.[1];
  assert.ok(flow);
  assert.match(startRes.headers.get('set-cookie') ?? '', /HttpOnly; SameSite=Lax; Max-Age=600/);
  const atProvider = await fetch(/** @type {string} */ (startRes.headers.get('location')), { redirect: 'manual' });
  assert.equal(atProvider.status, 302);
  const callback = tamper(new URL(/** @type {string} */ (atProvider.headers.get('location'))));
  return fetch(callback, { redirect: 'manual', headers: { Cookie: flow } });
}

test('a person with a mapped role signs in; the session has that role', async () => {
  person.claims = { preferred_username: 'jo.bloggs@example.police.uk', roles: ['Other.Thing', 'Feedback.Reviewer'] };
  const res = await signInWithProvider();
  // A page of the receiver's own that moves on by itself: a redirect from the provider's site
  // would not carry the SameSite=Strict session cookie.
  assert.equal(res.status, 200);
  assert.match(await res.text(), /<meta http-equiv="refresh" content="0; url=\/results.html" \/>/);
  const session = /(vce_session=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  assert.ok(session);
  /** @type {import('../testing.js').Session} */
  const me = await json(fetch(`${app.base}/api/session`, { headers: { Cookie: session } }));
  assert.deepEqual([me.name, me.role], ['jo.bloggs@example.police.uk', 'reviewer']);
  const sent = provider.authorizations.at(-1);
  assert.equal(sent?.get('code_challenge_method'), 'S256');
  assert.ok(sent?.get('state') && sent.get('nonce'));
  assert.equal((await fetch(`${app.base}/api/comments`, { headers: { Cookie: session } })).status, 200);
});

test('no mapped role: refused, no session', async () => {
  person.claims = { preferred_username: 'someone', roles: ['Other.Thing'] };
  const res = await signInWithProvider();
  assert.equal(res.status, 401);
  assert.ok(!/vce_session=[^;]/.test(res.headers.get('set-cookie') ?? ''));
});

test('a tampered state: refused', async () => {
  person.claims = { preferred_username: 'jo', roles: 'Feedback.Analyst' };
  const res = await signInWithProvider((u) => {
    u.searchParams.set('state', 'forged');
    return u;
  });
  assert.equal(res.status, 401);
});

test('OIDC configuration: a role map is needed', () => {
  assert.throws(() => oidcFromEnv({ OIDC_ISSUER: 'https://login.example', OIDC_CLIENT_ID: 'x' }), /OIDC_ROLE_MAP/);
  assert.throws(
    () => oidcFromEnv({ OIDC_ISSUER: 'https://login.example', OIDC_CLIENT_ID: 'x', OIDC_ROLE_MAP: 'A=boss' }),
    /must be claim-value=role/,
  );
});
