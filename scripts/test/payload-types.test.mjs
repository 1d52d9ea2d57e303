// The payload's TypeScript types (src/schema/victim-feedback-1.ts) are generated from its JSON
// Schema by scripts/payload-types.mjs: the committed file must be what the schema makes now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { payloadTypes, SCHEMA_FILE, TYPES_FILE } from '../payload-types.mjs';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const committed = readFileSync(TYPES_FILE, 'utf8');

test(`${TYPES_FILE} is what the schema makes now (else run \`npm run payload-types\`)`, async () => {
  assert.equal(committed, await payloadTypes(schema));
});

test('a change to the schema changes the types, so a stale file is caught', async () => {
  const changed = structuredClone(schema);
  changed.properties.context.properties.station = { type: 'string', maxLength: 64 };
  const types = await payloadTypes(changed);
  assert.notEqual(types, committed);
  assert.match(types, /station\?: string;/);
});

test('each kind is its own type, named by the schema, with the fields the schema forbids it typed never', async () => {
  assert.match(committed, /^\/\/ Generated from victim-feedback-1\.schema\.json by scripts\/payload-types\.mjs: do not edit\./);
  assert.match(committed, /export type FeedbackPayload = RatingPayload \| ContactRequestPayload;/);
  for (const name of ['FeedbackEnvelope', 'FeedbackContext']) assert.match(committed, new RegExp(`export interface ${name} \\{`));
  /** The interface's text, up to its closing brace at the start of a line. @param {string} name */
  const body = (name) => {
    const start = committed.indexOf(`export interface ${name} extends FeedbackEnvelope {`);
    assert.ok(start >= 0, `no interface ${name} extending FeedbackEnvelope`);
    return committed.slice(start, committed.indexOf('\n}', start));
  };
  const rating = body('RatingPayload');
  assert.match(rating, /kind: 'rating';/);
  assert.match(rating, /\n {2}rating: \{/);
  assert.match(rating, /comment\?: string;/);
  assert.match(rating, /contact\?: never;/);
  const contact = body('ContactRequestPayload');
  assert.match(contact, /kind: 'contact-request';/);
  assert.match(contact, /\n {2}contact: \{/);
  assert.match(contact, /rating\?: never;/);
  assert.match(contact, /comment\?: never;/);
});

test('a schema the generator cannot read as one type per kind is refused, not guessed at', async () => {
  const untitled = structuredClone(schema);
  delete untitled.allOf[0].then.title;
  await assert.rejects(payloadTypes(untitled), /no "then.title"/);
  const missing = structuredClone(schema);
  missing.properties.kind.enum.push('thanks');
  await assert.rejects(payloadTypes(missing), /no allOf branch for kind thanks/);
});
