import { nothing } from 'lit';
import { Directive, directive, PartType, type AttributePart, type ElementPart, type PartInfo } from 'lit/directive.js';

// Bindings whose browser value a server render (Lit SSR) cannot write, and which hydration would
// otherwise leave as the server wrote them: hydration adopts the server's attributes without
// writing them again, and later renders compare with the browser's value, so a difference would
// stay for good.

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

/**
 * An attribute whose value depends on the page the element is in (its address, for instance),
 * which the server cannot know: the server writes what it can, and in the browser the value is
 * written on every render, hydration included, so the server's guess never stays.
 *
 * @example html`<a href=${pageAttribute(hrefWithPageRef)}>`
 */
class PageAttribute extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE) throw new Error('pageAttribute() goes in attribute position: <a href=${pageAttribute(x)}>');
  }

  render(value: string): string {
    return value;
  }

  override update(part: AttributePart, [value]: [string]): string {
    if (part.element.getAttribute(part.name) !== value) part.element.setAttribute(part.name, value);
    return value;
  }
}

export const pageAttribute = directive(PageAttribute);
