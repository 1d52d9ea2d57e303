import type { FeedbackEnvelope, FeedbackPayload } from '../../schema/victim-feedback-1.js';
import { CONTEXT_VALUE_MAX, readContext } from '../context.js';

/*
 * The payload's envelope, and the way an element declares the kind it sends. The shape of every
 * payload is the JSON Schema's (src/schema/victim-feedback-1.schema.json; its types are generated
 * beside it by `npm run payload-types`); what each kind holds is its element's business: the
 * element declares its kind with `declarePayloadKind()` in its own folder, and core knows no kind.
 */

/** The payload schema this library sends. */
export const PAYLOAD_SCHEMA: FeedbackEnvelope['schema'] = 'victim-feedback/1';

/** What a kind's payload holds beyond the envelope (the fields its schema forbids, typed `never`, left out). */
export type KindFields<P extends FeedbackPayload> = {
  [K in keyof P as K extends keyof FeedbackEnvelope ? never : [P[K]] extends [undefined] ? never : K]: P[K];
};

/**
 * A check for each of a kind's fields, as read back from storage: `undefined` when the field is
 * absent. Every field the schema gives the kind must have one, so a field added to the schema
 * cannot be forgotten here.
 */
export type FieldChecks<P extends FeedbackPayload> = { [K in keyof KindFields<P>]-?: (value: unknown) => boolean };

/** A payload kind an element has declared: how to build one, and how to tell one it could have written. */
export interface PayloadKind<P extends FeedbackPayload> {
  readonly kind: P['kind'];
  readonly checks: FieldChecks<P>;
  /** A new payload of this kind: a fresh id, the time now, `locale` and the page's context around `fields`. */
  build(locale: string, fields: KindFields<P>): P;
}

type AnyKind = PayloadKind<FeedbackPayload>;

/** The kinds the elements on this page have declared. */
const declared = new Map<string, AnyKind>();

/**
 * Declares the payload kind an element sends (called once, by the module in the element's folder
 * that builds its payload). The outbox sends a stored payload only if its kind is declared on the
 * page and each field passes its check.
 */
export function declarePayloadKind<P extends FeedbackPayload>(kind: P['kind'], checks: FieldChecks<P>): PayloadKind<P> {
  const declaration: PayloadKind<P> = {
    kind,
    checks,
    build: (locale, fields) => ({ ...envelope(locale), kind, ...fields }) as unknown as P,
  };
  declared.set(kind, declaration as unknown as AnyKind);
  return declaration;
}

function envelope(locale: string) {
  const context = readContext();
  return {
    schema: PAYLOAD_SCHEMA,
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    locale,
    ...(Object.keys(context).length ? { context } : {}),
  } as const;
}

/** A `createdAt` further ahead than this is not from this library's clock. */
const FUTURE_SKEW = 24 * 60 * 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether `value` has no key outside `allowed`. */
export function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

/** The envelope's fields, each with its check (every field of the generated type must have one). */
const ENVELOPE_CHECKS: { [K in keyof FeedbackEnvelope]-?: (value: unknown) => boolean } = {
  schema: (schema) => schema === PAYLOAD_SCHEMA,
  id: (id) => typeof id === 'string' && UUID.test(id),
  kind: (kind) => typeof kind === 'string',
  createdAt: (createdAt) => {
    if (typeof createdAt !== 'string' || !ISO_UTC.test(createdAt)) return false;
    const created = Date.parse(createdAt);
    return !Number.isNaN(created) && created - Date.now() <= FUTURE_SKEW;
  },
  locale: (locale) => typeof locale === 'string' && locale.length <= 35 && LOCALE.test(locale),
  context: (context) => context === undefined || isContext(context),
};
const ENVELOPE_FIELDS = Object.keys(ENVELOPE_CHECKS);

function isContext(context: unknown): boolean {
  if (!isRecord(context)) return false;
  const values = Object.values(context);
  return values.length <= 20 && values.every((v) => typeof v === 'string' && v.length <= CONTEXT_VALUE_MAX);
}

/**
 * What a payload read back from storage is: `valid`, one this library could have written (a sound
 * envelope, a kind declared on this page, only that kind's fields, each passing its check);
 * `undeclared`, a sound envelope of a kind no element on this page declared (left for a page that
 * has the element, never sent from here); or `invalid`.
 */
export function storedPayloadIs(payload: unknown): 'valid' | 'undeclared' | 'invalid' {
  if (!isRecord(payload)) return 'invalid';
  for (const [field, check] of Object.entries(ENVELOPE_CHECKS)) if (!check(payload[field])) return 'invalid';
  const declaration = declared.get(payload.kind as string);
  if (!declaration) return 'undeclared';
  const checks: Record<string, (value: unknown) => boolean> = declaration.checks;
  if (!hasOnlyKeys(payload, [...ENVELOPE_FIELDS, ...Object.keys(checks)])) return 'invalid';
  return Object.entries(checks).every(([field, check]) => check(payload[field])) ? 'valid' : 'invalid';
}
