// @ts-check
// Server rendering for the browser tests: POST /__ssr__ with { markup, languages, config } answers
// { html, warnings }, rendered by Lit SSR in Node (scripts/ssr/render.mjs). A test puts the HTML in
// the page with setHTMLUnsafe (declarative shadow DOM included) and hydrates it.
import { renderOnServer, stopRenderer } from '../ssr/render.mjs';

/** @param {import('node:http').IncomingMessage} req */
async function readJson(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

/**
 * The middleware that answers POST /__ssr__.
 * @returns {NonNullable<import('@web/test-runner').TestRunnerCoreConfig['middleware']>[number]}
 */
export function ssrFixture() {
  return async (ctx, next) => {
    if (ctx.path !== '/__ssr__' || ctx.method !== 'POST') return next();
    const { markup, languages, config } = await readJson(ctx.req);
    try {
      ctx.body = await renderOnServer(markup, { languages, config });
    } catch (error) {
      ctx.status = 500;
      ctx.body = { error: String(/** @type {Error} */ (error).message) };
    }
  };
}

/**
 * Stops the rendering worker with the test runner's server.
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function ssrFixtureShutdown() {
  return { name: 'lit-ssr-fixture-shutdown', serverStop: () => stopRenderer() };
}
