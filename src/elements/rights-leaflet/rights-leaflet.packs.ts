import { pageShared } from '../../core/page-shared.js';
import { warnOnce } from '../../core/warn.js';
import { addEnglish } from '../../core/i18n/english.js';
import englishPack from '../../locales/en.json?ns=pack-england-wales-2021';

/**
 * A content pack: the rights of one jurisdiction (or one version of a Code), kept as locale
 * resources under `namespace` so that it is translated, overridden and added like any other
 * strings (`configure({ resources })`). docs/content-packs.md describes the shape.
 */
export interface ContentPackInfo {
  /** The locale namespace that holds the pack's text, e.g. `pack-england-wales-2021`. */
  namespace: string;
  /** The pack's version, shown in the leaflet's footer. */
  version: string;
  /** When the text was last checked against the official source, as an ISO date (`2026-11-29`). */
  lastChecked: string;
}

/** The pack a leaflet shows when `content` is not set: the Victims' Code in force since 1 April 2021. */
export const DEFAULT_PACK = 'england-wales-2021';
const DEFAULT_NAMESPACE = 'pack-england-wales-2021';

// The built-in pack's English travels with the leaflet only.
addEnglish({ [DEFAULT_NAMESPACE]: englishPack });
const builtInMeta = englishPack.meta;
// Shared by every copy of the library on the page, as configure() is: a pack registered through
// the script tag's copy reaches leaflets defined by a bundled copy.
const { packs, listeners } = pageShared(
  'content-packs',
  1,
  () => ({
    packs: new Map<string, ContentPackInfo>([
      [DEFAULT_PACK, { namespace: DEFAULT_NAMESPACE, version: builtInMeta.version, lastChecked: builtInMeta.lastChecked }],
    ]),
    listeners: new Set<() => void>(),
  }),
  'registerContentPack() called from one copy does not reach the leaflets of the other.',
);

const NAMESPACE = /^[A-Za-z0-9_-]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * Makes a content pack available to `<rights-leaflet content="…">`. Register it, and add its text
 * with `configure({ resources })`, before or after the leaflets appear: they re-render either way.
 * Registering an id again replaces it.
 *
 * @example
 * configure({ resources: { en: { 'pack-example-2026': { title: 'Your rights', rights: { … } } } } });
 * registerContentPack('example-2026', { namespace: 'pack-example-2026', version: '1.0', lastChecked: '2026-11-29' });
 */
export function registerContentPack(id: string, pack: ContentPackInfo): void {
  if (!id || typeof id !== 'string') {
    warnOnce('registerContentPack() needs a pack id.');
    return;
  }
  if (!pack || typeof pack.namespace !== 'string' || !NAMESPACE.test(pack.namespace)) {
    warnOnce(`registerContentPack("${id}"): namespace must be letters, digits, "-" or "_"; the pack is not registered.`);
    return;
  }
  const version = typeof pack.version === 'string' ? pack.version : '';
  let lastChecked = typeof pack.lastChecked === 'string' ? pack.lastChecked : '';
  if (!isIsoDate(lastChecked)) {
    warnOnce(`registerContentPack("${id}"): lastChecked="${lastChecked}" is not a date like 2026-11-29; no date is shown.`);
    lastChecked = '';
  }
  packs.set(id, { namespace: pack.namespace, version, lastChecked });
  for (const listener of listeners) listener();
}

/** The registered pack with this id, if any. */
export function contentPack(id: string): ContentPackInfo | undefined {
  return packs.get(id);
}

/** Called after every registration; returns a function that stops listening. */
export function onContentPackRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** One right: its official title, a plain-language summary and the details behind a disclosure. */
export interface PackRight {
  id: string;
  title: string;
  summary: string;
  details: string[];
}

/** A service people can call; `phone` and `textphone` may be empty. */
export interface PackService {
  id: string;
  name: string;
  phone: string;
  textphone: string;
  note: string;
}

/** A section of plain text (who the Code covers, enhanced rights, complaints), with services to call. */
export interface PackSection {
  id: string;
  heading: string;
  paragraphs: string[];
  services: PackService[];
}

/** Everything a pack says, in one language, every missing piece filled from English. */
export interface PackContent {
  title: string;
  intro: string[];
  rightsHeading: string;
  rights: PackRight[];
  sections: PackSection[];
  servicesHeading: string;
  servicesIntro: string[];
  services: PackService[];
  sources: string[];
}

type Tree = Record<string, unknown>;

const isTree = (value: unknown): value is Tree => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a pack from its strings in each language, most specific first (`LocaleController.bundles`).
 * Each piece comes from the most specific language that has it, else English, so a translation may leave out what does not change (phone numbers live only in the
 * English pack, so one override there changes every language). Only strings are kept: whatever
 * else a pack holds is ignored, and every string is rendered as text, never as HTML.
 */
export function readPack(languages: unknown[]): PackContent {
  const bundles = languages.filter(isTree);

  const find = (path: string[], accept: (value: unknown) => boolean): unknown => {
    for (const bundle of bundles) {
      let node: unknown = bundle;
      for (const key of path) node = isTree(node) ? node[key] : undefined;
      if (accept(node)) return node;
    }
    return undefined;
  };
  const text = (...path: string[]): string => (find(path, (v) => typeof v === 'string') as string | undefined) ?? '';
  const list = (...path: string[]): string[] => {
    const found = find(path, (v) => Array.isArray(v) || typeof v === 'string');
    const items = Array.isArray(found) ? found : [found];
    return items.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  };
  const ids = (...path: string[]): string[] => Object.keys((find(path, isTree) as Tree | undefined) ?? {});

  const service = (id: string): PackService => ({
    id,
    name: text('services', 'items', id, 'name'),
    phone: text('services', 'items', id, 'phone'),
    textphone: text('services', 'items', id, 'textphone'),
    note: text('services', 'items', id, 'note'),
  });
  const services = ids('services', 'items')
    .map(service)
    .filter((s) => s.name);

  return {
    title: text('title'),
    intro: list('intro'),
    rightsHeading: text('rightsHeading'),
    rights: ids('rights')
      .map((id) => ({
        id,
        title: text('rights', id, 'title'),
        summary: text('rights', id, 'summary'),
        details: list('rights', id, 'details'),
      }))
      .filter((right) => right.title),
    sections: ids('sections')
      .map((id) => ({
        id,
        heading: text('sections', id, 'heading'),
        paragraphs: list('sections', id, 'paragraphs'),
        services: list('sections', id, 'services')
          .map((ref) => services.find((s) => s.id === ref))
          .filter((s): s is PackService => Boolean(s)),
      }))
      .filter((section) => section.heading),
    servicesHeading: text('services', 'heading'),
    servicesIntro: list('services', 'intro'),
    services,
    sources: list('meta', 'sources'),
  };
}
