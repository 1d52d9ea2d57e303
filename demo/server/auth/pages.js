// @ts-check
/**
 * The sign-in page, written by the receiver (a static page cannot say whether sign-in failed),
 * with the head every demo page has (page-head.js).
 * GOV.UK patterns: one question per field, an error summary that names what went wrong. Every
 * text is a constant here; nothing from the request is written into the page. No inline script or
 * style, so the demo's Content Security Policy holds.
 */
import { escapeHtml as escape, pageHead } from '../page-head.js';

/**
 * @param {{
 *   csrf: string, error?: 'wrong' | 'missing' | 'expired' | 'oidc' | null, oidc: boolean,
 *   signedOut?: boolean, next: string
 * }} options
 */
export function signInPage({ csrf, error = null, oidc, signedOut = false, next }) {
  const messages = {
    wrong: 'Enter a correct account name and password. After 5 wrong passwords in a row, the account is locked for 15 minutes.',
    missing: 'Enter your account name and password.',
    expired: 'The sign-in form had expired. Try again.',
    oidc: 'Signing in with your organisation’s account did not work. Try again, or ask whoever runs this service.',
  };
  const summary = error
    ? `<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">There is a problem</h2>
          <p><a href="#name">${escape(messages[error])}</a></p>
        </div>`
    : '';
  return `<!doctype html>
<html lang="en">
${pageHead({ title: `${error ? 'Error: ' : ''}Sign in – Demo Police Service` })}
  <body>
    <header class="header">
      <div class="width-container"><a href="/">Demo Police Service</a></div>
    </header>
    <div class="width-container">
      <main id="main">
        ${summary}
        <h1>Sign in to see feedback results</h1>
        ${signedOut ? '<p role="status">You have signed out.</p>' : ''}
        <p>The results, comments and contact requests are for staff with an account.</p>
        <form method="post" action="/signin" novalidate>
          <input type="hidden" name="csrf" value="${escape(csrf)}" />
          <input type="hidden" name="next" value="${escape(next)}" />
          <div class="field${error === 'wrong' || error === 'missing' ? ' field--error' : ''}">
            <label for="name">Account name</label>
            <input type="text" id="name" name="name" autocomplete="username" spellcheck="false" autocapitalize="none" maxlength="64" required />
          </div>
          <div class="field${error === 'wrong' || error === 'missing' ? ' field--error' : ''}">
            <label for="password">Password</label>
            <input type="password" id="password" name="password" autocomplete="current-password" maxlength="200" required />
          </div>
          <p><button type="submit" class="button">Sign in</button></p>
        </form>
        ${oidc ? `<p><a class="button button--secondary" href="/auth/oidc/start?next=${encodeURIComponent(next)}">Sign in with your organisation’s account</a></p>` : ''}
        <h2>No account yet?</h2>
        <p>Whoever runs this receiver makes accounts on the server, with a role that decides what each person sees:</p>
        <pre class="command"><code>npm run receiver:user -- add NAME --role analyst</code></pre>
        <p>The command asks for the password. Roles: <strong>analyst</strong> sees the figures,
          <strong>reviewer</strong> also reads comments, <strong>sender</strong> also sees the contact
          details of requests waiting to be sent, and <strong>officer</strong> (named by collar number) may
          only make signed QR codes for themselves. See docs/receiver.md.</p>
        <p>Scripts and reporting tools use an API token instead (<code>RESULTS_API_TOKENS</code>).</p>
      </main>
    </div>
    <footer class="footer">
      <div class="width-container"><p>This is a demonstration of victim-care-elements. <a href="/">The victim's page</a>.</p></div>
    </footer>
  </body>
</html>
`;
}

/**
 * After OpenID Connect sign-in: a page that opens `next` at once (meta refresh), with a link too.
 * @param {string} next one of the receiver's own pages (checked by the caller)
 */
export function signedInPage(next) {
  return `<!doctype html>
<html lang="en">
${pageHead({ title: 'Signed in – Demo Police Service', refresh: next })}
  <body>
    <div class="width-container">
      <main id="main">
        <h1>You are signed in</h1>
        <p><a href="${escape(next)}">Continue</a></p>
      </main>
    </div>
  </body>
</html>
`;
}
