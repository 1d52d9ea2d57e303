import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onConfigure } from '../../config.js';
import { directionOf } from './direction.js';
import { canonicalLocale, ensureLocale, i18n, resolvedLocale, type TFunction } from './i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();

// One observer for every element: a `lang` change anywhere it can see re-resolves them all.
// Shadow roots are added as elements connect inside them, so `lang` on a shadow host's inner
// wrapper (a leaflet switching language, for instance) reaches the elements inside it.
const observer = new MutationObserver(() => {
  for (const controller of controllers) controller.refresh();
});
onConfigure(() => {
  for (const controller of controllers) controller.refresh(true);
});

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
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
  return canonicalLocale(document.documentElement.lang) ?? 'en';
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
  /** The language in use: the requested one, its parent language, or `en`. */
  lang = 'en';
  /** Text direction of `lang`. */
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Translate with the element's language. */
  t: TFunction = i18n.getFixedT('en');
  /** Settles when the element's language is loaded. */
  ready: Promise<void> = Promise.resolve();

  private requested = '';
  private chosen: string | null = null;
  /** Counts requests, so that an answer overtaken by a later one (a slow fetch) is dropped. */
  private generation = 0;

  constructor(private readonly host: Host) {
    host.addController(this);
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
    this.lang = lang;
    this.dir = directionOf(lang);
    this.t = i18n.getFixedT(lang);
    this.host.requestUpdate();
  }
}
