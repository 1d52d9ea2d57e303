import { expect } from '@open-wc/testing';
import * as classes from './classes.js';

// This file runs in a page of its own, so nothing else has defined the elements.
describe('the classes-only entry', () => {
  it('exports every class and defines no element, so a host can choose its own tag names', () => {
    for (const tag of ['rating-scale', 'qr-badge', 'feedback-channel-picker', 'rights-leaflet', 'quick-exit']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
    expect(Object.keys(classes)).to.include.members([
      'RatingScale',
      'QrBadge',
      'FeedbackChannelPicker',
      'RightsLeaflet',
      'QuickExit',
      'configure',
      'clearOutbox',
    ]);
  });

  it('lets a host register a class under its own tag', async () => {
    customElements.define('force-rating', classes.RatingScale);
    const element = document.createElement('force-rating') as InstanceType<typeof classes.RatingScale>;
    document.body.append(element);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelectorAll('input[type="radio"]')).to.have.length(5);
    element.remove();
  });

  it('draws the leaflet\u2019s QR code and quick exit under tags of the leaflet\u2019s own when the host names the leaflet alone', async () => {
    customElements.define('force-leaflet', classes.RightsLeaflet);
    const leaflet = document.createElement('force-leaflet') as InstanceType<typeof classes.RightsLeaflet>;
    leaflet.setAttribute('feedback-href', 'https://example.police.uk/feedback');
    leaflet.setAttribute('quick-exit-href', 'https://www.bbc.co.uk/weather');
    document.body.append(leaflet);
    await leaflet.updateComplete;
    const code = leaflet.shadowRoot!.querySelector('.feedback__code') as InstanceType<typeof classes.QrBadge>;
    const exit = leaflet.shadowRoot!.querySelector('.quick-exit') as InstanceType<typeof classes.QuickExit>;
    // The default tags stay free for the host (or another copy of the library).
    expect([code.localName, exit.localName]).to.deep.equal(['force-leaflet-qr-badge', 'force-leaflet-quick-exit']);
    expect(customElements.get('qr-badge')).to.equal(undefined);
    await code.updateComplete;
    await exit.updateComplete;
    expect(code).to.be.instanceOf(classes.QrBadge);
    expect(code.shadowRoot!.querySelector('svg[role="img"] path')?.getAttribute('d')).to.match(/^M/);
    expect(exit.shadowRoot!.querySelector('button')).to.not.equal(null);
    leaflet.remove();
  });

  it('draws the leaflet\u2019s QR code with the host\u2019s own tag for it, where the host named that class too', async () => {
    customElements.define('force-qr', classes.QrBadge);
    customElements.define('force-leaflet-two', class extends classes.RightsLeaflet {});
    const leaflet = document.createElement('force-leaflet-two') as InstanceType<typeof classes.RightsLeaflet>;
    leaflet.setAttribute('feedback-href', 'https://example.police.uk/feedback');
    document.body.append(leaflet);
    await leaflet.updateComplete;
    const code = leaflet.shadowRoot!.querySelector('.feedback__code') as InstanceType<typeof classes.QrBadge>;
    const named = typeof (customElements as { getName?: unknown }).getName === 'function';
    // Engines without customElements.getName() cannot find the host's name: they derive one.
    expect(code.localName).to.equal(named ? 'force-qr' : 'force-leaflet-two-qr-badge');
    await code.updateComplete;
    expect(code.shadowRoot!.querySelector('svg[role="img"] path')).to.not.equal(null);
    leaflet.remove();
  });
});
