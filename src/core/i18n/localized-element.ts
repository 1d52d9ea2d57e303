import { LitElement } from 'lit';
import { LocaleController } from './locale-controller.js';

/**
 * Base of every element: a {@link LocaleController} and a first render that waits for the
 * element's language, so nobody sees English flash before their own language.
 */
export abstract class LocalizedElement extends LitElement {
  /** The element's language, direction and translate function. */
  protected readonly locale = new LocaleController(this);

  protected override async scheduleUpdate(): Promise<void> {
    await this.locale.ready;
    super.scheduleUpdate();
  }
}
