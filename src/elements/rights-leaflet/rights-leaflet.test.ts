import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '../../test-support/browser.js';
import { configure, resetConfig } from '../../config.js';
import { intlLocale } from '../../core/i18n/intl-locale.js';
import { delivery } from '../../core/transport/delivery.js';
import { ratingPayload } from '../rating-scale/rating-scale.payload.js';
import ar from '../../locales/ar.json';
import cy from '../../locales/cy.json';
import en from '../../locales/en.json';
import pl from '../../locales/pl.json';
import { describeAxeOverExamples } from '../../test-support/axe.js';
import { renderExample, type ExampleOptions } from '../../test-support/examples.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import { deepActive, inLanguage as inLanguageOf } from '../../test-support/dom.js';
import { RightsLeaflet } from './rights-leaflet.component.js';
import { rightsLeafletExamples } from './rights-leaflet.examples.js';
import { contentPack, registerContentPack } from './rights-leaflet.packs.js';
import './rights-leaflet.js';

/** The 12 rights as gov.uk/victims-code titles them (../shared/CONTENT.md). */
const OFFICIAL_TITLES = [
  'To be able to understand and to be understood',
  'To have the details of the crime recorded without unjustified delay',
  'To be provided with information when reporting the crime',
  'To be referred to services that support victims and have services and support tailored to your needs',
  'To be provided with information about compensation',
  'To be provided with information about the investigation and prosecution',
  'To make a Victim Personal Statement',
  'To be given information about the trial, trial process and your role as a witness',
  'To be given information about the outcome of the case and any appeals',
  'To be paid expenses and have property returned',
  'To be given information about the offender following a conviction',
  'To make a complaint about your rights not being met',
];
const NS = 'pack-england-wales-2021';
/** The pack as shipped: i18next merges overrides into the very object it was given. */
const shipped = structuredClone(en[NS]);

const root = (el: RightsLeaflet) => el.shadowRoot!;
const part = (el: RightsLeaflet, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: RightsLeaflet, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rightHeadings = (el: RightsLeaflet) => parts(el, 'right').map((right) => right.firstElementChild as HTMLElement);
const levelOf = (heading: Element) =>
  /^H[1-6]$/.test(heading.tagName) ? Number(heading.tagName[1]) : Number(heading.getAttribute('aria-level'));
const titleHeading = (el: RightsLeaflet) => root(el).querySelector<HTMLElement>('.title')!;
const languageButtons = (el: RightsLeaflet) => parts(el, 'language-button') as HTMLButtonElement[];

const inLanguage = (lang: string, template: unknown) => inLanguageOf<RightsLeaflet>('rights-leaflet', lang, template);
/** The example called `name` (rights-leaflet.examples.ts), drawn as its story is. */
const example = (name: string, options?: ExampleOptions) =>
  renderExample<RightsLeaflet>('rights-leaflet', rightsLeafletExamples, name, options);

/** The leaflet's `<quick-exit>`, made to record where it would go instead of leaving the test page. */
function recordExit(el: RightsLeaflet): string[] {
  const visited: string[] = [];
  const exit = root(el).querySelector('quick-exit')!;
  (exit as unknown as { navigate: (href: string) => void }).navigate = (href) => void visited.push(href);
  return visited;
}
const closeOverlay = (el: RightsLeaflet) => root(el).querySelector('quick-exit')?.shadowRoot?.querySelector('dialog')?.close();

const warnings = warningsInEachTest();
afterEach(async () => {
  resetConfig();
  localStorage.clear();
  document.documentElement.lang = 'en';
  await emulateMedia({ media: 'screen' });
});

describeAxeOverExamples('rights-leaflet', rightsLeafletExamples, (element) => {
  expect(parts(element, 'right').length).to.be.greaterThan(0);
});
describeTargetSizesOverExamples('rights-leaflet', rightsLeafletExamples);

describe('<rights-leaflet>: the rights', () => {
  it('shows the 12 rights of the Code in force, titled exactly as gov.uk titles them', async () => {
    const el = await example('Compact');
    const headings = rightHeadings(el);
    expect(headings.map((h) => text(h.querySelector('.right__title')))).to.deep.equal(OFFICIAL_TITLES);
    expect(headings.map((h) => text(h.querySelector('.right__number')))).to.deep.equal(OFFICIAL_TITLES.map((_, i) => `Right ${i + 1}`));
    expect(part(el, 'rights')!.tagName).to.equal('OL');
  });

  it('puts the title at heading-level (default 2), sections one below and rights two below', async () => {
    const el = await example('Full');
    expect(titleHeading(el).tagName).to.equal('H2');
    const sections = [...root(el).querySelectorAll('.section__heading')];
    expect(sections.length).to.be.greaterThan(4);
    expect(sections.every((h) => h.tagName === 'H3')).to.be.true;
    expect(rightHeadings(el).map((h) => h.tagName)).to.deep.equal(Array(12).fill('H4'));

    el.headingLevel = 1;
    await el.updateComplete;
    expect(titleHeading(el).tagName).to.equal('H1');
    expect(rightHeadings(el).every((h) => h.tagName === 'H3')).to.be.true;
  });

  it('uses role="heading" with aria-level past h6, and falls back to 2 with a warning when the level is invalid', async () => {
    const deep = await example('Under a level 4 heading');
    expect(titleHeading(deep).tagName).to.equal('H5');
    expect(root(deep).querySelector('.section__heading')!.tagName).to.equal('H6');
    for (const heading of rightHeadings(deep)) {
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(levelOf(heading)).to.equal(7);
    }
    const wrong = await fixture<RightsLeaflet>(html`<rights-leaflet heading-level="9"></rights-leaflet>`);
    expect(titleHeading(wrong).tagName).to.equal('H2');
    expect(warnings.some((w) => w.includes('heading-level="9"'))).to.be.true;
  });

  it('opens and closes each right\u2019s details with Enter and Space on the summary', async () => {
    const el = await example('Compact');
    const details = parts(el, 'details') as HTMLDetailsElement[];
    expect(details).to.have.length(12);
    expect(details.every((d) => !d.open)).to.be.true;
    const summary = details[0]!.querySelector('summary')!;
    expect(text(summary)).to.equal(`More about this right: ${OFFICIAL_TITLES[0]}`);
    summary.focus();
    expect(deepActive()).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details[0]!.open).to.be.true;
    expect(details[0]!.querySelector('li')!.checkVisibility()).to.be.true;
    await sendKeys({ press: 'Space' });
    expect(details[0]!.open).to.be.false;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(details[1]!.querySelector('summary'));
    await sendKeys({ press: 'Space' });
    expect(details[1]!.open).to.be.true;
  });

  it('covers who the Code is for, enhanced rights, complaints and every support number', async () => {
    const el = await example('Compact');
    const headings = [...root(el).querySelectorAll('.section__heading')].map(text);
    expect(headings).to.include.members(['Who the Code is for', 'Extra help for some victims', 'How to complain', 'Help and support']);
    const complain = root(el).querySelector('.section--complain')!;
    expect(text(complain)).to.contain('within 10 working days');
    expect(text(complain)).to.contain('Since 29 January 2025');
    expect(text(complain)).to.contain('You do not need to ask an MP first');
    expect(complain.querySelector('a[href="tel:03450154033"]')).to.exist;
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), text(a)]);
    // Each number's whole line is the link, so its name says what it does ("Call 101").
    expect(links).to.deep.include.members([
      ['tel:999', 'If you are in danger now, call 999.'],
      ['tel:999', 'Call 999'],
      ['tel:18000', 'Textphone 18000'],
      ['tel:101', 'Call 101'],
      ['tel:18001101', 'Textphone 18001 101'],
      ['tel:08081689111', 'Call 08 08 16 89 111'],
      ['tel:08081689291', 'Call 0808 168 9291'],
      ['tel:03003321000', 'Call 0300 332 1000'],
      ['tel:03000033601', 'Call 0300 003 3601'],
      ['tel:08081689293', 'Call 0808 168 9293'],
      ['tel:03450154033', 'Call 0345 015 4033'],
    ]);
    expect(text(part(el, 'emergency'))).to.equal('If you are in danger now, call 999.');
    // The Ombudsman is listed with the complaint, not a second time under support.
    expect(root(el).querySelectorAll('[data-service="ombudsman"]')).to.have.length(1);
  });

  it('never shows the out-of-date numbers, in any language', () => {
    for (const file of [en, cy, pl, ar]) {
      const all = JSON.stringify(file);
      expect(all).not.to.contain('0845 30 30 900');
      expect(all).not.to.contain('0800 358 3601');
    }
  });

  it('keeps each translation in step with English: the same rights, no numbers of its own, the same meta', () => {
    const source = en[NS];
    for (const file of [cy, pl, ar]) {
      const pack = file[NS];
      expect(Object.keys(pack.rights)).to.deep.equal(Object.keys(source.rights));
      expect(Object.keys(pack.services.items)).to.deep.equal(Object.keys(source.services.items));
      expect(JSON.stringify(pack.services.items)).not.to.match(/"(phone|textphone)"/);
      expect(pack.meta).to.deep.equal(source.meta);
      expect(Object.keys(file.rights).sort()).to.deep.equal(Object.keys(en.rights).sort());
    }
    expect(contentPack('england-wales-2021')).to.deep.equal({ namespace: NS, version: '1.0', lastChecked: '2026-11-29' });
  });

  it('calls the Code a statutory code the police must follow by law, never "a law" (s.34 of the 2004 Act)', async () => {
    const el = await example('Compact');
    const all = text(part(el, 'leaflet'));
    expect(all).to.contain("The Victims' Code is a code that the police and others must follow by law in England and Wales.");
    expect(all).not.to.match(/is a law\b/i);
  });

  it('shows the pack\u2019s version and last-checked date, its sources, and says when a translation is a draft', async () => {
    const el = await example('Compact');
    const footer = part(el, 'footer')!;
    expect(text(footer)).to.contain('Version 1.0. Last checked on 29/11/2026.');
    expect([...footer.querySelectorAll('a')].map((a) => a.href)).to.deep.equal([
      'https://www.gov.uk/victims-code',
      'https://www.legislation.gov.uk/uksi/2020/1314/made',
    ]);
    expect(footer.querySelector('.footer__draft')).to.equal(null);
    const welsh = await example('Compact', { lang: 'cy' });
    // Every language writes the date in the same style, in figures, never in English words
    // (Chrome has no Welsh month names).
    expect(text(part(welsh, 'footer'))).to.contain('29/11/2026');
    expect(text(part(welsh, 'footer'))).not.to.contain('November');
    const polish = await example('Compact', { lang: 'pl' });
    expect(text(part(polish, 'footer'))).to.contain('29.11.2026');
    const arabic = await example('Compact', { lang: 'ar' });
    // As the element writes it, through the project's Intl locale: Latin digits in every engine.
    const arabicDate = new Intl.DateTimeFormat(intlLocale('ar'), {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(2026, 10, 29));
    expect(text(part(arabic, 'footer'))).to.contain(arabicDate);
    expect(arabicDate).not.to.match(/[\u0600-\u06ff]{3,}/); // No month name.
    expect(arabicDate).to.match(/29\D+11\D+2026/); // Latin digits.
    expect(text(part(welsh, 'footer')!.querySelector('.footer__draft'))).to.contain("Nid yw'r cyfieithiad hwn wedi'i wirio eto.");
  });
});

describe('<rights-leaflet>: the host\u2019s own line and feedback', () => {
  it('shows the host line with its hours in the reader\u2019s language, the number left to right', async () => {
    const el = await example('Arabic, right to left');
    const contact = part(el, 'contact')!;
    const link = contact.querySelector<HTMLAnchorElement>('a[href="tel:02072301212"]')!;
    expect(link.querySelector('bdi')!.dir).to.equal('ltr');
    expect(text(contact.querySelector('.section__heading'))).to.equal('تواصل مع Metropolitan Police');
    expect(contact.querySelectorAll('.hours li')).to.have.length(2);
    expect(text(contact.querySelector('.hours li'))).to.contain('الاثنين');

    const english = await fixture<RightsLeaflet>(
      html`<rights-leaflet phone-number="020 7230 1212" phone-hours="Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00"></rights-leaflet>`,
    );
    expect([...part(english, 'contact')!.querySelectorAll('.hours li')].map(text)).to.deep.equal([
      'Monday to Friday: 08:00 to 20:00',
      'Saturday and Sunday: 08:00 to 16:00',
    ]);
    expect(text(part(english, 'contact')!.querySelector('p'))).to.equal('Call us on 020 7230 1212.');

    // Chrome has no Welsh day names; the leaflet's own translations stand in, never English.
    const welsh = await inLanguage(
      'cy',
      html`<rights-leaflet phone-number="020 7230 1212" phone-hours="Mo-Fr 08:00-20:00; Sa-Su 08:00-16:00"></rights-leaflet>`,
    );
    const rows = [...part(welsh, 'contact')!.querySelectorAll('.hours li')].map(text);
    expect(rows).to.have.length(2);
    expect(rows[0]).to.match(/^Dydd Llun i Dydd Gwener: 08:00 i 20:00$|^dydd Llun/i);
    expect(rows.join(' ')).not.to.match(/Monday|Saturday/);
  });

  it('shows opening times it cannot read as written, with a warning', async () => {
    const el = await fixture<RightsLeaflet>(
      html`<rights-leaflet phone-number="0300 123 4567" phone-hours="Weekends only, 10am to 2pm"></rights-leaflet>`,
    );
    expect(text(part(el, 'contact'))).to.contain('Opening times: Weekends only, 10am to 2pm');
    expect(warnings.some((w) => w.includes('phone-hours="Weekends only, 10am to 2pm"'))).to.be.true;
  });

  it('links to feedback-href and draws it as a QR code with an absolute address', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet feedback-href="/give-feedback?src=qr"></rights-leaflet>`);
    const absolute = new URL('/give-feedback?src=qr', document.baseURI).href;
    const feedback = part(el, 'feedback')!;
    expect(feedback.querySelector<HTMLAnchorElement>('a.button')!.href).to.equal(absolute);
    const badge = feedback.querySelector('qr-badge')!;
    expect(badge.getAttribute('value')).to.equal(absolute);
    expect(badge.getAttribute('label')).to.equal('QR code to give feedback on the service you received');
    await badge.updateComplete;
    expect(badge.shadowRoot!.querySelector('svg[role="img"]')).to.exist;
  });

  it('refuses a feedback-href that is not http(s)', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet feedback-href="javascript:alert(1)"></rights-leaflet>`);
    expect(part(el, 'feedback')).to.equal(null);
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    expect(warnings.some((w) => w.includes('feedback-href="javascript:alert(1)"'))).to.be.true;
  });
});

describe('<rights-leaflet>: the language switcher', () => {
  it('lists each language in its own name, marked with its own lang', async () => {
    const el = await example('Full');
    await waitUntil(() => text(languageButtons(el)[1]) === 'Cymraeg', 'Welsh named in Welsh');
    expect(languageButtons(el).map((b) => [text(b), b.lang, b.getAttribute('aria-pressed')])).to.deep.equal([
      ['English', 'en', 'true'],
      ['Cymraeg', 'cy', 'false'],
      ['Polski', 'pl', 'false'],
      ['العربية', 'ar', 'false'],
    ]);
    expect(languageButtons(el)[3]!.dir).to.equal('rtl');
    expect(part(el, 'languages')!.getAttribute('role')).to.equal('group');
    const label = root(el).getElementById(part(el, 'languages')!.getAttribute('aria-labelledby')!);
    expect(text(label)).to.equal('Choose a language');
  });

  it('changes language and direction in place, keeps focus on the switcher, and emits language-change', async () => {
    const el = await example('Full');
    const base = part(el, 'base')!;
    const welsh = languageButtons(el)[1]!;
    welsh.focus();
    const changed = oneEvent(el, 'language-change');
    await sendKeys({ press: 'Enter' });
    expect(((await changed) as CustomEvent).detail).to.deep.equal({ lang: 'cy' });
    await el.updateComplete;
    expect(part(el, 'base')).to.equal(base); // The same nodes, re-rendered in place.
    expect(base.lang).to.equal('cy');
    expect(text(titleHeading(el))).to.equal('Eich hawliau fel dioddefwr trosedd');
    expect(deepActive()).to.equal(welsh);
    expect(welsh.getAttribute('aria-pressed')).to.equal('true');
    expect(el.hasAttribute('lang')).to.be.false; // The host's own attributes are left alone.

    const arabic = languageButtons(el)[3]!;
    arabic.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => base.dir === 'rtl', 'right to left');
    expect(base.lang).to.equal('ar');
    expect(text(titleHeading(el))).to.equal('حقوقك بصفتك ضحية جريمة');
    expect(deepActive()).to.equal(arabic);
    // The nested QR code follows the wrapper's language too.
    const badge = part(el, 'feedback')!.querySelector('qr-badge')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('[part="base"]')?.getAttribute('dir') === 'rtl', 'qr-badge in Arabic');
  });

  it('keeps the chosen language when the page language changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><rights-leaflet languages="en pl"></rights-leaflet><rights-leaflet></rights-leaflet></div>`,
    );
    const [el, other] = [...wrapper.querySelectorAll('rights-leaflet')] as RightsLeaflet[];
    languageButtons(el!)[1]!.click();
    await waitUntil(() => part(el!, 'base')!.lang === 'pl');
    document.documentElement.lang = 'cy';
    // Once a leaflet without a choice has followed the page into Welsh, the change has reached both.
    await waitUntil(() => part(other!, 'base')!.lang === 'cy', 'the other leaflet follows the page');
    await el!.updateComplete;
    expect(part(el!, 'base')!.lang).to.equal('pl');
    expect(languageButtons(el!)[1]!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('shows no switcher for fewer than two languages', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet languages="en"></rights-leaflet>`);
    expect(part(el, 'languages')).to.equal(null);
  });
});

describe('<rights-leaflet>: print', () => {
  it('in print media hides the controls and summaries and shows every detail, and the QR code is at least 25 mm', async () => {
    const el = await fixture<RightsLeaflet>(
      html`<rights-leaflet languages="en cy" quick-exit-href="https://www.bbc.co.uk/weather" feedback-href="https://example.org/f"></rights-leaflet>`,
    );
    const firstDetail = root(el).querySelector('.right__list li')!;
    expect(firstDetail.checkVisibility()).to.be.false; // Closed on screen.
    expect(getComputedStyle(part(el, 'languages')!).display).not.to.equal('none');

    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'languages')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.quick-exit')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('summary')!).display).to.equal('none');
    expect(getComputedStyle(root(el).querySelector('.feedback__link')!).display).to.equal('none');
    // Even with no beforeprint (a PDF made by a headless browser), closed details print.
    expect(firstDetail.checkVisibility()).to.be.true;
    expect(getComputedStyle(part(el, 'rights')!).columnCount).to.equal('2');
    const badge = part(el, 'feedback')!.querySelector('qr-badge')!;
    const code = badge.shadowRoot!.querySelector('svg')!;
    const mm = code.getBoundingClientRect().width / (96 / 25.4);
    expect(mm).to.be.at.least(25);
    expect(text(badge.shadowRoot!.querySelector('[part="address"]'))).to.contain('https://example.org/f');
  });

  it('opens every detail on beforeprint and closes again only those it opened on afterprint', async () => {
    const el = await example('Compact');
    const details = parts(el, 'details') as HTMLDetailsElement[];
    details[2]!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(details.every((d) => d.open)).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    expect(details.map((d) => d.open)).to.deep.equal(details.map((_, i) => i === 2));
  });

  it('print() prints with every detail open, then restores them', async () => {
    const el = await example('Compact');
    const details = parts(el, 'details') as HTMLDetailsElement[];
    const original = window.print;
    const seen: boolean[][] = [];
    window.print = () => void seen.push(details.map((d) => d.open));
    try {
      el.print();
    } finally {
      window.print = original;
    }
    expect(seen).to.deep.equal([Array(12).fill(true)]);
    expect(details.every((d) => !d.open)).to.be.true;
  });
});

describe('<rights-leaflet>: quick exit', () => {
  const waitingPayload = () => {
    const payload = ratingPayload({ locale: 'en', value: 2, max: 5, comment: 'private' });
    delivery().outbox.put({ endpoint: '/nowhere', payload });
    expect(delivery().outbox.entries()).to.have.length(1);
  };

  it('draws a <quick-exit> first, before the language switcher and the leaflet, going to quick-exit-href', async () => {
    waitingPayload();
    const el = await example('Quick exit');
    const exit = part(el, 'quick-exit')!;
    expect(exit.localName).to.equal('quick-exit');
    expect(part(el, 'base')!.firstElementChild).to.equal(exit);
    const visited = recordExit(el);
    await (exit as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    exit.shadowRoot!.querySelector('button')!.click();
    expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    expect(delivery().outbox.entries()).to.have.length(0);
    closeOverlay(el);
  });

  it('leaves when Shift is pressed three times, through its <quick-exit>', async () => {
    const el = await example('Quick exit');
    const visited = recordExit(el);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    closeOverlay(el);
  });

  it('quickExit() leaves as the button does', async () => {
    const el = await example('Quick exit');
    const visited = recordExit(el);
    el.quickExit();
    expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
    closeOverlay(el);
  });

  it('is off, with a warning, for an address that is not http(s)', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet quick-exit-href="javascript:alert(1)"></rights-leaflet>`);
    expect(part(el, 'quick-exit')).to.equal(null);
    expect(warnings.some((w) => w.includes('quick-exit-href="javascript:alert(1)"'))).to.be.true;
  });

  it('has no Shift listener of its own when quick exit is not set', async () => {
    const el = await example('Compact');
    expect(part(el, 'quick-exit')).to.equal(null);
    const before = location.href;
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(location.href).to.equal(before);
  });
});

describe('<rights-leaflet>: content packs', () => {
  const injected = '<img src=x onerror="window.__leafletInjected=true">';

  it('renders every string of a custom pack as text, never as HTML', async () => {
    configure({
      resources: {
        en: {
          'pack-hostile': {
            meta: { sources: ['javascript:alert(1)', 'https://example.org/rules'] },
            title: `Title ${injected}`,
            intro: [`Intro ${injected}`],
            rightsHeading: `Rights ${injected}`,
            rights: { one: { title: `Right ${injected}`, summary: `Summary ${injected}`, details: [`Detail ${injected}`, 42] } },
            sections: { extra: { heading: `Section ${injected}`, paragraphs: [`Paragraph ${injected}`], services: ['line'] } },
            services: { heading: 'Call', items: { line: { name: `Name ${injected}`, phone: '0300 000 0000', note: `Note ${injected}` } } },
          },
        },
      },
    });
    registerContentPack('hostile', { namespace: 'pack-hostile', version: `<b>1</b>`, lastChecked: '2026-11-29' });
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet content="hostile"></rights-leaflet>`);
    expect(root(el).querySelector('img, b')).to.equal(null);
    expect(text(titleHeading(el))).to.equal(`Title ${injected}`);
    expect(text(root(el).querySelector('.right__title'))).to.equal(`Right ${injected}`);
    expect([...root(el).querySelectorAll('.right__list li')].map(text)).to.deep.equal([`Detail ${injected}`]); // 42 is not a string: dropped.
    expect(text(part(el, 'service')!.querySelector('.service__name'))).to.equal(`Name ${injected}`);
    expect(text(part(el, 'footer'))).to.contain('Version <b>1</b>.');
    expect([...part(el, 'footer')!.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(['https://example.org/rules']);
    expect((window as unknown as { __leafletInjected?: boolean }).__leafletInjected).to.equal(undefined);
  });

  it('shows a pack registered after the leaflet appeared, and the default pack (with a warning) until then', async () => {
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet content="late-2026"></rights-leaflet>`);
    expect(rightHeadings(el)).to.have.length(12);
    expect(warnings.some((w) => w.includes('content="late-2026"'))).to.be.true;
    configure({ resources: { en: { 'pack-late': { title: 'Late pack', rights: { a: { title: 'Only right', summary: 'S' } } } } } });
    registerContentPack('late-2026', { namespace: 'pack-late', version: '2', lastChecked: '2026-01-31' });
    await el.updateComplete;
    expect(text(titleHeading(el))).to.equal('Late pack');
    expect(rightHeadings(el)).to.have.length(1);
    expect(part(el, 'details')).to.equal(null); // No details: no disclosure.
    expect(text(part(el, 'footer'))).to.contain('Version 2. Last checked on 31/01/2026.');
  });

  it('refuses a registration with a bad namespace, and shows no date for a bad lastChecked', async () => {
    registerContentPack('bad', { namespace: 'pack:bad', version: '1', lastChecked: '2026-11-29' });
    expect(contentPack('bad')).to.equal(undefined);
    registerContentPack('undated', { namespace: 'pack-england-wales-2021', version: '9', lastChecked: '29/11/2026' });
    const el = await fixture<RightsLeaflet>(html`<rights-leaflet content="undated"></rights-leaflet>`);
    expect(text(part(el, 'footer')!.querySelector('p'))).to.equal('Version 9.');
    expect(warnings.filter((w) => w.includes('registerContentPack')).length).to.equal(2);
  });

  it('lets a host override a number once, in English, for every language', async () => {
    configure({ resources: { en: { [NS]: { services: { items: { victimSupport: { phone: '0808 000 0000' } } } } } } });
    const welsh = await example('Compact', { lang: 'cy' });
    const card = root(welsh).querySelector('[data-service="victimSupport"]')!;
    expect(text(card.querySelector('.service__name'))).to.equal('Llinell Gymorth Cymorth i Ddioddefwyr (Victim Support)');
    expect(card.querySelector('a')!.getAttribute('href')).to.equal('tel:08080000000');
    // Lists merge item by item; an empty string drops an item (docs/content-packs.md).
    configure({ resources: { en: { [NS]: { intro: ['Changed first paragraph.', ''] } } } });
    const english = await example('Compact');
    expect([...root(english).querySelectorAll('.intro')].map(text)).to.deep.equal([
      'Changed first paragraph.',
      'You can choose what help you want.',
    ]);
    // i18next keeps added strings: put the published text back for whatever runs next.
    configure({
      resources: {
        en: { [NS]: { intro: shipped.intro, services: { items: { victimSupport: { phone: '08 08 16 89 111' } } } } },
      },
    });
  });
});
