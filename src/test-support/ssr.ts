/** What the server render gave, placed in the page. */
export interface ServerRendered {
  /** The element holding the server's HTML, in the page. */
  container: HTMLElement;
  /** The HTML as the server sent it. */
  html: string;
  /** Console warnings the server printed while rendering. */
  serverWarnings: string[];
}

/**
 * Renders `markup` with Lit SSR in Node (the test runner's `/__ssr__`, scripts/wtr/ssr-fixture.mjs),
 * after the server has loaded `languages`, and puts the result in the page with its declarative
 * shadow roots, as a server-rendered page arrives. Elements already defined hydrate at once (the
 * test file must import `@lit-labs/ssr-client/lit-element-hydrate-support.js` before anything
 * that loads Lit).
 */
export async function serverRendered(markup: string, options: { languages?: string[]; config?: object } = {}): Promise<ServerRendered> {
  const response = await fetch('/__ssr__', { method: 'POST', body: JSON.stringify({ markup, ...options }) });
  const answer = (await response.json()) as { html?: string; warnings?: string[]; error?: string };
  if (!response.ok || answer.html === undefined) throw new Error(`Server render failed: ${answer.error ?? response.status}`);
  const container = document.createElement('div');
  document.body.append(container);
  container.setHTMLUnsafe(answer.html);
  return { container, html: answer.html, serverWarnings: answer.warnings ?? [] };
}
