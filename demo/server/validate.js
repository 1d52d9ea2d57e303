// @ts-check
/**
 * Validation of `victim-feedback/1` payloads against the JSON Schema the package exports
 * (src/schema/victim-feedback-1.schema.json), plus the one rule JSON Schema cannot express
 * (rating.value <= rating.max).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';

export const SCHEMA_VERSION = 'victim-feedback/1';
export const SCHEMA_URL = new URL('../../src/schema/victim-feedback-1.schema.json', import.meta.url);

/** @type {Record<string, unknown>} */
export const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: true });
// ajv-formats is CommonJS; its `default` export is the plugin at run time and in its types.
ajvFormats.default(ajv, ['date-time', 'uuid']);
const validateSchema = ajv.compile(schema);

/**
 * @typedef {{ field: string, problem: string }} Problem
 * @typedef {{ ok: true, payload: FeedbackPayload } | { ok: false, fields: string[], problems: Problem[] }} Result
 * @typedef {import('../../src/schema/victim-feedback-1.js').FeedbackPayload} FeedbackPayload
 *   A valid payload: the types generated from the schema (`npm run payload-types`).
 */

/**
 * Validates a parsed JSON body. The caller has already checked `schema` (version).
 * @param {unknown} body
 * @returns {Result}
 */
export function validatePayload(body) {
  /** @type {Problem[]} */
  const problems = [];
  if (!validateSchema(body)) {
    for (const e of validateSchema.errors ?? []) {
      // "must match then schema" only repeats the errors reported inside `then`.
      if (e.keyword === 'if') continue;
      let field = e.instancePath;
      if (e.keyword === 'required') field += `/${e.params.missingProperty}`;
      else if (e.keyword === 'additionalProperties') field += `/${e.params.additionalProperty}`;
      let problem = e.message ?? 'is invalid';
      if (e.keyword === 'additionalProperties') problem = 'is not an allowed field';
      else if (e.keyword === 'false schema') problem = 'is not allowed for this kind';
      else if (e.keyword === 'required') problem = 'is required';
      else if (e.keyword === 'pattern') problem = 'is not in the expected format';
      problems.push({ field, problem });
    }
  }
  const p = /** @type {any} */ (body);
  if (
    p &&
    typeof p === 'object' &&
    p.rating &&
    typeof p.rating === 'object' &&
    Number.isInteger(p.rating.value) &&
    Number.isInteger(p.rating.max) &&
    p.rating.value > p.rating.max
  ) {
    problems.push({ field: '/rating/value', problem: 'must be <= rating.max' });
  }
  if (problems.length === 0) return { ok: true, payload: /** @type {FeedbackPayload} */ (body) };
  const fields = [...new Set(problems.map((x) => x.field))];
  return { ok: false, fields, problems };
}

/**
 * Every string in a parsed body (keys and values) that holds NUL or a lone surrogate, by its
 * JSON Pointer. JSON can carry both (`\u0000`, `\ud800`); neither is text a person typed, and a
 * lone surrogate would silently become U+FFFD when stored.
 * @param {unknown} body
 * @returns {Problem[]}
 */
export function badText(body) {
  /** @type {Problem[]} */
  const problems = [];
  /** @param {string} s */
  const bad = (s) => s.includes('\u0000') || !s.isWellFormed();
  /** @param {string} s */
  const pointer = (s) => s.replaceAll('~', '~0').replaceAll('/', '~1');
  /** @param {unknown} v @param {string} at */
  const walk = (v, at) => {
    if (typeof v === 'string') {
      if (bad(v))
        problems.push({
          field: at,
          problem: v.includes('\u0000') ? 'holds a NUL character' : 'holds a lone surrogate (not valid Unicode text)',
        });
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, `${at}/${i}`));
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        const key = bad(k) ? pointer(k.replaceAll('\u0000', '\\u0000').toWellFormed()) : pointer(k);
        if (bad(k)) problems.push({ field: `${at}/${key}`, problem: 'has a field name that is not valid text' });
        else walk(x, `${at}/${key}`);
      }
    }
  };
  walk(body, '');
  return problems;
}
