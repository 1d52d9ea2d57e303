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
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html victim-care-elements',
].join('; ');

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
