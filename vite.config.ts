import { readdirSync, existsSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * Two library builds from the same sources (scripts/build.mjs runs both):
 * - `npm`: ES modules for bundlers, one entry per element plus the root and classes-only entries,
 *   with lit, i18next and qrcode left as dependencies so a host's bundler shares one copy.
 * - `cdn`: dist/victim-care-elements.js, one minified module with everything inside for a plain
 *   <script type="module">; each non-English language is a chunk beside it, loaded on demand.
 */
const elements = readdirSync('src/elements').filter((tag) => existsSync(`src/elements/${tag}/${tag}.ts`));
const target = process.env.VCE_BUILD === 'cdn' ? 'cdn' : 'npm';

const localeChunk = (id: string) => /[\\/]src[\\/]locales[\\/](\w[\w-]*)\.json$/.exec(id)?.[1];

export default defineConfig({
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
