// @ts-check
// Everything generated from custom-elements.json that ships in dist/ for hosts' tools:
// template types for React 19, Vue (Volar) and Svelte, web-types.json (JetBrains IDEs) and
// vscode.html-custom-data.json (VS Code). Run by the build after the manifest and `tsc`.
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elementsOf, fieldsOf, readManifest } from './manifest.mjs';

/**
 * @typedef {import('./manifest.mjs').Element} Element
 * @typedef {import('custom-elements-manifest/schema.js').Event} ManifestEvent
 */

const root = resolve(fileURLToPath(import.meta.url), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const camel = (/** @type {string} */ name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (/** @type {string} */ name) => camel(name).replace(/^./, (c) => c.toUpperCase());
const doc = (/** @type {string | undefined} */ text, indent = '  ') =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';
/** Names the types module (dist/types/classes.d.ts) exports, which event details refer to. */
const detailNames = (/** @type {Element} */ element) => element.events.flatMap((e) => (e.type.references ?? []).map((r) => r.name));
const eventType = (/** @type {ManifestEvent} */ event) => event.type.text;
/**
 * `'a' | 'b'` as a list of the choices, or null when the type is not a set of strings.
 * @param {string | undefined} typeText
 */
export function choicesOf(typeText) {
  const parts = (typeText ?? '')
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'null');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

/** `{ values: [{ name }, …] }` for a type that is a set of strings, else `{}`. */
const valuesOf = (/** @type {string | undefined} */ typeText) => {
  const choices = choicesOf(typeText);
  return choices ? { values: choices.map((name) => ({ name })) } : {};
};

/**
 * The attributes and properties a template may set, with the types a host may pass.
 * @param {Element} element
 */
function settable(element) {
  const fields = fieldsOf(element).filter((m) => !m.readonly);
  const seen = new Set();
  /** @type {{ name: string, type: string, description: string | undefined }[]} */
  const out = [];
  for (const a of element.attributes) {
    out.push({ name: a.name, type: a.type?.text ?? 'string', description: a.description });
    seen.add(a.name);
  }
  for (const f of fields) {
    if (seen.has(f.name)) continue;
    out.push({ name: f.name, type: f.type?.text ?? 'unknown', description: f.description });
    seen.add(f.name);
  }
  return out;
}
const key = (/** @type {string} */ name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** @param {string} kind */
function header(kind) {
  return `// Generated from custom-elements.json by scripts/api-outputs.mjs: do not edit.\n// ${kind}\n`;
}

/** @param {Element[]} elements */
function typesImport(elements) {
  const names = [...new Set(elements.flatMap((e) => [e.name, ...detailNames(e)]))].sort();
  return `import type { ${names.join(', ')} } from '../classes.js';\n`;
}

/** @param {Element[]} elements */
function react(elements) {
  let out = header("React 19 JSX: `import type {} from 'victim-care-elements/react'` once in the app.");
  out += `import type { HTMLAttributes, RefAttributes } from 'react';\n${typesImport(elements)}\n`;
  out += `/** What React's own attributes give every element, less what the element types itself. */\n`;
  out += `type Base<E, Own extends string> = Omit<HTMLAttributes<E>, Own> & RefAttributes<E>;\n\n`;
  for (const e of elements) {
    const props = settable(e);
    const events = e.events.map((ev) => ({ name: `on${ev.name}`, type: `(event: ${eventType(ev)}) => void`, description: ev.description }));
    const own = [...props, ...events].map((p) => `'${p.name}'`).join(' | ');
    out += `/** Attributes, properties and events of \`<${e.tagName}>\`. ${e.summary ?? ''} */\n`;
    out += `export interface ${e.name}JSXProps extends Base<${e.name}, ${own}> {\n`;
    for (const p of [...props, ...events]) out += `${doc(p.description)}  ${key(p.name)}?: ${p.type};\n`;
    out += `}\n\n`;
  }
  out += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const e of elements) out += `      '${e.tagName}': ${e.name}JSXProps;\n`;
  out += `    }\n  }\n}\n`;
  return out;
}

/** @param {Element[]} elements */
function vue(elements) {
  let out = header("Vue 3 (Volar, vue-tsc --strictTemplates): `import type {} from 'victim-care-elements/vue'` once, e.g. in env.d.ts.");
  out += `import type { DefineComponent, HTMLAttributes } from 'vue';\n${typesImport(elements)}\n`;
  for (const e of elements) {
    const fields = fieldsOf(e).filter((m) => !m.readonly);
    const own = [...fields.map((f) => f.name), ...e.events.map((ev) => `on${pascal(ev.name)}`)].map((n) => `'${n}'`).join(' | ');
    out += `/** Props and events of \`<${e.tagName}>\` (write them kebab-case or camelCase in templates), with Vue's HTML attributes. */\n`;
    out += `export interface ${e.name}VueProps extends Omit<HTMLAttributes, ${own}> {\n`;
    for (const f of fields) out += `${doc(f.description)}  ${key(f.name)}?: ${f.type?.text ?? 'unknown'};\n`;
    for (const ev of e.events) out += `${doc(ev.description)}  ${key(`on${pascal(ev.name)}`)}?: (event: ${eventType(ev)}) => void;\n`;
    out += `}\n\n`;
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const e of elements) out += `    '${e.tagName}': DefineComponent<${e.name}VueProps>;\n`;
  out += `  }\n}\n`;
  return out;
}

/** @param {Element[]} elements */
function svelte(elements) {
  let out = header("Svelte 5 (svelte-check): `import type {} from 'victim-care-elements/svelte'` once, e.g. in app.d.ts.");
  out += `import type { HTMLAttributes } from 'svelte/elements';\n${typesImport(elements)}\n`;
  for (const e of elements) {
    out += `/** Attributes, properties and events of \`<${e.tagName}>\`. */\n`;
    out += `export interface ${e.name}SvelteProps extends HTMLAttributes<${e.name}> {\n`;
    for (const p of settable(e)) out += `${doc(p.description)}  ${key(p.name)}?: ${p.type} | undefined | null;\n`;
    for (const ev of e.events) {
      out += `${doc(ev.description)}  ${key(`on${ev.name}`)}?: ((event: ${eventType(ev)}) => void) | undefined | null;\n`;
      out += `  ${key(`on:${ev.name}`)}?: ((event: ${eventType(ev)}) => void) | undefined | null;\n`;
    }
    out += `}\n\n`;
  }
  out += `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n`;
  for (const e of elements) out += `    '${e.tagName}': ${e.name}SvelteProps;\n`;
  out += `  }\n}\n`;
  return out;
}

/** @param {Element[]} elements */
function webTypes(elements) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((e) => ({
          name: e.tagName,
          description: e.description,
          attributes: e.attributes.map((a) => ({
            name: a.name,
            description: a.description,
            ...(a.default !== undefined ? { default: a.default } : {}),
            value:
              a.type?.text === 'boolean'
                ? { type: 'boolean', required: false }
                : { type: a.type?.text ?? 'string', required: false, ...(choicesOf(a.type?.text) ? { kind: 'plain' } : {}) },
            ...valuesOf(a.type?.text),
          })),
          slots: e.slots.map((s) => ({ name: s.name, description: s.description })),
          events: e.events.map((ev) => ({ name: ev.name, description: ev.description, value: { type: eventType(ev) } })),
          js: {
            properties: fieldsOf(e).map((m) => ({ name: m.name, description: m.description, type: m.type?.text })),
            events: e.events.map((ev) => ({ name: ev.name, description: ev.description, value: { type: eventType(ev) } })),
          },
          css: {
            properties: e.cssProperties.map((c) => ({
              name: c.name,
              description: `${c.description}${c.default ? ` Default: \`${c.default}\`.` : ''}`,
            })),
            parts: e.cssParts.map((p) => ({ name: p.name, description: p.description })),
          },
        })),
      },
    },
  };
}

/** @param {Element[]} elements */
function vscode(elements) {
  return {
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tagName,
      description: {
        kind: 'markdown',
        value: `${e.description}\n\nEvents: ${e.events.map((ev) => `\`${ev.name}\``).join(', ')}.\n\nParts: ${e.cssParts.map((p) => `\`${p.name}\``).join(', ')}.`,
      },
      attributes: e.attributes.map((a) => ({
        name: a.name,
        description: { kind: 'markdown', value: `${a.description ?? ''}${a.default !== undefined ? `\n\nDefault: \`${a.default}\`` : ''}` },
        ...(a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
        ...valuesOf(a.type?.text),
      })),
    })),
  };
}

export function writeApiOutputs(manifest = readManifest()) {
  const elements = elementsOf(manifest);
  const types = join(root, 'dist/types/frameworks');
  mkdirSync(types, { recursive: true });
  mkdirSync(join(root, 'dist/frameworks'), { recursive: true });
  for (const [name, text] of Object.entries({ react: react(elements), vue: vue(elements), svelte: svelte(elements) })) {
    writeFileSync(join(types, `${name}.d.ts`), text);
    // An empty module, so that a plain `import 'victim-care-elements/<framework>'` does no harm.
    writeFileSync(join(root, `dist/frameworks/${name}.js`), 'export {};\n');
  }
  writeFileSync(join(root, 'dist/web-types.json'), JSON.stringify(webTypes(elements), null, 2) + '\n');
  writeFileSync(join(root, 'dist/vscode.html-custom-data.json'), JSON.stringify(vscode(elements), null, 2) + '\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeApiOutputs();
  console.log('Wrote dist/types/frameworks/{react,vue,svelte}.d.ts, dist/web-types.json, dist/vscode.html-custom-data.json');
}
