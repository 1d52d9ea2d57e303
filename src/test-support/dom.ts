import { fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** The element that really has focus in `doc` (this page by default), looking inside open shadow roots. */
export function deepActive(doc: Document = document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Renders `template` inside `<div lang=…>` and returns its first `tag`, rendered. */
export async function inLanguage<T extends LitElement>(tag: string, lang: string, template: unknown): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>${template}</div>`);
  const element = wrapper.querySelector(tag) as T;
  await element.updateComplete;
  return element;
}

/** Stops `form` from navigating on submit and keeps what it would have sent; null until it submits. */
export function captureSubmit(form: HTMLFormElement): () => FormData | null {
  let submitted: FormData | null = null;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted = new FormData(form);
  });
  return () => submitted;
}

/** Text as a person reads it: spaces collapsed, invisible direction isolates left out. */
export function readableText(node: Element | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
