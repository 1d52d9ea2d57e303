// @ts-check
// Renders markup with Lit SSR, in a worker thread of its own so that Lit's Node build (which puts
// a shim `customElements` on globalThis) never touches the process that starts it.
// The library is bundled from src/ with esbuild, as the browser tests load it, so server and
// client run the same templates without a build of dist/ first.
import { parentPort, workerData } from 'node:worker_threads';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { importGlobEsbuild } from '../wtr/import-glob.mjs';
import { jsonNamespacesEsbuild } from '../wtr/json-modules.mjs';

if (!parentPort) throw new Error('render-worker.mjs runs in a worker thread (scripts/ssr/render.mjs starts it).');
const port = parentPort;
const root = fileURLToPath(new URL('../../', import.meta.url));
const outdir = `${root}node_modules/.cache/vce-ssr`;
mkdirSync(outdir, { recursive: true });
const outfile = `${outdir}/library-${process.pid}-${Date.now()}.mjs`;
await build({
  entryPoints: [`${root}${workerData?.entry ?? 'src/index.ts'}`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  tsconfig: `${root}tsconfig.json`,
  external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', 'i18next', 'qrcode'],
  plugins: [importGlobEsbuild(), jsonNamespacesEsbuild()],
  logLevel: 'silent',
});

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
/** @type {{ configure(config: object): void, loadLanguages(languages: string[]): Promise<unknown> }} */
const library = await import(pathToFileURL(outfile).href);
rmSync(outfile); // Loaded: the file is not needed again.

/** @type {string[]} */
const warnings = [];
console.warn = (...args) => warnings.push(args.map(String).join(' '));

port.on('message', async ({ id, markup, languages = [], config }) => {
  warnings.length = 0;
  try {
    if (config) library.configure(config);
    await library.loadLanguages(languages);
    const body = await collectResult(render(html`${unsafeStatic(markup)}`));
    port.postMessage({ id, html: body, warnings: [...warnings] });
  } catch (error) {
    port.postMessage({ id, error: String(/** @type {Error | undefined} */ (error)?.stack ?? error) });
  }
});
port.postMessage({ ready: true });
