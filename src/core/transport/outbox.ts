import type { OutboxStorage } from '../../config.js';
import type { FeedbackPayload } from './payload.js';

/** One payload waiting to be delivered. */
export interface OutboxEntry {
  endpoint: string;
  payload: FeedbackPayload;
}

const KEY = 'victim-care-elements:outbox';
const memory = new Map<string, OutboxEntry>();

function store(kind: OutboxStorage): Storage | null {
  if (kind === 'none') return null;
  try {
    return kind === 'session' ? sessionStorage : localStorage;
  } catch {
    return null; // Storage blocked (privacy settings, sandboxed frame): keep it in memory.
  }
}

/**
 * Undelivered payloads, kept in localStorage by default so that a closed tab or a reload loses
 * nothing; removed the moment they are delivered or refused for good.
 */
export class Outbox {
  constructor(private readonly kind: () => OutboxStorage) {}

  private read(): OutboxEntry[] {
    const storage = store(this.kind());
    if (!storage) return [...memory.values()];
    try {
      const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
    } catch {
      return [];
    }
  }

  private write(entries: OutboxEntry[]): void {
    const storage = store(this.kind());
    memory.clear();
    if (!storage) {
      for (const entry of entries) memory.set(entry.payload.id, entry);
      return;
    }
    try {
      if (entries.length) storage.setItem(KEY, JSON.stringify(entries));
      else storage.removeItem(KEY);
    } catch {
      for (const entry of entries) memory.set(entry.payload.id, entry); // quota full: memory.
    }
  }

  entries(): OutboxEntry[] {
    return this.read();
  }

  put(entry: OutboxEntry): void {
    this.write([...this.read().filter((e) => e.payload.id !== entry.payload.id), entry]);
  }

  has(id: string): boolean {
    return this.read().some((e) => e.payload.id === id);
  }

  remove(id: string): void {
    this.write(this.read().filter((e) => e.payload.id !== id));
  }

  /** Forgets every waiting payload, in every storage (quick exit uses this). */
  clear(): void {
    memory.clear();
    for (const kind of ['local', 'session'] as const) {
      try {
        store(kind)?.removeItem(KEY);
      } catch {
        /* storage blocked: nothing stored there */
      }
    }
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry;
  return Boolean(entry && typeof entry.endpoint === 'string' && entry.payload && typeof entry.payload.id === 'string');
}
