/**
 * Library-wide settings a host may change with `configure()`. Every element reads them when it
 * needs them, so a call before or after the elements load both work. There is one set of settings
 * per page, kept on `globalThis` under `Symbol.for('victim-care-elements.config')`, so that with two
 * copies of the library on a page (a host's bundle and the script tag) `configure()` from either
 * reaches the elements of both.
 */
import { pageShared } from './core/page-shared.js';

/** A locale's strings: one object per namespace, as in `src/locales/<lng>.json`. */
export type LocaleResources = Record<string, Record<string, unknown>>;

/** Where undelivered payloads wait: `local` survives a browser restart, `session` only the tab, `none` only the page. */
export type OutboxStorage = 'local' | 'session' | 'none';

export interface RetryOptions {
  /** First retry delay in ms; doubles each attempt, with jitter. */
  baseDelay: number;
  /** Longest delay between two attempts in ms. */
  maxDelay: number;
  /** Attempts in this page before the element tells the person it has queued the message. */
  attemptsBeforeQueued: number;
  /** Time a single request may take before it counts as a network failure, in ms. */
  timeout: number;
}

export interface Config {
  /**
   * The language when nothing on the page says which: used after the element's own `lang`, its
   * ancestors' and `<html lang>`. On a server render (Lit SSR), where ancestors cannot be seen, it
   * is the language of every element without its own `lang`. `null` means English.
   */
  lang: string | null;
  /** Extra or overriding strings, by language then namespace. Merged over the built-in ones. */
  resources: Record<string, LocaleResources>;
  /**
   * A URL template for locale files the library does not ship, e.g. `/locales/{{lng}}.json`.
   * Fetched (same rules as any `fetch`) when a page needs a language that is not built in.
   */
  localesUrl: string | null;
  /** Where the outbox keeps undelivered payloads. */
  storage: OutboxStorage;
  /**
   * Longest time, in ms, an undelivered payload is kept and retried (default 7 days). An older
   * entry is deleted from the device and never sent. The person is told this time in words.
   */
  outboxMaxAge: number;
  /**
   * Page URL query parameters copied into a payload's `context`. Default `officer unit src`: a
   * crime reference is not read from the URL, since an address that names the case stays in the
   * browser's history (docs/architecture.md says how to carry one without a URL).
   */
  contextParams: string[];
  /** `credentials` for the POST; `omit` unless the host's endpoint needs its cookies. */
  credentials: RequestCredentials;
  retry: RetryOptions;
  /** Phone numbers shown in signposting. Check them against the services' own pages before going live. */
  phones: PhoneNumbers;
}

export interface PhoneNumbers {
  /** Victim Support's free 24/7 Supportline. */
  victimSupport: string;
  /** Police non-emergency number, offered when sending fails and no host line is set. */
  nonEmergency: string;
}

const defaults: Config = {
  lang: null,
  resources: {},
  localesUrl: null,
  storage: 'local',
  outboxMaxAge: 7 * 24 * 60 * 60_000,
  contextParams: ['officer', 'unit', 'src'],
  credentials: 'omit',
  retry: { baseDelay: 1000, maxDelay: 5 * 60_000, attemptsBeforeQueued: 3, timeout: 15_000 },
  phones: { victimSupport: '08 08 16 89 111', nonEmergency: '101' },
};

/** The settings and their listeners, shared by every copy of the library on the page. */
interface SharedConfig {
  current: Config;
  listeners: Set<(config: Config) => void>;
}

// Version 1 of the shared shape; a copy that finds another shape keeps its own settings.
const shared = pageShared<SharedConfig>(
  'config',
  1,
  () => ({ current: structuredClone(defaults), listeners: new Set() }),
  'configure() called from one copy does not reach the elements of the other.',
);
// A copy of the same shape but older may lack settings this one has: add their defaults.
shared.current = { ...structuredClone(defaults), ...shared.current };

/** Options accepted by {@link configure}; every field is optional. */
export type ConfigureOptions = Partial<Omit<Config, 'retry' | 'phones'>> & {
  retry?: Partial<RetryOptions>;
  phones?: Partial<PhoneNumbers>;
};

/**
 * Change library-wide settings. Later calls merge over earlier ones.
 *
 * @example
 * configure({ storage: 'session', resources: { en: { rating: { question: 'How did we do?' } } } });
 */
export function configure(options: ConfigureOptions): void {
  const current = shared.current;
  shared.current = {
    ...current,
    ...options,
    resources: { ...current.resources, ...options.resources },
    retry: { ...current.retry, ...options.retry },
    phones: { ...current.phones, ...options.phones },
  };
  notify();
}

/** Tells every copy's listeners; one that throws does not stop the others. */
function notify(): void {
  for (const listener of shared.listeners) {
    try {
      listener(shared.current);
    } catch (error) {
      console.error(error);
    }
  }
}

/** The settings in force. */
export function getConfig(): Readonly<Config> {
  return shared.current;
}

/** Called after every `configure()`; returns a function that stops listening. */
export function onConfigure(listener: (config: Config) => void): () => void {
  shared.listeners.add(listener);
  return () => shared.listeners.delete(listener);
}

/** Back to the defaults. For tests. */
export function resetConfig(): void {
  shared.current = structuredClone(defaults);
  notify();
}
