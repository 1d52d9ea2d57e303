import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';

/** `<h1>` to `<h6>`, as tags a static template can draw (written here, never taken from outside). */
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A heading at `level`, so the leaflet's outline fits under whatever heading the host page puts
 * above it. HTML has six levels; deeper ones become `role="heading"` with `aria-level`, which
 * screen readers announce the same way.
 */
export function heading(level: number, content: unknown, className: string, id = '', part = ''): TemplateResult {
  const tag = HEADINGS[level - 1];
  if (!tag) {
    return html`<div role="heading" aria-level=${level} class=${className} id=${id || nothing} part=${part || nothing}>${content}</div>`;
  }
  return staticHtml`<${tag} class=${className} id=${id || nothing} part=${part || nothing}>${content}</${tag}>`;
}
