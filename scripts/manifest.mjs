// @ts-check
// custom-elements.json, the one source of the public API: the analyzer reads the classes' JSDoc,
// then this script puts it in the package's terms. Module paths are the dist/ files a host
// imports; types and defaults come from TypeScript itself (so `DEFAULT_MAX` reads `5`, and a
// default set in a constructor is seen); custom properties are the ones each element's styles
// really read, with the fallback they really use; nothing private, protected or @internal.
//
//   node scripts/manifest.mjs            writes custom-elements.json
// Other scripts import `buildManifest()` / `readManifest()` from here.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { create, ts as cemTs } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import ts from 'typescript';
import { cssPropDocs, usedCustomProperties } from './manifest-css.mjs';
import { classFacts, exportedTypes, valueText } from './manifest-types.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * @typedef {import('custom-elements-manifest/schema.js').Package} Package
 * @typedef {import('custom-elements-manifest/schema.js').JavaScriptModule} JavaScriptModule
 * @typedef {import('custom-elements-manifest/schema.js').Declaration} Declaration
 * @typedef {import('custom-elements-manifest/schema.js').CustomElementDeclaration} CustomElementDeclaration
 * @typedef {import('custom-elements-manifest/schema.js').Reference} Reference
 * @typedef {import('custom-elements-manifest/schema.js').Event} ManifestEvent
 * @typedef {import('custom-elements-manifest/schema.js').ClassField} ClassField
 */

/**
 * An element's declaration as buildManifest writes it: every list there, if empty.
 * @typedef {CustomElementDeclaration & Required<Pick<CustomElementDeclaration, 'attributes' | 'members' | 'events' | 'slots' | 'cssParts' | 'cssProperties'>>} Element
 */

/** The elements: one folder each, with `<tag>.ts` (the definition) and `<tag>.component.ts` (the class). */
export const tags = readdirSync(join(root, 'src/elements'))
  .filter((tag) => existsSync(join(root, `src/elements/${tag}/${tag}.component.ts`)))
  .sort();

const BASES = ['src/core/form/form-control.ts', 'src/core/i18n/localized-element.ts'];
/** Members every LitElement or form control has that are no part of this library's API. */
const LIFECYCLE =
  /^(render|styles|formAssociated|(connected|disconnected|attributeChanged|adopted|form\w*)Callback|willUpdate|update|updated|firstUpdated|shouldUpdate|scheduleUpdate|createRenderRoot)$/;

/** The analyzer's view of the classes and their JSDoc. */
function analyse() {
  const files = [...tags.map((tag) => `src/elements/${tag}/${tag}.component.ts`), ...BASES];
  const modules = files.map((file) =>
    cemTs.createSourceFile(file, readFileSync(join(root, file), 'utf8'), cemTs.ScriptTarget.ES2022, true),
  );
  return create({ modules, plugins: litPlugin(), context: { dev: false } });
}

/** A TypeScript program over the sources, to read real types and initial values. */
function program() {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
  );
  if (!config) throw new Error('manifest: cannot read tsconfig.json');
  return ts.createProgram({ rootNames: [join(root, 'src/classes.ts')], options: { ...config.options, noEmit: true } });
}

const entryOf = (/** @type {string} */ tag) => `dist/${tag}.js`;
/**
 * @param {Declaration} declaration
 * @returns {declaration is CustomElementDeclaration}
 */
const isElement = (declaration) => 'customElement' in declaration && declaration.customElement === true;

/**
 * The object without its undefined properties.
 * @template {object} T
 * @param {T} object
 * @returns {T}
 */
const withoutUndefined = (object) => /** @type {T} */ (Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)));
/** @type {(reference: Reference) => import('custom-elements-manifest/schema.js').JavaScriptExport} */
const jsExport = (reference) => ({ kind: 'js', name: reference.name, declaration: reference });
/** @type {(tag: string, reference: Reference) => import('custom-elements-manifest/schema.js').CustomElementExport} */
const elementExport = (tag, reference) => ({ kind: 'custom-element-definition', name: tag, declaration: reference });

/**
 * What the program and the analyzer know of the element class in `file`.
 * @param {ts.Program} prog
 * @param {Package} raw
 * @param {string} file
 */
function elementIn(prog, raw, file) {
  const declaration = raw.modules.find((m) => m.path === file)?.declarations?.find(isElement);
  if (!declaration) throw new Error(`manifest: the analyzer found no custom element in ${file}`);
  const classNode = prog
    .getSourceFile(join(root, file))
    ?.statements.filter(ts.isClassDeclaration)
    .find((s) => s.name?.text === declaration.name);
  if (!classNode) throw new Error(`manifest: no class ${declaration.name} in ${file}`);
  return { declaration, classNode };
}

/** The manifest, in the package's terms. */
export async function buildManifest() {
  const raw = analyse();
  const prog = program();
  const checker = prog.getTypeChecker();
  const classes = prog.getSourceFile(join(root, 'src/classes.ts'));
  if (!classes) throw new Error('manifest: no src/classes.ts');
  const detailTypes = exportedTypes(checker, classes);
  const sharedDocs = cssPropDocs('src/styles/tokens.ts');
  /** @type {string[]} */
  const problems = [];
  /** @type {JavaScriptModule[]} */
  const modules = [];
  /** @type {CustomElementDeclaration[]} */
  const declarations = [];
  /** @type {{ tag: string, reference: Reference }[]} */
  const definitions = [];

  for (const tag of tags) {
    const file = `src/elements/${tag}/${tag}.component.ts`;
    const { declaration: rawDeclaration, classNode } = elementIn(prog, raw, file);
    if (rawDeclaration.tagName !== tag) problems.push(`${file}: @tagname should be ${tag}`);
    const facts = classFacts(checker, classNode);
    const where = (/** @type {string} */ name) => `${rawDeclaration.name}.${name}`;
    /**
     * An attribute or a field with the type and default TypeScript sees.
     * @template {{ type?: { text: string }, default?: string }} T
     * @param {T} item
     * @param {string} fieldName
     * @returns {T}
     */
    const fill = (item, fieldName) => {
      const fact = facts.get(fieldName);
      if (!fact) return item;
      const out = { ...item };
      if (fact.type) out.type = { text: fact.type };
      if (fact.initializer) out.default = valueText(checker, fact.initializer, where(fieldName));
      else delete out.default;
      return out;
    };

    // A member a base class declares and the element documents in its class JSDoc (`@prop value -
    // …`, as each form control does for `value`) comes first, as the class's own description does.
    const classProps = new Set(
      [...(ts.getJSDocCommentsAndTags(classNode) ?? [])].flatMap((doc) =>
        [...doc.getText().matchAll(/@prop(?:erty)?\s+(?:\{[^}]*\}\s+)?(\w+)/g)].map((m) => m[1]),
      ),
    );
    const members = (rawDeclaration.members ?? [])
      .filter((m) => !m.privacy || m.privacy === 'public')
      .filter((m) => !m.static && !m.name.startsWith('_') && !LIFECYCLE.test(m.name))
      .map(({ inheritedFrom, ...m }) => (m.kind === 'field' ? fill(m, m.name) : m))
      .sort((a, b) => Number(classProps.has(b.name)) - Number(classProps.has(a.name)));
    for (const m of members) if (!m.description) problems.push(`${where(m.name)} has no JSDoc`);

    /** @param {{ fieldName?: string }} a */
    const order = (a) => members.findIndex((m) => m.name === a.fieldName);
    const attributes = (rawDeclaration.attributes ?? [])
      .filter((a) => members.some((m) => m.name === a.fieldName))
      .sort((a, b) => order(a) - order(b))
      .map(({ inheritedFrom, ...a }) => {
        const field = members.find((m) => m.name === a.fieldName);
        // The element's own words for the field, where it documents one a base class declares.
        const description = classProps.has(/** @type {string} */ (a.fieldName))
          ? field?.description
          : (a.description ?? field?.description);
        const out = fill({ ...a, description }, /** @type {string} */ (a.fieldName));
        return withoutUndefined(out);
      });

    const events = (rawDeclaration.events ?? []).map(({ inheritedFrom, ...e }) => {
      const detail = /^CustomEvent<(\w+)>$/.exec(e.type?.text ?? '')?.[1];
      if (detail && !detailTypes.has(detail)) problems.push(`${tag}: event ${e.name} names ${detail}, which classes.ts does not export`);
      /** @type {ManifestEvent & { type: import('custom-elements-manifest/schema.js').Type }} */
      const out = { ...e, type: { text: e.type?.text ?? 'Event' } };
      if (detail) {
        out.type.references = [{ name: detail, module: 'dist/classes.js' }];
        out.description = `${e.description} \`detail\`: \`${detailTypes.get(detail)}\`.`;
      }
      return out;
    });
    for (const e of events) if (!e.description) problems.push(`${tag}: event ${e.name} has no description`);

    const used = await usedCustomProperties(tag);
    const ownDocs = cssPropDocs(file);
    for (const name of ownDocs.keys()) {
      if (!used.has(name)) problems.push(`${file}: documents ${name}, which its styles never read`);
    }
    const cssProperties = [...used.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, fallback]) => {
        const description = ownDocs.get(name) ?? sharedDocs.get(name);
        if (!description) problems.push(`${tag}: its styles read ${name}; document it with @cssprop in ${file} or src/styles/tokens.ts`);
        return { name, description, ...(fallback ? { default: fallback } : {}) };
      });

    /** @type {Element} */
    const declaration = {
      kind: 'class',
      name: rawDeclaration.name,
      tagName: tag,
      customElement: true,
      summary: rawDeclaration.summary,
      description: rawDeclaration.description,
      attributes,
      members,
      events,
      slots: rawDeclaration.slots ?? [],
      cssParts: rawDeclaration.cssParts ?? [],
      cssProperties,
      superclass: { name: 'LitElement', package: 'lit' },
    };
    const reference = { name: declaration.name, module: entryOf(tag) };
    modules.push({
      kind: 'javascript-module',
      path: entryOf(tag),
      declarations: [declaration],
      exports: [jsExport(reference), elementExport(tag, reference)],
    });
    declarations.push(declaration);
    definitions.push({ tag, reference });
  }

  for (const name of sharedDocs.keys()) {
    const read = declarations.some((d) => d.cssProperties?.some((c) => c.name === name));
    if (!read) problems.push(`src/styles/tokens.ts: documents ${name}, which no element's styles read`);
  }
  modules.push({
    kind: 'javascript-module',
    path: 'dist/classes.js',
    declarations: [],
    exports: definitions.map(({ reference }) => jsExport(reference)),
  });
  for (const path of ['dist/index.js', 'dist/victim-care-elements.js']) {
    modules.push({
      kind: 'javascript-module',
      path,
      declarations: [],
      exports: [
        ...definitions.map(({ reference }) => jsExport(reference)),
        ...definitions.map(({ tag, reference }) => elementExport(tag, reference)),
      ],
    });
  }
  if (problems.length) throw new Error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
  /** @type {Package} */
  const manifest = { schemaVersion: '2.1.0', readme: 'README.md', modules };
  return manifest;
}

/**
 * The elements' declarations from a manifest, in tag order.
 * @param {Package} manifest one that buildManifest wrote
 */
export function elementsOf(manifest) {
  return /** @type {Element[]} */ (manifest.modules.flatMap((m) => (m.declarations ?? []).filter(isElement)));
}

/**
 * An element's fields (its properties), without its methods.
 * @param {Element} element
 */
export const fieldsOf = (element) => element.members.filter((m) => m.kind === 'field');

/** custom-elements.json as written. @returns {Package} */
export function readManifest() {
  return JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifest = await buildManifest();
  writeFileSync(join(root, 'custom-elements.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(
    `custom-elements.json: ${elementsOf(manifest)
      .map((d) => `<${d.tagName}>`)
      .join(', ')}`,
  );
}
