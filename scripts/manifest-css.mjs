// @ts-check
// The custom properties of custom-elements.json (scripts/manifest.mjs): the `--vce-` properties
// each element's styles really read, with the fallbacks they really use, and the `@cssprop` lines
// that describe them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * The custom properties an element's styles really read, with their fallbacks.
 * @param {string} tag
 */
export async function usedCustomProperties(tag) {
  const dir = mkdtempSync(join(tmpdir(), 'vce-styles-'));
  try {
    const outfile = join(dir, 'styles.mjs');
    await build({
      entryPoints: [join(root, `src/elements/${tag}/${tag}.styles.ts`)],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      external: ['lit', 'lit/*', '@lit/*'],
      outfile,
      logLevel: 'silent',
      absWorkingDir: root,
      nodePaths: [join(root, 'node_modules')],
    });
    // Resolve lit from the project, not the temporary folder.
    const code = readFileSync(outfile, 'utf8').replace(
      /from\s*["'](lit[^"']*)["']/g,
      (_, spec) => `from ${JSON.stringify(import.meta.resolve(spec))}`,
    );
    writeFileSync(outfile, code);
    /** @type {{ styles: import('lit').CSSResultGroup }} */
    const { styles } = await import(pathToFileURL(outfile).href);
    const cssText = [styles]
      .flat(Infinity)
      .map((s) => /** @type {import('lit').CSSResult} */ (s).cssText)
      .join('\n');
    return customPropertiesIn(cssText);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The `var(…)` expressions in a piece of CSS, each with the name and the fallback text.
 * @param {string} text
 */
function varsIn(text) {
  /** @type {{ name: string, fallback: string | undefined }[]} */
  const found = [];
  for (let i = text.indexOf('var('); i !== -1; i = text.indexOf('var(', i + 4)) {
    let depth = 0;
    let j = i + 3;
    for (; j < text.length; j++) {
      if (text[j] === '(') depth++;
      else if (text[j] === ')' && --depth === 0) break;
    }
    const inner = text.slice(i + 4, j);
    const comma = inner.indexOf(',');
    const name = (comma === -1 ? inner : inner.slice(0, comma)).trim();
    found.push({ name, fallback: comma === -1 ? undefined : inner.slice(comma + 1).trim() });
  }
  return found;
}

/**
 * The `--vce-` custom properties a piece of CSS reads, directly or through the properties it
 * reads, each with its fallback (if any).
 * @param {string} cssText
 * @returns {Map<string, string | undefined>}
 */
export function customPropertiesIn(cssText) {
  const css = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  /** @type {Map<string, string[]>} */
  const definitions = new Map();
  /** @type {string[]} */
  const roots = [];
  for (const [, property, value] of css.matchAll(/([\w-]+)\s*:\s*([^;{}]+)/g)) {
    if (property.startsWith('--')) definitions.set(property, [...(definitions.get(property) ?? []), value]);
    else roots.push(value);
  }
  /** @type {Map<string, string | undefined>} */
  const used = new Map();
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} value */
  const follow = (value) => {
    for (const { name, fallback } of varsIn(value)) {
      if (name.startsWith('--vce-') && !used.has(name)) used.set(name, fallback);
      if (fallback) follow(fallback);
      if (!seen.has(name)) {
        seen.add(name);
        for (const definition of definitions.get(name) ?? []) follow(definition);
      }
    }
  };
  roots.forEach(follow);
  return used;
}

/**
 * `@cssprop --name - description` lines of a JSDoc block in a source file.
 * @param {string} file
 */
export function cssPropDocs(file) {
  /** @type {Map<string, string>} */
  const docs = new Map();
  for (const [, name, description] of readFileSync(join(root, file), 'utf8').matchAll(/@cssprop\s+\[?(--[\w-]+)[^\s]*\s+-\s+(.+)/g)) {
    docs.set(name, description.trim());
  }
  return docs;
}
