import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
// @ts-expect-error A plain .mjs script without types; see its header.
import { minifyTemplates as minifyTemplateText } from './scripts/minify-templates.mjs';

/**
 * Three library builds from the same sources (scripts/build.mjs runs them one after another):
 * - `npm`: ES modules for bundlers, one entry per element plus the root and classes-only entries,
 *   with lit, i18next and qrcode left as dependencies so a host's bundler shares one copy.
 * - `cdn`: dist/cdn/<tag>.js, one script-tag entry per element, all sharing one runtime chunk
 *   (dist/cdn/runtime-[hash].js: Lit, i18next and the core). A page loads only the elements it
 *   shows; the QR encoder comes with <qr-badge> (and so with <rights-leaflet>), the rights pack with
 *   <rights-leaflet> only.
 * - `all`: dist/victim-care-elements.js, one module with every element inside, for the simplest
 *   <script type="module">.
 * Every script-tag file is minified, whitespace too; each non-English language is a chunk beside
 * the entries, loaded on demand. English is split by namespace (`en.json?ns=rating`, see
 * src/core/i18n/english.ts) so that each entry carries only its own strings.
 *
 * New element folders (src/elements/<tag>/<tag>.ts) become entries of every build by themselves.
 */
const elements = readdirSync('src/elements').filter((tag) => existsSync(`src/elements/${tag}/${tag}.ts`));
const target = process.env.VCE_BUILD === 'cdn' || process.env.VCE_BUILD === 'all' ? process.env.VCE_BUILD : 'npm';

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
      if (code.split(guard.from).length !== 2)
        this.error(`${id}: expected "${guard.from}" once; update litImportableWithoutDom() for this Lit version.`);
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

/**
 * `import strings from '…/locales/en.json?ns=rating'` gives one namespace of en.json as its own
 * module, so a bundle holds only the namespaces its elements import (types: src/locales/en-namespaces.d.ts).
 */
function englishNamespaces(): Plugin {
  return {
    name: 'vce-english-namespaces',
    enforce: 'pre',
    load(id) {
      // `…/en.json?ns=rating` (the dev server may add `import&` before `ns`).
      const match = /^(.*[\\/]src[\\/]locales[\\/]en\.json)\?(.+)$/.exec(id);
      const ns = match && new URLSearchParams(match[2]).get('ns');
      if (!match || !ns) return null;
      const file = match[1];
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      if (!(ns in all)) this.error(`src/locales/en.json has no namespace "${ns}"`);
      return { code: `export default ${JSON.stringify(all[ns])};`, moduleType: 'js' };
    },
  };
}

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates, which no JavaScript minifier
 * touches (scripts/minify-templates.mjs says exactly what it removes).
 */
function minifyTemplates(): Plugin {
  return {
    name: 'vce-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(html|css|svg)`/.test(code)) return null;
      return minifyTemplateText(code, id);
    },
  };
}

/** The script-tag entry of one element: the element, its class and `configure`. */
const cdnEntryPrefix = 'vce-cdn-entry:';
function cdnEntries(): Plugin {
  return {
    name: 'vce-cdn-entries',
    resolveId(id) {
      // Vite's library mode hands entries over as paths: /…/vce-cdn-entry:rating-scale.
      const at = id.indexOf(cdnEntryPrefix);
      return at >= 0 ? `\0${id.slice(at)}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${cdnEntryPrefix}`)) return null;
      const tag = id.slice(cdnEntryPrefix.length + 1);
      const root = process.cwd().replace(/\\/g, '/');
      return `export * from '${root}/src/elements/${tag}/${tag}.ts';\nexport { configure } from '${root}/src/config.ts';\n`;
    },
  };
}

/** Lit, i18next and the core: one chunk that every script-tag entry shares. The QR encoder stays with <qr-badge>. */
const runtimeModule = (id: string) =>
  /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs|i18next)[\\/]/.test(id) ||
  (/[\\/]src[\\/](core|styles|config\.ts|define\.ts)/.test(id) && !/[\\/]src[\\/]core[\\/]qr[\\/]/.test(id)) ||
  /[\\/]src[\\/]locales[\\/]en\.json\?ns=(common|_meta|hours)$/.test(id);

const minified = { compress: true, mangle: true, codegen: true } as const;

export default defineConfig({
  plugins: [englishNamespaces(), minifyTemplates(), cdnEntries(), ...(target === 'npm' ? [] : [litImportableWithoutDom()])],
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
                chunk.facadeModuleId && localeChunk(chunk.facadeModuleId) ? 'locales/[name]-[hash].js' : 'chunks/[name]-[hash].js',
            },
          },
        }
      : target === 'cdn'
        ? {
            outDir: 'dist/cdn',
            emptyOutDir: false,
            minify: 'oxc',
            sourcemap: true,
            target: 'es2022',
            lib: {
              formats: ['es'],
              entry: Object.fromEntries(elements.map((tag) => [tag, `${cdnEntryPrefix}${tag}`])),
            },
            rolldownOptions: {
              output: {
                // Vite keeps whitespace in ES library builds; a script tag has no later minifier.
                minify: minified,
                entryFileNames: '[name].js',
                chunkFileNames: (chunk) =>
                  chunk.facadeModuleId && localeChunk(chunk.facadeModuleId) ? 'locales/[name]-[hash].js' : '[name]-[hash].js',
                codeSplitting: {
                  groups: [{ name: 'runtime', test: runtimeModule }],
                },
              },
            },
          }
        : {
            outDir: 'dist',
            emptyOutDir: false,
            minify: 'oxc',
            sourcemap: true,
            target: 'es2022',
            lib: { formats: ['es'], entry: { 'victim-care-elements': 'src/index.ts' } },
            rolldownOptions: {
              output: {
                minify: minified,
                entryFileNames: '[name].js',
                chunkFileNames: 'victim-care-elements.[name]-[hash].js',
              },
            },
          },
});
