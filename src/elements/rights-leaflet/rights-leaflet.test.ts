import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { intlLocale } from '../../core/i18n/intl-locale.js';
import ar from '../../locales/ar.json';
import cy from '../../locales/cy.json';
import en from '../../locales/en.json';
import pl from '../../locales/pl.json';
import { describeAxeOverExamples } from '../../test-support/axe.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import { deepActive, inLanguage as inLanguageOf } from '../../test-support/dom.js';
import type { RightsLeaflet } from './rights-leaflet.component.js';
import { rightsLeafletExamples } from './rights-leaflet.examples.js';
import { contentPack } from './rights-leaflet.packs.js';
import { example, NS, part, parts, rightHeadings, root, text, titleHeading } from './rights-leaflet.test-helpers.js';
import './rights-leaflet.js';

// The rights and the host's own line. Beside this file: .languages (the language switcher),
// .print, .quick-exit and .packs (content packs).

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
const levelOf = (heading: Element) =>
  /^H[1-6]$/.test(heading.tagName) ? Number(heading.tagName[1]) : Number(heading.getAttribute('aria-level'));

const inLanguage = (lang: string, template: unknown) => inLanguageOf<RightsLeaflet>('rights-leaflet', lang, template);

const warnings = warningsInEachTest();
resetPageAfterEach({ media: true });

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
