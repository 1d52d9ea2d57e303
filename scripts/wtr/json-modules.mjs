// @ts-check
// Serves a .json file as a JavaScript module when a script imports it, and as plain JSON when a
// page fetches it (a host's locale file through configure({ localesUrl }) must stay real JSON).
// The browser tells the two apart with the Sec-Fetch-Dest header. `en.json?ns=rating` is one
// namespace of the file, as the build's plugin gives it (src/core/i18n/english.ts).
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * One namespace of a locale file as a module's source, or an error naming what is missing.
 * @param {string} file
 * @param {string} json
 * @param {string} ns
 */
function namespaceModule(file, json, ns) {
  const all = JSON.parse(json);
  if (!(ns in all)) throw new Error(`${file} has no namespace "${ns}"`);
  return `export default ${JSON.stringify(all[ns])};`;
}

/**
 * The same `en.json?ns=…` modules for esbuild (the server-render worker bundles src/ with it).
 * @returns {import('esbuild').Plugin}
 */
export function jsonNamespacesEsbuild() {
  return {
    name: 'json-namespaces',
    setup(build) {
      build.onResolve({ filter: /\.json\?ns=[\w-]+$/ }, ({ path, resolveDir }) => {
        const [file, query] = path.split('?');
        // The query stays in the path: esbuild keeps one module per path, and each namespace is its own.
        return { path: `${resolve(resolveDir || dirname(file), file)}?${query}`, namespace: 'json-ns' };
      });
      build.onLoad({ filter: /.*/, namespace: 'json-ns' }, async ({ path }) => {
        const [file, query] = path.split('?');
        return {
          contents: namespaceModule(file, await readFile(file, 'utf8'), new URLSearchParams(query).get('ns') ?? ''),
          loader: 'js',
          resolveDir: dirname(file),
        };
      });
    },
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function jsonModules() {
  const asModule = (/** @type {import('koa').Context} */ context) =>
    context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    transformCacheKey(context) {
      return asModule(context) ? `json-module:${context.query.ns ?? ''}` : undefined;
    },
    transform(context) {
      if (!asModule(context)) return;
      context.response.set('Content-Type', 'text/javascript');
      const ns = context.query.ns;
      if (typeof ns === 'string') return { body: namespaceModule(context.path, String(context.body), ns) };
      return { body: `export default ${context.body};` };
    },
  };
}
