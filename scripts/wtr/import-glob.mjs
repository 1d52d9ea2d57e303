// @ts-check
// The dev server of the browser tests runs esbuild, not Vite, so it cannot expand Vite's
// `import.meta.glob(...)`. This expands the one form the library uses, lazy imports of files in a
// folder (`'../x/*.json'`, with `'!…'` patterns left out), into an object of `() => import(…)`:
// the same object Vite builds, so a file added to the folder is picked up without a rebuild.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';

const call = /import\.meta\.glob(?:<[^>]*>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*\)/g;

/**
 * @param {string[]} patterns
 * @param {string} fromDir
 */
function expand(patterns, fromDir) {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = new Set(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  /** @type {string[]} */
  const entries = [];
  for (const pattern of include) {
    const folder = posix.dirname(pattern);
    const [prefix, suffix] = posix.basename(pattern).split('*');
    for (const name of readdirSync(join(fromDir, folder)).sort()) {
      const path = `${folder}/${name}`;
      if (name.startsWith(prefix) && name.endsWith(suffix) && !exclude.has(path)) entries.push(path);
    }
  }
  return `{${entries.map((p) => `${JSON.stringify(p)}: () => import(${JSON.stringify(p)})`).join(', ')}}`;
}

/**
 * Expands every `import.meta.glob(…)` in `source`, a module in `fromDir`.
 * @param {string} source
 * @param {string} fromDir
 */
export function expandImportGlob(source, fromDir) {
  return source.replace(call, (_, arg) => {
    const patterns = JSON.parse(`[${arg.replace(/^\[|\]$/g, '')}]`.replace(/'/g, '"'));
    return expand(patterns, fromDir);
  });
}

/**
 * The same expansion for esbuild (the server-render worker bundles src/ with it).
 * @returns {import('esbuild').Plugin}
 */
export function importGlobEsbuild() {
  return {
    name: 'import-glob',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        if (!source.includes('import.meta.glob')) return undefined;
        return { contents: expandImportGlob(source, dirname(path)), loader: 'ts' };
      });
    },
  };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function importGlob() {
  return {
    name: 'import-glob',
    transform(context) {
      if (!/\.[cm]?[jt]s$/.test(context.path) || typeof context.body !== 'string' || !context.body.includes('import.meta.glob')) return;
      const fromDir = dirname(join(process.cwd(), decodeURIComponent(context.path)));
      const body = expandImportGlob(context.body, fromDir);
      // A file added to the folder must show up on the next load, not from a cache.
      context.response.set('Cache-Control', 'no-cache');
      return { body };
    },
  };
}
