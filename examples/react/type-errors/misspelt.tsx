// Must NOT type-check: scripts/test-examples.mjs expects tsc to report each line marked below.
import type {} from 'victim-care-elements/react';

export const misspelt = (
  <>
    <rating-scale questoin="How did we do?" />
    <qr-badge value="x" error-correction="Z" />
    <rights-leaflet heading-level="two" />
    <feedback-channel-picker onchannel-change={(event) => event.detail.chanel} />
  </>
);
