// @ts-check
// The API tables in README.md and docs/elements/*.md, written from custom-elements.json so that the
// JSDoc in the classes is the only place the API is described. Each table sits between marker
// comments (`<!-- api:rating-scale -->` … `<!-- /api:rating-scale -->`); the text around them is
// written by hand.
//
//   node scripts/api-docs.mjs           rewrites the tables
//   node scripts/api-docs.mjs --check   fails when a table is not what the manifest says
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, elementsOf } from './manifest.mjs';

/**
 * @typedef {import('./manifest.mjs').Element} Element
 * @typedef {import('custom-elements-manifest/schema.js').Event} ManifestEvent
 * @typedef {import('custom-elements-manifest/schema.js').ClassMethod} ClassMethod
 */

const root = resolve(fileURLToPath(import.meta.url), '../..');

const cell = (/** @type {string | undefined} */ text) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (/** @type {string | undefined} */ text) => `\`${text}\``;
/** `'rating'` reads better as `rating` in a table; `''` stays as it is. */
const shownDefault = (/** @type {string | undefined} */ value) =>
  value === undefined ? '–' : code(/^'.+'$/.test(value) ? value.slice(1, -1) : value);
const typeCell = (/** @type {string | undefined} */ text) => cell(code(text ?? 'string'));
const detailOf = (/** @type {ManifestEvent} */ event) => /`detail`: `([^`]+)`\.?$/.exec(event.description ?? '')?.[1];
const withoutDetail = (/** @type {ManifestEvent} */ event) => (event.description ?? '').replace(/\s*`detail`: `[^`]+`\.?$/, '');

/**
 * @param {string[]} head
 * @param {string[][]} rows
 */
function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** @param {Element} element */
function attributeTable(element) {
  return table(
    ['Attribute (property)', 'Type', 'Default', 'What it does'],
    element.attributes.map((a) => [
      `${code(a.name)}${a.fieldName && a.fieldName !== a.name ? ` (${code(a.fieldName)})` : ''}`,
      typeCell(a.type?.text),
      shownDefault(a.default),
      cell(a.description),
    ]),
  );
}

/** @param {Element} element */
function eventTable(element) {
  return table(
    ['Event', 'Detail', 'When'],
    element.events.map((e) => {
      const detail = detailOf(e);
      return [code(e.name), detail ? cell(code(detail)) : '', cell(withoutDetail(e))];
    }),
  );
}

const methods = (/** @type {Element} */ element) => element.members.filter((m) => m.kind === 'method');
const list = (/** @type {{ name: string }[]} */ items) => items.map((i) => code(i.name || '(default)')).join(', ');
const slotName = (/** @type {{ name: string }} */ slot) => (slot.name ? code(slot.name) : 'default');

/**
 * Custom properties the element reads that are not the shared tokens.
 * @param {Element} element
 * @param {Set<string>} shared
 */
function ownCustomProperties(element, shared) {
  return element.cssProperties.filter((c) => !shared.has(c.name));
}

/**
 * @param {Element} element
 * @param {Set<string>} shared
 */
function readmeBlock(element, shared) {
  const own = ownCustomProperties(element, shared);
  return [
    attributeTable(element),
    '',
    `Methods: ${methods(element)
      .map((m) => `${code(`${m.name}()`)}`)
      .join(', ')}.`,
    '',
    eventTable(element),
    '',
    `Parts: ${list(element.cssParts)}. Slots: ${element.slots.map(slotName).join(', ')}. ` +
      `Custom properties: the shared ones (see Styling)${own.length ? `, plus ${own.map((c) => `${code(c.name)} (${code(c.default)})`).join(', ')}` : ''}.`,
  ].join('\n');
}

/** @param {Element} element */
function fullBlock(element) {
  return [
    '### Attributes and properties',
    '',
    attributeTable(element),
    '',
    '### Methods',
    '',
    table(
      ['Method', 'What it does'],
      methods(element).map((m) => [code(`${m.name}()`), cell(m.description)]),
    ),
    '',
    '### Events',
    '',
    eventTable(element),
    '',
    '### Parts',
    '',
    table(
      ['Part', 'What it is'],
      element.cssParts.map((p) => [code(p.name), cell(p.description)]),
    ),
    '',
    '### Slots',
    '',
    table(
      ['Slot', 'What it holds'],
      element.slots.map((s) => [slotName(s), cell(s.description)]),
    ),
    '',
    '### Custom properties',
    '',
    table(
      ['Custom property', 'Default', 'Used for'],
      element.cssProperties.map((c) => [code(c.name), c.default ? cell(code(c.default)) : '', cell(c.description)]),
    ),
  ].join('\n');
}

/**
 * The shared tokens: every custom property more than one element reads, and which do.
 * @param {Element[]} elements
 * @param {Set<string>} shared
 */
function sharedBlock(elements, shared) {
  const rows = [...shared]
    .sort()
    .filter((name) => elements.some((e) => e.cssProperties.some((c) => c.name === name)))
    .map((name) => {
      const readers = elements.filter((e) => e.cssProperties.some((c) => c.name === name));
      const first = /** @type {import('custom-elements-manifest/schema.js').CssCustomProperty} */ (
        readers[0].cssProperties.find((c) => c.name === name)
      );
      const all = readers.length === elements.length ? 'all' : readers.map((e) => code(e.tagName)).join(', ');
      return [code(name), first.default ? cell(code(first.default)) : '', sharedDescriptions.get(name) ?? cell(first.description), all];
    });
  return table(['Custom property', 'Default', 'Used for', 'Elements'], rows);
}

/** @type {Map<string, string>} */
let sharedDescriptions = new Map();

/**
 * Every marked block in a file, rewritten.
 * @param {string} text
 * @param {Record<string, string>} blocks
 * @param {string} file
 */
function rewrite(text, blocks, file) {
  const seen = new Set();
  const out = text.replace(/<!-- api:([\w:-]+) -->\n[\s\S]*?<!-- \/api:\1 -->/g, (match, name) => {
    if (!(name in blocks)) throw new Error(`${file}: no table is called ${name}`);
    seen.add(name);
    return `<!-- api:${name} -->\n<!-- Generated from custom-elements.json by \`node scripts/api-docs.mjs\`: edit the JSDoc, not this table. -->\n${blocks[name]}\n<!-- /api:${name} -->`;
  });
  return { out, seen };
}

export async function apiDocs() {
  const manifest = await buildManifest();
  const elements = elementsOf(manifest);
  const tokens = readFileSync(join(root, 'src/styles/tokens.ts'), 'utf8');
  sharedDescriptions = new Map([...tokens.matchAll(/@cssprop\s+(--[\w-]+)\s+-\s+(.+)/g)].map(([, n, d]) => [n, cell(d.trim())]));
  const shared = new Set(sharedDescriptions.keys());
  /** @type {Record<string, string>} */
  const readme = { 'custom-properties': sharedBlock(elements, shared) };
  /** @type {Record<string, Record<string, string>>} */
  const files = { 'README.md': readme };
  for (const element of elements) {
    const tag = /** @type {string} */ (element.tagName);
    readme[tag] = readmeBlock(element, shared);
    files[`docs/elements/${tag}.md`] = { [tag]: fullBlock(element) };
  }
  /** @type {({ file: string, missing: string } | { file: string, path: string, out: string })[]} */
  const changes = [];
  for (const [file, blocks] of Object.entries(files)) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const { out, seen } = rewrite(text, blocks, file);
    for (const name of Object.keys(blocks)) if (!seen.has(name)) changes.push({ file, missing: name });
    if (out !== text) changes.push({ file, path, out });
  }
  return changes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const changes = await apiDocs();
  let stale = false;
  for (const change of changes) {
    if ('missing' in change) {
      console.error(`${change.file}: has no <!-- api:${change.missing} --> … <!-- /api:${change.missing} --> block`);
      stale = true;
    } else if (check) {
      console.error(`${change.file}: its API tables are not what custom-elements.json says. Run \`node scripts/api-docs.mjs\`.`);
      stale = true;
    } else {
      writeFileSync(change.path, change.out);
      console.log(`Rewrote the API tables in ${change.file}`);
    }
  }
  if (stale) process.exit(1);
  if (check) console.log('API tables match custom-elements.json');
}
