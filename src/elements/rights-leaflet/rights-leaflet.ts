import { defineElement } from '../../define.js';
// The leaflet draws its QR code with <qr-badge>, so defining the leaflet defines that too.
import '../qr-badge/qr-badge.js';
// Its quick exit is a <quick-exit>.
import '../quick-exit/quick-exit.js';
import { RightsLeaflet } from './rights-leaflet.component.js';

export { RightsLeaflet };
defineElement('rights-leaflet', RightsLeaflet);

declare global {
  interface HTMLElementTagNameMap {
    'rights-leaflet': RightsLeaflet;
  }
}
