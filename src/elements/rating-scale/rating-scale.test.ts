import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '../../test-support/browser.js';
import { configure } from '../../config.js';
import { describeAxeOverExamples } from '../../test-support/axe.js';
import { describeTargetSizesOverExamples } from '../../test-support/target-size.js';
import { captureSubmit, deepActive } from '../../test-support/dom.js';
import { resetPageAfterEach } from '../../test-support/page-reset.js';
import { warningsInEachTest } from '../../test-support/warnings.js';
import type { RatingScale } from './rating-scale.component.js';
import { ratingScaleExamples } from './rating-scale.examples.js';
import { example, inLanguage, part, radios } from './rating-scale.test-helpers.js';
import './rating-scale.js';

// The question, choosing, the form control and the language. Beside this file: .sending (the
// comment, sending and what follows, and the privacy notice beside the Send button).

const labels = (el: RatingScale) => [...el.shadowRoot!.querySelectorAll('label[for^="point-"]')].map((l) => l.textContent!.trim());
const legend = (el: RatingScale) => el.shadowRoot?.querySelector('legend')?.textContent?.trim() ?? '';

resetPageAfterEach();

describeAxeOverExamples('rating-scale', ratingScaleExamples);
describeTargetSizesOverExamples('rating-scale', ratingScaleExamples);

describe('<rating-scale>: the question', () => {
  it('is a fieldset whose legend is the question, with five labelled radios and none chosen', async () => {
    const el = await example('Empty');
    expect(el.shadowRoot!.querySelector('fieldset > legend')).to.exist;
    expect(legend(el)).to.equal('Overall, how did you feel about the service you received?');
    expect(labels(el)).to.deep.equal([
      'Very dissatisfied',
      'Dissatisfied',
      'Neither satisfied or dissatisfied',
      'Satisfied',
      'Very satisfied',
    ]);
    expect(radios(el).some((r) => r.checked)).to.be.false;
    expect(el.value).to.equal(null);
  });

  it('shows a `question` attribute as text, never as HTML', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale question="<img src=x onerror=alert(1)>How was it?"></rating-scale>`);
    expect(legend(el)).to.equal('<img src=x onerror=alert(1)>How was it?');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('labels only the ends of a scale that is not five points', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale max="3"></rating-scale>`);
    expect(labels(el)).to.deep.equal(['1 – Very dissatisfied', '2', '3 – Very satisfied']);
    el.max = 10;
    await el.updateComplete;
    expect(radios(el)).to.have.length(10);
  });
});

describe('<rating-scale>: choosing', () => {
  it('is chosen with Tab, arrow keys and Space, firing change and input', async () => {
    const wrapper = await fixture(html`<div><button>before</button><rating-scale></rating-scale></div>`);
    const el = wrapper.querySelector('rating-scale')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(radios(el)[0]);
    expect(el.value).to.equal(null); // Focus alone chooses nothing.
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal(1);
    const changed = oneEvent(el, 'change');
    const input = oneEvent(el, 'input');
    await sendKeys({ press: 'ArrowDown' });
    await changed;
    await input;
    expect(el.value).to.equal(2);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal(2);
  });

  it('mirrors left and right arrows in a right-to-left language', async () => {
    const el = await inLanguage('ar', html`<rating-scale value="2"></rating-scale>`);
    radios(el)[1].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal(3);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal(2);
  });

  it('keeps Up and Down in order in a right-to-left language, and wraps round both ways', async () => {
    const el = await inLanguage('ar', html`<rating-scale value="1"></rating-scale>`);
    radios(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal(2);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal(5);
    expect(deepActive()).to.equal(radios(el)[4]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.value).to.equal(1);
  });

  it('goes round to the last point on ArrowUp from the first when nothing is chosen yet', async () => {
    const wrapper = await fixture(html`<div><button>before</button><rating-scale></rating-scale></div>`);
    const el = wrapper.querySelector('rating-scale')!;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.value).to.equal(5);
    expect(deepActive()).to.equal(radios(el)[4]);
  });

  it('is chosen by pointer on the label, and a second click never clears it', async () => {
    const el = await example('Empty');
    const label = el.shadowRoot!.querySelector<HTMLLabelElement>('label[for="point-4"]')!;
    label.click();
    expect(el.value).to.equal(4);
    label.click();
    expect(el.value).to.equal(4);
    expect(radios(el)[3].checked).to.be.true;
  });

  it('does not change when readonly, but stays focusable', async () => {
    const el = await example('Readonly');
    radios(el)[0].click();
    expect(el.value).to.equal(3);
    radios(el)[2].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal(3);
    expect(radios(el)[2].checked).to.be.true;
    expect(radios(el).every((r) => !r.disabled)).to.be.true;
  });

  it('cannot be used when disabled', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale disabled></rating-scale>`);
    expect(radios(el).every((r) => r.matches(':disabled'))).to.be.true;
    radios(el)[1].click();
    expect(el.value).to.equal(null);
  });
});

describe('<rating-scale>: in a host form', () => {
  it('submits name=value, blocks a required submit until chosen, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <rating-scale name="satisfaction" required></rating-scale>
      <button>Submit</button>
    </form>`);
    const el = form.querySelector('rating-scale')!;
    await el.updateComplete;
    const submitted = captureSubmit(form);

    form.requestSubmit();
    expect(submitted()).to.equal(null);
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Select how you feel about the service you received');
    await el.updateComplete;
    expect(part(el, 'error-message')!.textContent).to.contain('Select how you feel');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('rating-error');
    expect(deepActive()).to.equal(radios(el)[0]);

    radios(el)[3].click();
    await el.updateComplete;
    expect(part(el, 'error-message')).to.equal(null);
    form.requestSubmit();
    expect(submitted()!.get('satisfaction')).to.equal('4');

    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(null);
    expect(radios(el).some((r) => r.checked)).to.be.false;
  });

  it('gives its required message in the page language', async () => {
    const el = await example('Invalid', { lang: 'cy' });
    expect(el.checkValidity()).to.be.false;
    expect(el.validationMessage).to.equal("Dewiswch sut rydych chi'n teimlo am y gwasanaeth a gawsoch");
  });

  it('is left out of FormData when disabled, directly or by a fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset><rating-scale name="a" value="2"></rating-scale></fieldset>
      <rating-scale name="b" value="5" disabled></rating-scale>
    </form>`);
    await form.querySelector('rating-scale')!.updateComplete;
    expect(new FormData(form).get('a')).to.equal('2');
    expect(new FormData(form).has('b')).to.be.false;
    form.querySelector('fieldset')!.disabled = true;
    await form.querySelector('rating-scale')!.updateComplete;
    expect(new FormData(form).has('a')).to.be.false;
    expect(radios(form.querySelector('rating-scale')!).every((r) => r.matches(':disabled'))).to.be.true;
  });

  it('resets to the value in its attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><rating-scale value="2"></rating-scale></form>`);
    const el = form.querySelector('rating-scale')!;
    await el.updateComplete;
    radios(el)[4].click();
    expect(el.value).to.equal(5);
    form.reset();
    expect(el.value).to.equal(2);
  });
});

describe('<rating-scale>: bad attributes', () => {
  const warnings = warningsInEachTest();

  it('warns once for a max out of bounds and falls back to 5', async () => {
    await fixture(html`<div><rating-scale max="11"></rating-scale><rating-scale max="11"></rating-scale></div>`);
    const el = document.querySelector<RatingScale>('rating-scale[max="11"]')!;
    await el.updateComplete;
    expect(radios(el)).to.have.length(5);
    expect(warnings.filter((w) => w.includes('max="11"'))).to.have.length(1);
    const low = await fixture<RatingScale>(html`<rating-scale max="2"></rating-scale>`);
    expect(radios(low)).to.have.length(5);
    expect(warnings.some((w) => w.includes('max="2"'))).to.be.true;
  });

  it('warns for a value outside the scale and chooses nothing', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale value="9"></rating-scale>`);
    expect(el.value).to.equal(null);
    expect(radios(el).some((r) => r.checked)).to.be.false;
    expect(warnings.some((w) => w.includes('value="9"'))).to.be.true;
  });

  it('warns for an unknown comment mode and keeps the comment box', async () => {
    const el = await fixture<RatingScale>(html`<rating-scale endpoint="/x" comment="maybe"></rating-scale>`);
    expect(el.shadowRoot!.querySelector('textarea')).to.exist;
    expect(warnings.some((w) => w.includes('comment="maybe"'))).to.be.true;
  });
});

describe('<rating-scale>: language', () => {
  it('re-renders when <html lang> changes, and takes the nearest lang across shadow roots', async () => {
    const el = await example('Empty');
    document.documentElement.lang = 'cy';
    await waitUntil(() => legend(el).startsWith('Ar y cyfan'), 'Welsh question');
    expect(labels(el)[4]).to.equal('Bodlon iawn');

    const host = await fixture<HTMLDivElement>(html`<div lang="pl"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const section = document.createElement('section');
    const inner = document.createElement('rating-scale');
    section.append(inner);
    root.append(section);
    await waitUntil(() => legend(inner).startsWith('Ogólnie'), 'Polish from the shadow host');
    root.querySelector('section')!.lang = 'ar';
    await waitUntil(() => part(inner, 'base')?.dir === 'rtl', 'Arabic from inside the shadow root');
    expect(legend(inner)).to.equal('بشكل عام، ما رأيك في الخدمة التي تلقيتها؟');
  });

  it('falls back from a region to its language, then to English', async () => {
    const el = await example('Empty', { lang: 'pl-PL' });
    expect(part(el, 'base')!.lang).to.equal('pl');
    const other = await example('Empty', { lang: 'xx-YY' });
    expect(part(other, 'base')!.lang).to.equal('en');
    expect(legend(other)).to.contain('Overall');
  });

  it('writes the character count in Arabic with Latin digits, in every engine', async () => {
    const el = await example('With comment', { lang: 'ar' });
    const count = part(el, 'count')!.textContent!.trim();
    expect(count)
      .to.contain('1,250')
      .and.not.match(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it('takes host strings from configure()', async () => {
    configure({ resources: { en: { rating: { question: 'How did PC Smith do?' } } } });
    const el = await example('Empty');
    await waitUntil(() => legend(el) === 'How did PC Smith do?');
  });
});
