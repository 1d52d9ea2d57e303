// @ts-check
// custom-elements.json, the one source of the public API: the analyzer reads the classes' JSDoc,
// then this script puts it in the package's terms. Module paths are the dist/ files a host
// imports; types and defaults come from TypeScript itself (so `DEFAULT_MAX` reads `5`, and a
// default set in a constructor is seen); custom properties are the ones each element's styles
// really read, with the fallback they really use; nothing private, protected or @internal.
//
//   node scripts/manifest.mjs            writes custom-elements.json
// Other scripts import `buildManifest()` / `readManifest()` from here.
import { readFileSync, writeFileSync, mkdtempSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { create, ts as cemTs } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import ts from 'typescript';
import { build } from 'esbuild';

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

/**
 * `'a' | 'b' | null` for a type, with aliases spelt out so enums can be offered as choices.
 * @param {ts.TypeChecker} checker
 * @param {ts.Type} type
 */
function typeText(checker, type) {
  const parts = type.isUnion() ? type.types : [type];
  const texts = [];
  let hasTrue = false;
  let hasFalse = false;
  for (const part of parts) {
    if (part.flags & ts.TypeFlags.Undefined) continue;
    if (part.flags & ts.TypeFlags.BooleanLiteral) {
      if (checker.typeToString(part) === 'true') hasTrue = true;
      else hasFalse = true;
      continue;
    }
    if (part.isStringLiteral()) texts.push(`'${part.value}'`);
    else texts.push(checker.typeToString(part, undefined, ts.TypeFormatFlags.NoTruncation));
  }
  if (hasTrue && hasFalse) texts.unshift('boolean');
  else if (hasTrue) texts.unshift('true');
  else if (hasFalse) texts.unshift('false');
  // null last, as people write it.
  return [...texts.filter((t) => t !== 'null'), ...texts.filter((t) => t === 'null')].join(' | ');
}

/**
 * The value of a constant expression, as code text (`5`, `'rating'`), following constants across modules.
 * @param {ts.TypeChecker} checker
 * @param {ts.Expression} node
 * @param {string} where
 */
function valueText(checker, node, where) {
  /** @returns {never} */
  const fail = () => {
    throw new Error(`manifest: cannot work out the default of ${where} from \`${node.getText()}\``);
  };
  /** @type {(n: ts.Expression) => unknown} */
  const evaluate = (n) => {
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression?.(n)) return evaluate(n.expression);
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isNumericLiteral(n)) return Number(n.text);
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken) return -Number(evaluate(n.operand));
    if (n.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (n.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (n.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isArrayLiteralExpression(n)) return n.elements.map(evaluate);
    if (ts.isIdentifier(n)) {
      let symbol = checker.getSymbolAtLocation(n);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return evaluate(declaration.initializer);
      return fail();
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'join') {
      const list = evaluate(n.expression.expression);
      const separator = n.arguments.length ? evaluate(n.arguments[0]) : ',';
      if (Array.isArray(list) && typeof separator === 'string') return list.join(separator);
    }
    return fail();
  };
  const value = evaluate(node);
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/**
 * @typedef {{ type?: string, initializer?: ts.Expression, owner: string }} Fact
 */

/**
 * Every property declaration and constructor assignment of a class and its bases, by name. Types
 * are as the class sees them: `value`, declared once in the generic `FormControl<V>`, is
 * `number | null` on `RatingScale`.
 * @param {ts.TypeChecker} checker
 * @param {ts.ClassDeclaration} classDeclaration
 */
function classFacts(checker, classDeclaration) {
  /** @type {Map<string, Fact>} */
  const facts = new Map();
  const instance = checker.getTypeAtLocation(classDeclaration);
  /** @param {ts.ClassDeclaration} declaration */
  const visit = (declaration) => {
    const base = declaration.heritageClauses?.[0]?.types[0];
    if (base) {
      const symbol = checker.getSymbolAtLocation(base.expression);
      const target = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
      const baseDeclaration = target?.valueDeclaration;
      if (baseDeclaration && ts.isClassDeclaration(baseDeclaration) && !baseDeclaration.getSourceFile().fileName.includes('node_modules')) {
        visit(baseDeclaration);
      }
    }
    for (const member of declaration.members) {
      if ((ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) && member.name && ts.isIdentifier(member.name)) {
        const name = member.name.text;
        const property = instance.getProperty(name);
        const type = property ? checker.getTypeOfSymbolAtLocation(property, classDeclaration) : checker.getTypeAtLocation(member);
        /** @type {{ type: string, initializer?: ts.Expression }} */
        const fact = { type: typeText(checker, type) };
        if (ts.isPropertyDeclaration(member) && member.initializer && !ts.isArrowFunction(member.initializer)) {
          fact.initializer = member.initializer;
        }
        facts.set(name, { ...facts.get(name), ...fact, owner: ownerOf(declaration) });
      }
      if (ts.isConstructorDeclaration(member) && member.body) {
        for (const statement of member.body.statements) {
          const e = ts.isExpressionStatement(statement) ? statement.expression : undefined;
          if (
            e &&
            ts.isBinaryExpression(e) &&
            e.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(e.left) &&
            e.left.expression.kind === ts.SyntaxKind.ThisKeyword
          ) {
            const name = e.left.name.text;
            facts.set(name, { ...facts.get(name), initializer: e.right, owner: ownerOf(declaration) });
          }
        }
      }
    }
  };
  visit(classDeclaration);
  return facts;
}

/**
 * The detail types the events name, spelt out one level deep: `{ channel: FeedbackChannel }`.
 * @param {ts.TypeChecker} checker
 * @param {ts.SourceFile} entry
 */
function exportedTypes(checker, entry) {
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) throw new Error(`manifest: ${entry.fileName} is not a module`);
  /** @type {Map<string, string>} */
  const types = new Map();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
    const type = checker.getDeclaredTypeOfSymbol(target);
    const props = type.getProperties();
    const shape = props.length
      ? `{ ${props
          .map((p) => {
            const decl = p.valueDeclaration ?? p.declarations?.[0];
            const text =
              decl && ts.isPropertySignature(decl) && decl.type ? decl.type.getText() : checker.typeToString(checker.getTypeOfSymbol(p));
            return `${p.name}${p.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${text}`;
          })
          .join('; ')} }`
      : typeText(checker, type);
    types.set(symbol.name, shape);
  }
  return types;
}

/**
 * The custom properties an element's styles really read, with their fallbacks.
 * @param {string} tag
 */
async function usedCustomProperties(tag) {
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
function cssPropDocs(file) {
  /** @type {Map<string, string>} */
  const docs = new Map();
  for (const [, name, description] of readFileSync(join(root, file), 'utf8').matchAll(/@cssprop\s+\[?(--[\w-]+)[^\s]*\s+-\s+(.+)/g)) {
    docs.set(name, description.trim());
  }
  return docs;
}

const entryOf = (/** @type {string} */ tag) => `dist/${tag}.js`;
/** @param {ts.ClassDeclaration} declaration */
const ownerOf = (declaration) => declaration.name?.text ?? 'default';
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
