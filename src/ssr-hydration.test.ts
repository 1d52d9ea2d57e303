// First, before anything loads Lit: hydration support must patch LitElement as it is defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { FeedbackChannelPicker, QrBadge, RatingScale, RightsLeaflet } from './index.js';
import { serverRendered } from './test-support/ssr.js';
import './index.js';
import { configure, resetConfig } from './config.js';

// Each element rendered by Lit SSR in Node, in English and Arabic, then hydrated in the browser:
// the server's DOM is kept (no node replaced, so nothing flashes), the state is what the
// attributes say, the text is what a client-only render shows, and nothing warns.

type Console = 'warn' | 'error';
function captureConsole(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const originals = { warn: console.warn, error: console.error };
  for (const kind of ['warn', 'error'] as Console[])
    console[kind] = (...args: unknown[]) => messages.push(`${kind}: ${args.map(String).join(' ')}`);
  return { messages, restore: () => Object.assign(console, originals) };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]');
const checkedStates = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')].map((i) => i.checked);

interface Hydrated<T> {
  element: T;
  container: HTMLElement;
  serverHtml: string;
  /** The client-only render of the same markup, for comparison. */
  client: T;
}

async function renderAndHydrate<T extends LitElement>(tag: string, markup: string, lang: string): Promise<Hydrated<T>> {
  const logged = captureConsole();
  try {
    const { container, html, serverWarnings } = await serverRendered(markup, { languages: [lang] });
    const element = container.querySelector(tag) as T;
    const serverBase = base(element);
    expect(serverBase, 'the server sent a declarative shadow root').to.exist;
    const serverNodes = [...element.shadowRoot!.querySelectorAll('*')];
    await element.updateComplete;
    expect(element.hasUpdated, 'hydrated').to.be.true;
    // Hydrated in place: a mismatch would have thrown, or re-rendered into new nodes.
    expect(base(element), 'the same base element').to.equal(serverBase);
    expect(
      serverNodes.filter((node) => !node.isConnected),
      'server nodes replaced',
    ).to.deep.equal([]);
    expect(serverWarnings, 'server warnings').to.deep.equal([]);
    expect(logged.messages, 'browser warnings and errors').to.deep.equal([]);
    const clientContainer = await fixture<HTMLElement>(staticHtml`<div>${unsafeStatic(markup)}</div>`);
    const client = clientContainer.querySelector(tag) as T;
    await client.updateComplete;
    return { element, container, serverHtml: html, client };
  } finally {
    logged.restore();
  }
}

const cases = {
  en: { dir: 'ltr', question: 'Overall, how did you feel about the service you received?' },
  ar: { dir: 'rtl', question: 'بشكل عام، ما رأيك في الخدمة التي تلقيتها؟' },
} as const;

for (const [lang, expected] of Object.entries(cases)) {
  describe(`Server render and hydration, lang="${lang}"`, () => {
    const cleanup: HTMLElement[] = [];
    afterEach(() => cleanup.splice(0).forEach((node) => node.remove()));

    it('<rating-scale value="3">: only the third radio chosen, on the server and after hydration; a form control at once', async () => {
      const markup = `<form><rating-scale lang="${lang}" value="3" required></rating-scale></form>`;
      const { element, container, serverHtml, client } = await renderAndHydrate<RatingScale>('rating-scale', markup, lang);
      cleanup.push(container);
      expect(serverHtml.match(/<input[^>]*>/g)!.map((input) => /\schecked(\s|>|\/)/.test(input))).to.deep.equal([
        false,
        false,
        true,
        false,
        false,
      ]);
      expect(checkedStates(element)).to.deep.equal([false, false, true, false, false]);
      expect(element.value).to.equal(3);
      expect(base(element)!.getAttribute('lang')).to.equal(lang);
      expect(base(element)!.getAttribute('dir')).to.equal(expected.dir);
      expect(text(element.shadowRoot!.querySelector('legend'))).to.equal(expected.question);
      expect(text(base(element))).to.equal(text(base(client)));
      const form = container.querySelector('form')!;
      expect(new FormData(form).get('rating')).to.equal('3');
      expect(element.checkValidity()).to.be.true;
      // Interactive after hydration: one input, one change, each seeing the new value.
      const seen: string[] = [];
      for (const type of ['input', 'change'])
        element.addEventListener(type, () => seen.push(`${type}:${String(element.value)}:${String(new FormData(form).get('rating'))}`));
      element.shadowRoot!.querySelector<HTMLInputElement>('#point-5')!.click();
      expect(seen).to.deep.equal(['input:5:5', 'change:5:5']);
    });

    it('<qr-badge>: the code drawn on the server is the one kept, at its size', async () => {
      const markup = `<qr-badge lang="${lang}" value="https://www.example.police.uk/feedback?src=qr" size="6rem"></qr-badge>`;
      const { element, container, serverHtml, client } = await renderAndHydrate<QrBadge>('qr-badge', markup, lang);
      cleanup.push(container);
      const serverPath = /<path d="([^"]+)"/.exec(serverHtml)?.[1];
      expect(serverPath).to.match(/^M\d/);
      expect(element.shadowRoot!.querySelector('svg.code path')!.getAttribute('d')).to.equal(serverPath);
      expect(element.shadowRoot!.querySelector('svg.code path')!.getAttribute('d')).to.equal(
        client.shadowRoot!.querySelector('svg.code path')!.getAttribute('d'),
      );
      expect(element.shadowRoot!.querySelector('svg.code')!.getAttribute('aria-label')).to.equal(
        client.shadowRoot!.querySelector('svg.code')!.getAttribute('aria-label'),
      );
      expect(base(element)!.getAttribute('dir')).to.equal(expected.dir);
      expect(getComputedStyle(base(element)!).getPropertyValue('--_size').trim()).to.equal('6rem');
      expect(text(base(element))).to.equal(text(base(client)));
    });

    it('<feedback-channel-picker value="phone">: the phone line chosen and revealed, the rest hidden', async () => {
      const markup =
        `<feedback-channel-picker lang="${lang}" value="phone" web-href="https://www.example.police.uk/feedback" ` +
        `sms-number="60066" email-address="feedback@example.police.uk" phone-number="020 7230 1212"></feedback-channel-picker>`;
      const { element, container, client } = await renderAndHydrate<FeedbackChannelPicker>('feedback-channel-picker', markup, lang);
      cleanup.push(container);
      expect(checkedStates(element)).to.deep.equal([false, false, false, true]);
      expect(element.value).to.equal('phone');
      const hidden = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="reveal"]')].map((reveal) => reveal.hidden);
      expect(hidden).to.deep.equal([true, true, true, false]);
      expect(base(element)!.getAttribute('dir')).to.equal(expected.dir);
      expect(text(base(element))).to.equal(text(base(client)));
    });

    it('<rights-leaflet>: the leaflet and its QR code in the language asked for, switcher included', async () => {
      const markup =
        `<rights-leaflet lang="${lang}" languages="en ar" feedback-href="https://www.example.police.uk/feedback" ` +
        `organisation="Example Police" phone-number="020 7230 1212"></rights-leaflet>`;
      const { element, container, client } = await renderAndHydrate<RightsLeaflet>('rights-leaflet', markup, lang);
      cleanup.push(container);
      const badge = element.shadowRoot!.querySelector<QrBadge>('qr-badge')!;
      await badge.updateComplete;
      expect(badge.hasUpdated, 'the nested code hydrated too').to.be.true;
      expect(badge.shadowRoot!.querySelector('svg.code path')!.getAttribute('d')).to.match(/^M\d/);
      expect(base(badge)!.getAttribute('lang')).to.equal(lang);
      expect(base(element)!.getAttribute('dir')).to.equal(expected.dir);
      const pressed = [...element.shadowRoot!.querySelectorAll('[part~="language-button"]')].map((b) => b.getAttribute('aria-pressed'));
      expect(pressed).to.deep.equal(lang === 'en' ? ['true', 'false'] : ['false', 'true']);
      expect(text(base(element))).to.equal(text(base(client)));
    });
  });
}

describe('Server render and hydration: what only the page knows', () => {
  const address = location.href;
  afterEach(() => history.replaceState(null, '', address));

  it("writes the page's ref into the text-message and email links on hydration, which the server could not know", async () => {
    // A host that reads `ref` from the address again (not the default: docs/architecture.md).
    configure({ contextParams: ['officer', 'unit', 'ref', 'src'] });
    history.replaceState(null, '', `${location.pathname}?ref=AB12345`);
    const markup = `<feedback-channel-picker channels="sms email" sms-number="60066" email-address="feedback@example.police.uk"></feedback-channel-picker>`;
    const { element, container, serverHtml } = await renderAndHydrate<FeedbackChannelPicker>('feedback-channel-picker', markup, 'en');
    try {
      expect(serverHtml).to.not.include('AB12345');
      const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')].map((a) =>
        decodeURIComponent(a.getAttribute('href')!),
      );
      expect(links).to.have.length(2);
      for (const link of links) expect(link).to.include('AB12345');
    } finally {
      resetConfig();
      container.remove();
    }
  });
});

describe('Server render and hydration: slot="web" and a server render that cannot match', () => {
  it('hydrates a picker whose web channel is its slot="web" content', async () => {
    const markup = `<feedback-channel-picker channels="web phone" phone-number="020 7230 1212"><p slot="web">Rate us below.</p></feedback-channel-picker>`;
    const { element, container } = await renderAndHydrate<FeedbackChannelPicker>('feedback-channel-picker', markup, 'en');
    try {
      const radios = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.value);
      expect(radios).to.deep.equal(['web', 'phone']);
    } finally {
      container.remove();
    }
  });

  it('draws a picker again, with one warning, when the server offered web content the page does not have', async () => {
    const logged = captureConsole();
    let container: HTMLElement | undefined;
    try {
      ({ container } = await serverRendered(
        '<feedback-channel-picker channels="web phone" phone-number="020 7230 1212"></feedback-channel-picker>',
      ));
      const element = container.querySelector<FeedbackChannelPicker>('feedback-channel-picker')!;
      await element.updateComplete;
      const radios = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.value);
      expect(radios).to.deep.equal(['phone']);
      expect(element.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
      expect(getComputedStyle(element.shadowRoot!.querySelector('legend')!).fontWeight, 'styles still apply').to.equal('700');
      element.shadowRoot!.querySelector<HTMLInputElement>('#channel-phone')!.click();
      expect(element.value).to.equal('phone');
    } finally {
      logged.restore();
      container?.remove();
    }
    expect(logged.messages.filter((m) => m.includes('does not match the page in the browser'))).to.have.length(1);
    expect(logged.messages.filter((m) => m.includes('channel "web" needs'))).to.have.length(1);
    expect(logged.messages).to.have.length(2);
  });
});
