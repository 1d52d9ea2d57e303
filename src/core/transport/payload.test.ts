import { expect } from '@open-wc/testing';
import { resetConfig } from '../../config.js';
import type { ContactRequestPayload, RatingPayload } from '../../schema/victim-feedback-1.js';
import { recordFetches, undoFaults } from '../../test-support/storage-faults.js';
import { Delivery } from './delivery.js';
import { Outbox } from './outbox.js';
import { declarePayloadKind, isRecord, PAYLOAD_SCHEMA, storedPayloadIs } from './payload.js';

// Core knows no kind: this page declares one of its own, with checks that say only what these
// tests need (an element declares its real kind in its own folder). No element is imported here,
// so `contact-request` is a kind nobody on this page declared.

const KEY = 'victim-care-elements:outbox';
const DAY = 24 * 60 * 60_000;
const calls: unknown[] = [];
const TEST_KIND = declarePayloadKind<RatingPayload>('rating', {
  rating: (rating) => isRecord(rating),
  comment: (comment) => {
    calls.push(comment);
    return comment === undefined || comment === 'allowed';
  },
});
const rating = (comment?: string): RatingPayload =>
  TEST_KIND.build('cy', { rating: { value: 2, max: 5 }, ...(comment === undefined ? {} : { comment }) });
const contactRequest = (createdAt = new Date().toISOString()): ContactRequestPayload => ({
  schema: PAYLOAD_SCHEMA,
  id: crypto.randomUUID(),
  kind: 'contact-request',
  createdAt,
  locale: 'en',
  contact: { channel: 'sms', address: '+447700900123', safe: true, consent: true },
});
const stored = (): { payload: { id: string } }[] => JSON.parse(localStorage.getItem(KEY) ?? '[]');

describe('transport: the payload envelope and declared kinds', () => {
  afterEach(() => {
    undoFaults();
    localStorage.clear();
    calls.length = 0;
    history.replaceState(null, '', location.pathname);
    resetConfig();
  });

  it('builds the envelope around a kind’s fields: schema, a v4 id, the time now, the locale, the page’s context', () => {
    history.replaceState(null, '', `${location.pathname}?officer=4521&unit=HV&name=never`);
    const before = Date.now();
    const p = rating('allowed');
    expect(Object.keys(p).sort()).to.deep.equal(['comment', 'context', 'createdAt', 'id', 'kind', 'locale', 'rating', 'schema']);
    expect(p).to.deep.include({ schema: 'victim-feedback/1', kind: 'rating', locale: 'cy', comment: 'allowed' });
    expect(p.context).to.deep.equal({ officer: '4521', unit: 'HV' });
    expect(p.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(p.createdAt)).to.be.within(before, Date.now());
    expect(rating().id).not.to.equal(p.id);
    history.replaceState(null, '', location.pathname);
    expect(rating()).not.to.have.property('context'); // Nothing allowlisted in the address: no context at all.
  });

  it('judges a stored payload by the envelope, then by the declared kind’s own checks and fields', () => {
    expect(storedPayloadIs(rating('allowed'))).to.equal('valid');
    expect(storedPayloadIs(rating())).to.equal('valid');
    expect(calls).to.deep.equal(['allowed', undefined]); // Each field's check sees the value, or undefined when it is absent.
    expect(storedPayloadIs(rating('not allowed'))).to.equal('invalid');
    expect(storedPayloadIs({ ...rating(), rating: 'four' })).to.equal('invalid');
    expect(storedPayloadIs({ ...rating(), contact: contactRequest().contact })).to.equal('invalid'); // Not a field of this kind.
    expect(storedPayloadIs({ ...rating(), secret: 'x' })).to.equal('invalid');
    for (const envelope of [
      { schema: 'victim-feedback/2' },
      { id: 'not-a-uuid' },
      { createdAt: 'yesterday' },
      { createdAt: new Date(Date.now() + 2 * DAY).toISOString() },
      { locale: 'not a tag' },
      { context: { officer: 'o'.repeat(65) } },
      { kind: 7 },
    ]) {
      expect(storedPayloadIs({ ...rating(), ...envelope }), JSON.stringify(envelope)).to.equal('invalid');
      expect(storedPayloadIs({ ...contactRequest(), ...envelope }), JSON.stringify(envelope)).to.equal('invalid');
    }
    expect(storedPayloadIs(contactRequest())).to.equal('undeclared');
    expect(storedPayloadIs({ ...contactRequest(), kind: 'anything else' })).to.equal('undeclared');
    expect(storedPayloadIs(null)).to.equal('invalid');
    expect(storedPayloadIs([rating()])).to.equal('invalid');
  });

  it('keeps a payload of a kind no element here declared for a page that has it: never sent from here, never overwritten', () => {
    const url = new URL('/nowhere', location.href).href;
    const theirs = contactRequest();
    const old = contactRequest(new Date(Date.now() - 8 * DAY).toISOString());
    const broken = { ...contactRequest(), id: 'not-a-uuid' };
    localStorage.setItem(KEY, JSON.stringify([theirs, old, broken].map((payload) => ({ endpoint: url, payload }))));
    const fetches = recordFetches();
    const d = new Delivery({ outbox: new Outbox(() => 'local') });
    try {
      expect(d.outbox.entries()).to.deep.equal([]);
      expect(d.outbox.has(theirs.id)).to.be.false;
      // The expired and the broken one are deleted from the device; the sound one stays.
      expect(stored().map((e) => e.payload.id)).to.deep.equal([theirs.id]);
      d.flush();
      expect(fetches).to.have.length(0);
      // Writing and forgetting this page's own payloads leaves it where it was.
      const mine = rating();
      d.outbox.put({ endpoint: url, payload: mine });
      expect(stored().map((e) => e.payload.id)).to.deep.equal([theirs.id, mine.id]);
      expect(d.outbox.entries().map((e) => e.payload.id)).to.deep.equal([mine.id]);
      d.outbox.remove(mine.id);
      expect(stored().map((e) => e.payload.id)).to.deep.equal([theirs.id]);
      // Quick exit empties the outbox of every kind.
      d.outbox.clear();
      expect(localStorage.getItem(KEY)).to.equal(null);
    } finally {
      d.stop();
    }
  });
});
