/**
 * victim-care-elements: importing this module defines every element.
 * For one element only, import `victim-care-elements/<tag>.js`; for the classes without
 * registering anything, `victim-care-elements/classes.js`.
 */
import './elements/rating-scale/rating-scale.js';
import './elements/qr-badge/qr-badge.js';
import './elements/feedback-channel-picker/feedback-channel-picker.js';
import './elements/rights-leaflet/rights-leaflet.js';
import './elements/quick-exit/quick-exit.js';

export * from './classes.js';
