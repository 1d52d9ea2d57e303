/** One piece of text an element shows or announces, with the element it is in. */
export interface RenderedText {
  text: string;
  /** The element holding the text (for an attribute, the element that has it). */
  element: Element;
  /** `aria-label` and the like: announced, not drawn. */
  attribute?: string;
}

const announced = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/**
 * Every text node and announced attribute in `root`'s shadow tree, and in the shadow trees of the
 * elements inside it (a leaflet's QR badge), but not the host's light DOM (the fallback content).
 */
export function renderedText(root: ShadowRoot): RenderedText[] {
  const found: RenderedText[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.textContent ?? '';
        if (text.trim() && child.parentElement && !['STYLE', 'SCRIPT'].includes(child.parentElement.tagName)) {
          found.push({ text, element: child.parentElement });
        }
      } else if (child instanceof Element) {
        for (const name of announced) {
          const value = child.getAttribute(name);
          if (value?.trim()) found.push({ text: value, element: child, attribute: name });
        }
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    }
  };
  visit(root);
  return found;
}
