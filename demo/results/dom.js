// DOM building for the results page: the page runs under a strict CSP with Trusted Types, so
// everything is made with DOM APIs (createElement, createElementNS, textContent), never as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an HTML element. `props.class` sets the class; every other prop is an attribute.
 * Children are nodes or text (never parsed as HTML); null and false are skipped.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Creates an SVG element with attributes and text content. */
export function s(tag, attributes = {}, text) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Wraps a wide table so that it scrolls sideways on a narrow screen. When it does, a hint says so,
 * and the wrapper becomes a named, focusable region, so that keyboard users can scroll it too.
 */
export function scrollable(table, captionId) {
  const wrapper = h('div', { class: 'table-scroll' }, table);
  const hint = h('p', { class: 'hint scroll-hint', hidden: '' }, 'Scroll sideways to see the whole table.');
  const update = () => {
    const scrolls = wrapper.scrollWidth > wrapper.clientWidth + 1;
    hint.hidden = !scrolls;
    if (scrolls) {
      wrapper.setAttribute('tabindex', '0');
      wrapper.setAttribute('role', 'region');
      wrapper.setAttribute('aria-labelledby', captionId);
    } else {
      wrapper.removeAttribute('tabindex');
      wrapper.removeAttribute('role');
      wrapper.removeAttribute('aria-labelledby');
    }
  };
  new ResizeObserver(update).observe(wrapper);
  return h('div', {}, hint, wrapper);
}
