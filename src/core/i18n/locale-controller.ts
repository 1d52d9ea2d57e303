import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { getConfig, onConfigure } from '../../config.js';
import { warnOnce } from '../warn.js';
import { directionOf } from './direction.js';
import { canonicalLocale, ensureLocale, fallbackChain, i18n, loadedLocale, resolvedLocale, type TFunction } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();

// One observer for every element: a `lang` change anywhere it can see re-resolves them all.
// Shadow roots are added as elements connect inside them, so `lang` on a shadow host's inner
// wrapper (a leaflet switching language, for instance) reaches the elements inside it.
// Made on the first connect, never at import: the module must load where there is no DOM (Node).
let observer: MutationObserver | undefined;
onConfigure(() => {
  for (const controller of controllers) controller.refresh(true);
});

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` that applies to `element`: its own, else the nearest ancestor's across shadow roots. */
export function requestedLocale(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) {
      const tag = canonicalLocale(withLang.getAttribute('lang') ?? '');
      if (tag) return tag;
      node = withLang.parentElement ?? hostOf(withLang);
      continue;
    }
    node = hostOf(node);
  }
  return canonicalLocale(document.documentElement.lang) ?? defaultLocale();
}

/** `configure({ lang })`, else English. */
function defaultLocale(): string {
  const configured = getConfig().lang;
  return (configured && canonicalLocale(configured)) || 'en';
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Gives an element its language: `lang`, `dir` and a translate function `t`, kept current when
 * any `lang` above it changes or `configure()` adds strings. The first render waits for the
 * language's strings, so a person never sees English flash before their own language.
 */
export class LocaleController implements ReactiveController {
  /** Settles when the element's language is loaded. */
  ready: Promise<void> = Promise.resolve();

  private current = 'en';
  private direction: 'ltr' | 'rtl' = 'ltr';
  private translate: TFunction = i18n.getFixedT('en');
  private requested = '';
  private chosen: string | null = null;
  /** Counts requests, so that an answer overtaken by a later one (a slow fetch) is dropped. */
  private generation = 0;
  private resolvedOnServer = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The language in use: the requested one, its parent language, or `en`. */
  get lang(): string {
    this.resolveOnServer();
    return this.current;
  }

  /** Text direction of `lang`. */
  get dir(): 'ltr' | 'rtl' {
    this.resolveOnServer();
    return this.direction;
  }

  /** Translate with the element's language. */
  get t(): TFunction {
    this.resolveOnServer();
    return this.translate;
  }

  /**
   * What a locale file says about itself (`_meta.name`, the language in its own name; `_meta.status`,
   * `draft` for a draft translation), for `lang` or its nearest parent language with strings loaded;
   * undefined where none says. `lang` is the element's language unless given.
   */
  meta(field: 'name' | 'status', lang: string = this.lang): string | undefined {
    for (const candidate of fallbackChain(lang)) {
      const written: unknown = i18n.getResource(candidate, '_meta', field);
      if (typeof written === 'string' && written.trim()) return written.trim();
    }
    return undefined;
  }

  /**
   * Every language's strings under `namespace` (a content pack), most specific language first and
   * English last: for data read piece by piece, each piece from the first language that has it.
   */
  bundles(namespace: string): unknown[] {
    const languages = [...new Set([...fallbackChain(this.lang), 'en'])];
    return languages.map((lng) => i18n.getResourceBundle(lng, namespace) as unknown);
  }

  /** Loads the strings of `lang` (or its nearest parent language) without using them yet, as `choose()` would. */
  load(lang: string): Promise<string> {
    return ensureLocale(lang);
  }

  /**
   * A server render (Lit SSR) never connects the element, sees no ancestors and cannot wait: the
   * language is the element's own `lang`, else `configure({ lang })`, in strings already loaded
   * (`loadLanguages()`). Worked out on first use, once every attribute has been set.
   */
  private resolveOnServer(): void {
    if (!isServer || this.resolvedOnServer) return;
    this.resolvedOnServer = true;
    const requested = canonicalLocale(this.host.getAttribute('lang') ?? '') ?? defaultLocale();
    const lang = loadedLocale(requested);
    if (lang !== requested && lang === 'en' && requested !== 'en') {
      warnOnce(
        `"${requested}" was rendered on the server in English: its strings were not loaded. Await loadLanguages(['${requested}']) before rendering.`,
      );
    }
    this.current = lang;
    this.direction = directionOf(lang);
    this.translate = i18n.getFixedT(lang);
  }

  hostConnected(): void {
    controllers.add(this);
    observe(document.documentElement);
    for (let root = this.host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      observe(root);
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /**
   * Uses `lang` instead of the language the element inherits, until called with `null`: for an
   * element that lets the person pick a language inside it (the leaflet's language switcher).
   * Settles when that language is loaded and applied.
   */
  choose(lang: string | null): Promise<void> {
    this.chosen = lang === null ? null : canonicalLocale(lang);
    this.refresh();
    return this.ready;
  }

  /** Re-reads the language; `force` re-renders even when it has not changed. */
  refresh(force = false): void {
    const requested = this.chosen ?? requestedLocale(this.host);
    if (requested === this.requested && !force) return;
    this.requested = requested;
    const generation = ++this.generation;
    const known = resolvedLocale(requested);
    if (known && !force) {
      this.apply(known);
      return;
    }
    this.ready = ensureLocale(requested).then((lang) => {
      if (this.generation === generation) this.apply(lang);
    });
  }

  private apply(lang: string): void {
    this.current = lang;
    this.direction = directionOf(lang);
    this.translate = i18n.getFixedT(lang);
    this.host.requestUpdate();
  }
}
