// @ts-check
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { SCHEMA_URL, validatePayload } from '../validate.js';
import { rating, contactRequest } from '../testing.js';

test('the package exports the schema the receiver validates with', () => {
  // Resolved as the package resolves itself from its root (demo/server has a package.json of its
  // own, so a self-reference from here would look for the receiver's package instead).
  const fromRoot = createRequire(new URL('../../../package.json', import.meta.url));
  const exported = pathToFileURL(fromRoot.resolve('victim-care-elements/schema.json')).href;
  assert.equal(exported, SCHEMA_URL.href);
  const schema = JSON.parse(readFileSync(new URL(exported), 'utf8'));
  assert.equal(typeof schema.$id, 'string');
  assert.equal(schema.properties.schema.const, 'victim-feedback/1');
  assert.equal(schema.additionalProperties, false);
});

test('the schema compiles in ajv strict mode and judges payloads on its own', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_URL, 'utf8'));
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  assert.equal(validate(rating()), true, JSON.stringify(validate.errors));
  assert.equal(validate(contactRequest()), true, JSON.stringify(validate.errors));
  assert.equal(validate(contactRequest({ contact: { channel: 'email', address: 'a@example.org', safe: true, consent: true } })), true);
  assert.equal(validate({ ...rating(), extra: true }), false);
  assert.equal(validate({ ...rating(), rating: { value: 1, max: 2 } }), false);
  assert.equal(validate({ ...contactRequest(), contact: { channel: 'sms', address: 'x', safe: false, consent: true } }), false);
  // The one rule JSON Schema cannot express; the receiver checks it in code.
  assert.equal(validate(rating({ rating: { value: 9, max: 5 } })), true);
  const result = validatePayload(rating({ rating: { value: 9, max: 5 } }));
  assert.equal(result.ok, false);
  assert.deepEqual(!result.ok && result.fields, ['/rating/value']);
});

test('locales: BCP 47 tags pass, other strings do not', () => {
  for (const locale of [
    'en',
    'en-GB',
    'pt-BR',
    'zh-Hant-TW',
    'sr-Latn-RS',
    'es-419',
    'de-CH-1996',
    'en-GB-u-ca-gregory',
    'en-x-pseudo',
    'yue',
    'ur',
  ]) {
    assert.equal(validatePayload(rating({ locale })).ok, true, locale);
  }
  for (const locale of ['', 'e', 'en_GB', 'english please', 'en-', '-en', 'en-GB-', 'a'.repeat(36), '<script>']) {
    assert.equal(validatePayload(rating({ locale })).ok, false, locale);
  }
});

test('boundaries: comment 1250 characters, context values 64, address 254, max 3..10', () => {
  assert.equal(validatePayload(rating({ comment: 'a'.repeat(1250) })).ok, true);
  assert.equal(validatePayload(rating({ comment: '😀'.repeat(1250) })).ok, true, 'characters, not UTF-16 units');
  assert.equal(validatePayload(rating({ comment: 'a'.repeat(1251) })).ok, false);
  assert.equal(validatePayload(rating({ context: { officer: 'o'.repeat(64) } })).ok, true);
  assert.equal(validatePayload(rating({ context: { officer: 'o'.repeat(65) } })).ok, false);
  const email = (/** @type {number} */ n) =>
    contactRequest({ contact: { channel: 'email', address: 'a'.repeat(n), safe: true, consent: true } });
  assert.equal(validatePayload(email(254)).ok, true);
  assert.equal(validatePayload(email(255)).ok, false);
  assert.equal(validatePayload(rating({ rating: { value: 3, max: 3 } })).ok, true);
  assert.equal(validatePayload(rating({ rating: { value: 10, max: 10 } })).ok, true);
  assert.equal(validatePayload(rating({ rating: { value: 1, max: 2 } })).ok, false);
  assert.equal(validatePayload(rating({ rating: { value: 1, max: 11 } })).ok, false);
  assert.equal(validatePayload(rating({ rating: { value: 0, max: 5 } })).ok, false);
});
