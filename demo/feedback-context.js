// The feedback pages pass on the signature of a signed officer link (`sig`, made by the receiver
// when an officer prints a code) beside the default context parameters, so that the receiver can
// tell a rating from a real officer's code from one for a made-up officer.
import { configure } from '/dist/victim-care-elements.js';

configure({ contextParams: ['officer', 'unit', 'ref', 'src', 'sig'] });
