import { adoptStyles, LitElement, type PropertyValues } from 'lit';
import { warnOnce } from '../warn.js';
import { LocaleController } from './locale-controller.js';

/** Set by `@lit-labs/ssr-client`'s hydration support on an element whose shadow root came from the server. */
type Hydratable = { _$needsHydration?: boolean };

/**
 * Base of every element: a {@link LocaleController} and a first render that waits for the
 * element's language, so nobody sees English flash before their own language. A server render
 * that does not match what the browser would draw is drawn again rather than left broken.
 */
export abstract class LocalizedElement extends LitElement {
  /** The element's language, direction and translate function. */
  protected readonly locale = new LocaleController(this);

  protected override async scheduleUpdate(): Promise<void> {
    await this.locale.ready;
    super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    const hydrating = (this as Hydratable)._$needsHydration === true;
    try {
      super.update(changed);
    } catch (error) {
      if (!hydrating) throw error;
      // The server drew something else (it cannot see everything the browser can): start again
      // from an empty shadow root, as for an element drawn only in the browser. Hydration support
      // relies on the server's <style>, so the element's styles are adopted here.
      warnOnce(
        `<${this.localName}> as rendered on the server does not match the page in the browser, so it was drawn again ` +
          `(${error instanceof Error ? error.message : String(error)}). See "Server-side rendering" in the README.`,
      );
      const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
      root.replaceChildren();
      root._$litPart$ = undefined;
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      super.update(changed);
    }
  }
}
