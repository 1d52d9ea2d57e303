import { getConfig, type OutboxStorage } from '../../config.js';
import type { FeedbackPayload } from '../../schema/victim-feedback-1.js';
import { pageClock, type Clock } from '../clock.js';
import { warnOnce } from '../warn.js';
import { hasOnlyKeys, isRecord, storedPayloadIs } from './payload.js';

/** One payload waiting to be delivered. */
export interface OutboxEntry {
  /** Absolute address the payload is posted to. */
  endpoint: string;
  payload: FeedbackPayload;
}

/**
 * Where a waiting payload is kept: on the `device` (localStorage, until delivered or expired), in
 * this `tab` (sessionStorage), or only in this `page`'s memory (storage off, absent, full or
 * failing), in which case it is lost if the page is closed before it is delivered.
 */
export type KeptIn = 'device' | 'tab' | 'page';

const KEY = 'victim-care-elements:outbox';
const DEFAULT_MAX_AGE = 7 * 24 * 60 * 60_000;
/** Longest stored entry read back, in characters of JSON: several times any real payload. */
const ENTRY_MAX = 8192;
/** Most entries read back: more than a person could send, few enough that a planted list cannot flood an endpoint. */
const ENTRIES_MAX = 50;

/** How long an undelivered payload is kept, from `configure({ outboxMaxAge })`; a bad value warns and falls back to 7 days. */
export function outboxMaxAge(): number {
  const age = getConfig().outboxMaxAge;
  if (Number.isFinite(age) && age > 0) return age;
  warnOnce(`configure({ outboxMaxAge: ${String(age)} }) is not a positive number of milliseconds; 7 days is used.`);
  return DEFAULT_MAX_AGE;
}

function store(kind: OutboxStorage): Storage | null {
  if (kind === 'none') return null;
  try {
    return (kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage) ?? null;
  } catch {
    return null; // Storage blocked (privacy settings, sandboxed frame): keep it in memory.
  }
}

/** The address resolved against the page, so that a later page under another path posts to the same place. */
function absolute(endpoint: string): string {
  try {
    return new URL(endpoint, globalThis.document?.baseURI).href;
  } catch {
    return endpoint;
  }
}

/**
 * Undelivered payloads. Each is held in this page's memory for as long as the page lives, and
 * also written to localStorage (by default) so that a closed tab or a reload loses nothing. A
 * storage that is full, throws or is missing costs only the second copy: delivery goes on from
 * memory. Entries read back from storage are checked (shape, schema, size, address) and dropped
 * if they fail; entries older than `outboxMaxAge` are deleted and never sent. An entry of a kind
 * no element on this page declared (`declarePayloadKind`) is checked as far as its envelope, then
 * kept for a page that has that element, and never sent from this one.
 */
export class Outbox {
  /** Entries this page holds that storage could not keep (or storage is `none`). */
  private readonly pageOnly = new Map<string, OutboxEntry>();
  /**
   * Delivered or refused in this page. Storage may fail to forget them; this page never sends
   * them again whatever storage still says.
   */
  private readonly done = new Set<string>();

  /** `clock` is what expiry is measured by: the pipeline's, or a test's fake. */
  constructor(
    private readonly kind: () => OutboxStorage,
    private readonly clock: Pick<Clock, 'now'> = pageClock,
  ) {}

  /** Every entry waiting, valid and unexpired, from storage and from this page's memory. */
  entries(): OutboxEntry[] {
    const now = this.clock.now();
    const all = new Map<string, OutboxEntry>();
    for (const entry of this.load(now).stored) all.set(entry.payload.id, entry);
    for (const [id, entry] of this.pageOnly) {
      if (expired(entry, now, outboxMaxAge())) this.pageOnly.delete(id);
      else all.set(id, entry);
    }
    for (const id of this.done) all.delete(id);
    return [...all.values()];
  }

  /** Keeps `entry` until it is removed, and says where it could be kept. */
  put(entry: OutboxEntry): KeptIn {
    const kept: OutboxEntry = { endpoint: absolute(entry.endpoint), payload: entry.payload };
    const id = kept.payload.id;
    this.done.delete(id);
    if (this.persist((stored) => [...stored.filter((e) => e.payload.id !== id), kept])) {
      this.pageOnly.delete(id);
      return this.kind() === 'session' ? 'tab' : 'device';
    }
    this.pageOnly.set(id, kept);
    return 'page';
  }

  /** Whether `id` is still waiting. */
  has(id: string): boolean {
    return this.entries().some((e) => e.payload.id === id);
  }

  /** Where `id` is kept now: `page` when only this page's memory holds it, `null` when it is not waiting. */
  keptIn(id: string): KeptIn | null {
    if (this.done.has(id)) return null;
    if (this.pageOnly.has(id)) return 'page';
    return this.has(id) ? (this.kind() === 'session' ? 'tab' : 'device') : null;
  }

  /** The entries only this page's memory holds: they die with the page. */
  pageOnlyEntries(): OutboxEntry[] {
    return [...this.pageOnly.values()].filter((e) => !this.done.has(e.payload.id));
  }

  /**
   * Forgets `id` once it is delivered or refused for good. If storage cannot be rewritten, this
   * page still never sends it again; a later page may, and the receiver answers that repeat with 200.
   */
  remove(id: string): void {
    this.done.add(id);
    this.pageOnly.delete(id);
    this.persist((stored) => stored.filter((e) => e.payload.id !== id));
  }

  /** Forgets every waiting payload, in every storage (quick exit uses this). */
  clear(): void {
    for (const id of this.pageOnly.keys()) this.done.add(id);
    this.pageOnly.clear();
    for (const kind of ['local', 'session'] as const) {
      const storage = store(kind);
      if (!storage) continue;
      try {
        storage.removeItem(KEY);
      } catch {
        try {
          storage.setItem(KEY, '[]'); // removeItem failing alone: overwrite what was there.
        } catch {
          /* storage refuses both: nothing this page can do */
        }
      }
    }
  }

  /**
   * The entries in storage: `stored`, the valid, unexpired ones this page may send; `kept`, those
   * and the entries of a kind no element on this page declared, left for a page that has it.
   * `readable` is false when storage is missing or `getItem` throws: then nothing may be written
   * either, or entries that earlier pages saved (and this page cannot see) would be overwritten.
   */
  private load(now: number): { stored: OutboxEntry[]; kept: OutboxEntry[]; readable: boolean } {
    const storage = store(this.kind());
    if (!storage) return { stored: [], kept: [], readable: false };
    let raw: string | null;
    try {
      raw = storage.getItem(KEY);
    } catch {
      return { stored: [], kept: [], readable: false };
    }
    if (raw === null) return { stored: [], kept: [], readable: true };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const list = Array.isArray(parsed) ? parsed : [];
    const maxAge = outboxMaxAge();
    let judged: { entry: OutboxEntry; valid: boolean }[] = [];
    for (const value of list) {
      const is = entryIs(value);
      if (is !== 'invalid' && !expired(value as OutboxEntry, now, maxAge))
        judged.push({ entry: value as OutboxEntry, valid: is === 'valid' });
    }
    judged = judged.slice(-ENTRIES_MAX);
    const kept = judged.map((j) => j.entry);
    if (kept.length !== list.length || !Array.isArray(parsed)) {
      // Corrupt, unsafe or expired entries are deleted from the device, not only skipped.
      this.write(storage, kept);
    }
    return { stored: judged.filter((j) => j.valid).map((j) => j.entry), kept, readable: true };
  }

  /**
   * Applies `change` to the stored list (entries of kinds undeclared here included, untouched);
   * false when storage is missing, unreadable or refuses the write.
   */
  private persist(change: (kept: OutboxEntry[]) => OutboxEntry[]): boolean {
    const storage = store(this.kind());
    if (!storage) return false;
    const { kept, readable } = this.load(this.clock.now());
    return readable && this.write(storage, change(kept));
  }

  private write(storage: Storage, entries: OutboxEntry[]): boolean {
    try {
      if (entries.length) storage.setItem(KEY, JSON.stringify(entries));
      else storage.removeItem(KEY);
      return true;
    } catch {
      // Full (QuotaExceededError) or failing: the caller keeps the entry in memory. An empty
      // list may still be written where removeItem alone fails, so the next page knows it is sent.
      if (entries.length) return false;
      try {
        storage.setItem(KEY, '[]');
        return true;
      } catch {
        return false;
      }
    }
  }
}

function expired(entry: OutboxEntry, now: number, maxAge: number): boolean {
  return now - Date.parse(entry.payload.createdAt) > maxAge;
}

/**
 * A stored entry this library could have written (our envelope and the kind's fields, a web
 * address, a sane size and date): `valid`; the same but of a kind no element on this page
 * declared: `undeclared`; anything else: `invalid`.
 */
function entryIs(value: unknown): 'valid' | 'undeclared' | 'invalid' {
  if (!isRecord(value) || !hasOnlyKeys(value, ['endpoint', 'payload'])) return 'invalid';
  if (typeof value.endpoint !== 'string' || !isWebAddress(value.endpoint)) return 'invalid';
  if (JSON.stringify(value).length > ENTRY_MAX) return 'invalid';
  return storedPayloadIs(value.payload);
}

function isWebAddress(endpoint: string): boolean {
  try {
    const url = new URL(endpoint, globalThis.document?.baseURI);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}
