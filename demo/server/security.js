// @ts-check
/**
 * Security headers for the demo pages. CONTENT_SECURITY_POLICY is the one policy the demo is
 * written against; reuse it (for example in a dev server or in tests) rather than copying it.
 *
 * - No inline scripts or inline style attributes: Lit puts component styles in adoptedStyleSheets,
 *   which style-src 'self' allows.
 * - Trusted Types: only the `lit-html` policy (Lit's own) and `victim-care-elements` may create
 *   values for DOM sinks.
 */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/**
 * The demo's policy, with the Trusted Types policies a page may create and the pages that may
 * frame it given: the browser tests serve their fixture pages under it with only Lit's policy
 * (proving the elements need no other) and framed by the test page (scripts/wtr/test-endpoint.mjs).
 * @param {{ trustedTypes?: string[], frameAncestors?: string }} [options]
 */
export function contentSecurityPolicy({ trustedTypes = ['lit-html', 'victim-care-elements'], frameAncestors = "'none'" } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes.join(' ')}`,
  ].join('; ');
}

/** Headers on every response. */
export const COMMON_HEADERS = Object.freeze({
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
});

/** Headers on HTML pages. */
export const HTML_HEADERS = Object.freeze({
  ...COMMON_HEADERS,
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
});
