// The payload's TypeScript types, generated from its JSON Schema so that the shape is written once:
// src/schema/victim-feedback-1.schema.json is the source (the package exports it, the receiver
// validates with it); src/schema/victim-feedback-1.ts is made from it, and the elements, the core,
// the receiver (through JSDoc) and the tests take their types from there.
//
//   npm run payload-types              rewrites src/schema/victim-feedback-1.ts
//   npm run payload-types -- --check   fails when that file is not what the schema makes now
//
// json-schema-to-typescript turns the schema as it is into one flat object type (every kind's
// fields optional), since it does not read `if`/`then`. So the schema is first restated as the
// union it describes, and that is compiled:
// - the root's `properties` that no `allOf[].then` names are the envelope every kind carries
//   (`FeedbackEnvelope`, required as the root says);
// - each `allOf` branch `if kind is K then T` is one interface, named by T's `title`, extending the
//   envelope with `kind: K`, every other root property (required where T says, `?: never` where
//   T forbids it with `false`);
// - the root, named by its `title`, is the union of those interfaces.
// Property schemas are passed through untouched (a `title` on one, as on `context`, names its type).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const SCHEMA_FILE = 'src/schema/victim-feedback-1.schema.json';
export const TYPES_FILE = 'src/schema/victim-feedback-1.ts';
/** The envelope has no node of its own in the schema, so no title to be named by. */
const ENVELOPE = 'FeedbackEnvelope';

/**
 * The parts of the schema read here.
 * @typedef {{ if?: { properties?: { kind?: { const?: string } } }, then?: { title?: string, description?: string, required?: string[], properties?: Record<string, unknown> } }} Branch
 * @typedef {{ title?: string, description?: string, required: string[], properties: Record<string, unknown> & { kind: { enum: string[] } }, allOf?: Branch[] }} PayloadSchema
 */

/**
 * The schema restated as a union of one object type per kind (see the comment at the top).
 * @param {PayloadSchema} schema
 */
export function unionOf(schema) {
  const branches = schema.allOf ?? [];
  const kindFields = new Set(branches.flatMap((b) => Object.keys(b.then?.properties ?? {})));
  const envelopeFields = Object.keys(schema.properties).filter((name) => !kindFields.has(name));
  const envelope = {
    title: ENVELOPE,
    description: 'What every payload carries, whatever its kind.',
    type: 'object',
    additionalProperties: false,
    required: schema.required.filter((name) => envelopeFields.includes(name)),
    properties: Object.fromEntries(envelopeFields.map((name) => [name, schema.properties[name]])),
  };
  const kinds = schema.properties.kind.enum;
  const members = branches.map(({ if: condition, then }) => {
    const kind = condition?.properties?.kind?.const;
    if (!kind || !kinds.includes(kind)) throw new Error(`${SCHEMA_FILE}: an allOf branch is not "if kind is one of ${kinds.join(', ')}"`);
    if (!then?.title) throw new Error(`${SCHEMA_FILE}: the branch for kind "${kind}" has no "then.title" to name its type`);
    /** @type {Record<string, unknown>} */
    const properties = { kind: { const: kind } };
    for (const name of kindFields) {
      const allowed = then.properties?.[name] ?? true;
      if (typeof allowed !== 'boolean') throw new Error(`${SCHEMA_FILE}: kind "${kind}" says more about "${name}" than true or false`);
      properties[name] = allowed ? schema.properties[name] : false;
    }
    return {
      title: then.title,
      description: then.description,
      type: 'object',
      additionalProperties: false,
      extends: [envelope],
      required: ['kind', ...(then.required ?? [])],
      properties,
    };
  });
  const missing = kinds.filter((kind) => !branches.some((b) => b.if?.properties?.kind?.const === kind));
  if (missing.length) throw new Error(`${SCHEMA_FILE}: no allOf branch for kind ${missing.join(', ')}`);
  return { title: schema.title, description: schema.description, anyOf: members };
}

/**
 * The text of src/schema/victim-feedback-1.ts for `schema` (by default the schema file as it is now).
 * @param {PayloadSchema} schema
 */
export async function payloadTypes(schema = JSON.parse(readFileSync(join(root, SCHEMA_FILE), 'utf8'))) {
  const banner = [
    `// Generated from ${SCHEMA_FILE.replace('src/schema/', '')} by scripts/payload-types.mjs: do not edit.`,
    '// Change the schema, then run `npm run payload-types`.',
  ].join('\n');
  // The tool reads `extends` as schemas to extend, though JSONSchema4's type says names only.
  const union = /** @type {import('json-schema-to-typescript').JSONSchema} */ (/** @type {unknown} */ (unionOf(schema)));
  const types = await compile(union, schema.title ?? 'FeedbackPayload', {
    bannerComment: banner,
    additionalProperties: false,
    declareExternallyReferenced: true,
    format: false,
    unknownAny: true,
  });
  const options = await prettier.resolveConfig(join(root, TYPES_FILE));
  return prettier.format(types, { ...options, filepath: join(root, TYPES_FILE) });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = join(root, TYPES_FILE);
  const text = await payloadTypes();
  let current = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    /* not written yet */
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error(`${TYPES_FILE} is not what ${SCHEMA_FILE} makes now. Run \`npm run payload-types\`.`);
      process.exit(1);
    }
    console.log(`${TYPES_FILE} matches ${SCHEMA_FILE}`);
  } else if (current === text) {
    console.log(`${TYPES_FILE} is up to date`);
  } else {
    writeFileSync(path, text);
    console.log(`Wrote ${TYPES_FILE} from ${SCHEMA_FILE}`);
  }
}
