// @ts-check
/**
 * The one `<head>` of the demo's pages. The receiver writes it into the pages it makes (sign-in,
 * signed in, auth/pages.js); the static pages in demo/ stay static files with the same head, and
 * test/pages.test.js fails when one of them is not what pageHead() writes for it. A change to the
 * head (a meta, a stylesheet every page needs) is made here, then in the static pages.
 */

/**
 * Text or an attribute value as HTML.
 * @param {string} s
 */
export const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {{ title: string, refresh?: string, stylesheets?: string[], scripts?: string[] }} page
 *   refresh: a page to open at once (a meta refresh: no script under the CSP); stylesheets:
 *   after demo.css; scripts: module scripts, in the order they run.
 * @returns {string} the head element, indented as in the page (two spaces)
 */
export function pageHead({ title, refresh, stylesheets = [], scripts = [] }) {
  return [
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    ...(refresh ? [`    <meta http-equiv="refresh" content="0; url=${escapeHtml(refresh)}" />`] : []),
    `    <title>${escapeHtml(title)}</title>`,
    '    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
    ...['/demo.css', ...stylesheets].map((href) => `    <link rel="stylesheet" href="${escapeHtml(href)}" />`),
    ...scripts.map((src) => `    <script type="module" src="${escapeHtml(src)}"></script>`),
    '  </head>',
  ].join('\n');
}
