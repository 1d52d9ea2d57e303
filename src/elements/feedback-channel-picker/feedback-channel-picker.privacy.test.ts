import { expect, fixture, html } from '@open-wc/testing';
import { configure } from '../../config.js';
import { readableText as text } from '../../test-support/dom.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import { $, ENDPOINTLESS, example, inLanguage, part, type Picker } from './feedback-channel-picker.test-helpers.js';
import './feedback-channel-picker.js';

resetPageAfterEach();

describe('<feedback-channel-picker>: privacy information', () => {
  const warnings = warningsInEachTest();

  it('links the privacy notice beside "Send me a link" wherever a number or address is asked, in the person\u2019s language', async () => {
    const el = await example('Text message with privacy notice', { lang: 'ar' });
    for (const channel of ['sms', 'email']) {
      const link = $<HTMLAnchorElement>(el, `#reveal-${channel} [part~="privacy-link"]`)!;
      expect(text(link)).to.equal('كيف نستخدم معلوماتك');
      expect(link.href).to.equal(new URL('/privacy.html', location.href).href);
      expect(link.closest('.privacy')!.previousElementSibling).to.equal($(el, `#reveal-${channel} [part~="submit"]`));
    }
    expect($(el, '#reveal-phone [part~="privacy-link"]')).to.equal(null); // Nothing is asked there.
  });

  it('is not shown where nothing is asked (links without an endpoint), nor for an address that is not http(s)', async () => {
    const links = await fixture<Picker>(
      html`<feedback-channel-picker value="sms" channels="sms" sms-number="60066" privacy-href="/privacy.html"></feedback-channel-picker>`,
    );
    expect(part(links, 'privacy-link')).to.equal(null);
    const hostile = await fixture<Picker>(html`<feedback-channel-picker value="sms" channels="sms" endpoint=${ENDPOINTLESS} organisation="x"
      privacy-href="data:text/html,hello"></feedback-channel-picker>`);
    expect(part(hostile, 'privacy-link')).to.equal(null);
    expect(warnings.filter((w) => w.includes('privacy-href="data:text/html,hello"'))).to.have.length(1);
  });
});

describe('<feedback-channel-picker>: links carry no crime details', () => {
  const search = location.search;
  afterEach(() => history.replaceState(null, '', `${location.pathname}${search}`));

  const links = (el: Picker) => ({
    sms: $(el, '#reveal-sms a')!.getAttribute('href')!,
    email: $(el, '#reveal-email a')!.getAttribute('href')!,
  });
  const picker = () => html`<feedback-channel-picker
    channels="sms email"
    sms-number="+44 7700 900 982"
    email-address="feedback@example.org"
  ></feedback-channel-picker>`;

  it('pre-fills only a neutral subject, whatever the page address holds: no reference unless the host allows ref', async () => {
    history.replaceState(null, '', `${location.pathname}?ref=12345&crime=assault&officer=PC%20Jones&unit=Lambeth&name=Jane`);
    const plain = await fixture<Picker>(picker());
    expect(links(plain)).to.deep.equal({
      sms: 'sms:+447700900982?&body=Feedback',
      email: 'mailto:feedback@example.org?subject=Feedback',
    });
    configure({ contextParams: ['officer', 'unit', 'ref', 'src'] });
    const el = await fixture<Picker>(picker());
    expect(links(el)).to.deep.equal({
      sms: 'sms:+447700900982?&body=Feedback%20%E2%80%93%20reference%2012345',
      email: 'mailto:feedback@example.org?subject=Feedback%20%E2%80%93%20reference%2012345',
    });
    for (const href of Object.values(links(el))) {
      for (const word of ['assault', 'Jones', 'Lambeth', 'Jane', 'officer', 'crime']) expect(href).not.to.contain(word);
    }
  });

  it('says only "Feedback" without a reference, in the person’s language', async () => {
    const el = await inLanguage('ar', picker());
    expect(decodeURIComponent(links(el).sms)).to.equal('sms:+447700900982?&body=ملاحظات');
    expect(decodeURIComponent(links(el).email)).to.equal('mailto:feedback@example.org?subject=ملاحظات');
    expect(text($(el, '#reveal-sms a'))).to.equal('أرسل رأيك برسالة نصية إلى الرقم +44 7700 900 982');
    expect($(el, '#reveal-sms a bdi')!.dir).to.equal('ltr');
  });
});
