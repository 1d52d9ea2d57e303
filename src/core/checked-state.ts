import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Keeps a radio's or checkbox's checkedness equal to `checked` on every render, as
 * `.checked=${live(checked)}` would, in a form a server render can write. Lit SSR writes a
 * `.checked` binding as the attribute `checked="false"`, which the browser reads as checked, so
 * every radio of a group would arrive chosen. Pair it with `?checked=${checked}`, which gives the
 * server markup (and the browser's default state); this element-position directive, which a
 * server render skips, then sets the live property in the browser, hydration included.
 *
 * @example html`<input type="radio" ?checked=${on} ${checkedState(on)} />`
 */
class CheckedState extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('checkedState() goes in element position: <input ${checkedState(x)}>');
  }

  render(_checked: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [checked]: [boolean]): typeof nothing {
    const input = part.element as HTMLInputElement;
    if (input.checked !== checked) input.checked = checked;
    return nothing;
  }
}

export const checkedState = directive(CheckedState);
