import { html, nothing, type TemplateResult } from 'lit';

/**
 * A heading at `level`, so the leaflet's outline fits under whatever heading the host page puts
 * above it. HTML has six levels; deeper ones become `role="heading"` with `aria-level`, which
 * screen readers announce the same way.
 */
export function heading(level: number, content: unknown, className: string, id = '', part = ''): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class=${className} id=${id || nothing} part=${part || nothing}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} id=${id || nothing} part=${part || nothing}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} id=${id || nothing} part=${part || nothing}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} id=${id || nothing} part=${part || nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} id=${id || nothing} part=${part || nothing}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} id=${id || nothing} part=${part || nothing}>${content}</h6>`;
    default:
      return html`<div role="heading" aria-level=${level} class=${className} id=${id || nothing} part=${part || nothing}>${content}</div>`;
  }
}
