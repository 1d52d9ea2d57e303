// The dev server of the browser tests runs esbuild, not Vite, so it cannot expand Vite's
// `import.meta.glob(...)`. This expands the one form the library uses, lazy imports of files in a
// folder (`'../x/*.json'`, with `'!…'` patterns left out), into an object of `() => import(…)`:
// the same object Vite builds, so a file added to the folder is picked up without a rebuild.
import { readdirSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';

const call = /import\.meta\.glob(?:<[^>]*>)?\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")\s*\)/g;

function expand(patterns, fromDir) {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = new Set(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
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

export function importGlob() {
  return {
    name: 'import-glob',
    transform(context) {
      if (!/\.[cm]?[jt]s$/.test(context.path) || typeof context.body !== 'string' || !context.body.includes('import.meta.glob')) return;
      const fromDir = dirname(join(process.cwd(), decodeURIComponent(context.path)));
      const body = context.body.replace(call, (_, arg) => {
        const patterns = JSON.parse(`[${arg.replace(/^\[|\]$/g, '')}]`.replace(/'/g, '"'));
        return expand(patterns, fromDir);
      });
      // A file added to the folder must show up on the next load, not from a cache.
      context.response.set('Cache-Control', 'no-cache');
      return { body };
    },
  };
}
