import { readdirSync, existsSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/**
 * Two library builds from the same sources (scripts/build.mjs runs both):
 * - `npm`: ES modules for bundlers, one entry per element plus the root and classes-only entries,
 *   with lit, i18next and qrcode left as dependencies so a host's bundler shares one copy.
 * - `cdn`: dist/victim-care-elements.js, one minified module with everything inside for a plain
 *   <script type="module">; each non-English language is a chunk beside it, loaded on demand.
 */
const elements = readdirSync('src/elements').filter((tag) => existsSync(`src/elements/${tag}/${tag}.ts`));
const target = process.env.VCE_BUILD === 'cdn' ? 'cdn' : 'npm';

/**
 * The script-tag bundle holds Lit's browser build, which reads `document` and extends `HTMLElement`
 * as it loads, so importing the file in Node (a server build, a test runner, an SSR framework
 * crawling imports) would throw. Lit's own Node build guards the same two lines; this writes those
 * guards into the browser build, and nothing else. Each replacement must match exactly once, so a
 * Lit upgrade that changes them fails the build instead of silently breaking Node imports.
 */
function litImportableWithoutDom(): Plugin {
  const guards: Array<{ file: RegExp; from: string; to: string }> = [
    {
      file: /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/,
      from: 'extends HTMLElement{',
      to: 'extends(globalThis.HTMLElement??class{}){',
    },
    {
      file: /[\\/]lit-html[\\/]lit-html\.js$/,
      from: 'l=document,',
      to: 'l=void 0===globalThis.document?{createTreeWalker:()=>({})}:document,',
    },
  ];
  const applied = new Set<string>();
  return {
    name: 'lit-importable-without-dom',
    transform(code, id) {
      const guard = guards.find(({ file }) => file.test(id));
      if (!guard) return null;
      if (code.split(guard.from).length !== 2) this.error(`${id}: expected "${guard.from}" once; update litImportableWithoutDom() for this Lit version.`);
      applied.add(guard.from);
      return { code: code.replace(guard.from, guard.to), map: null };
    },
    buildEnd() {
      const missing = guards.filter(({ from }) => !applied.has(from));
      if (missing.length) this.error(`Lit modules not found for: ${missing.map(({ from }) => from).join(', ')}`);
    },
  };
}

const localeChunk = (id: string) => /[\\/]src[\\/]locales[\\/](\w[\w-]*)\.json$/.exec(id)?.[1];

export default defineConfig({
  plugins: target === 'cdn' ? [litImportableWithoutDom()] : [],
  build:
    target === 'npm'
      ? {
          outDir: 'dist',
          emptyOutDir: false,
          minify: false,
          sourcemap: true,
          target: 'es2022',
          lib: {
            formats: ['es'],
            entry: {
              index: 'src/index.ts',
              classes: 'src/classes.ts',
              ...Object.fromEntries(elements.map((tag) => [tag, `src/elements/${tag}/${tag}.ts`])),
            },
          },
          rolldownOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^i18next$/, /^qrcode$/],
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: (chunk) =>
                chunk.facadeModuleId && localeChunk(chunk.facadeModuleId)
                  ? 'locales/[name]-[hash].js'
                  : 'chunks/[name]-[hash].js',
            },
          },
        }
      : {
          outDir: 'dist',
          emptyOutDir: false,
          minify: true,
          sourcemap: true,
          target: 'es2022',
          lib: { formats: ['es'], entry: { 'victim-care-elements': 'src/index.ts' } },
          rolldownOptions: {
            output: {
              entryFileNames: '[name].js',
              chunkFileNames: 'victim-care-elements.[name]-[hash].js',
            },
          },
        },
});
