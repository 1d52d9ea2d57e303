// The feedback pages pass on the signature of a signed officer link (`sig`, made by the receiver
// when an officer prints a code) beside the default context parameters, so that the receiver can
// tell a rating from a real officer's code from one for a made-up officer. `configure` comes from
// the same script-tag entry the page already loads (and its shared runtime), not a second copy.
import { configure } from '/dist/cdn/rating-scale.js';

configure({ contextParams: ['officer', 'unit', 'src', 'sig'] });
