// The officer's page: builds the victim's landing-page address from the form, with the officer's
// collar number and unit as context parameters (never a crime reference: the address stays in the
// victim's browser history), and shows it as a printable, downloadable <qr-badge>. Nothing typed
// here is stored or sent anywhere.
const form = document.getElementById('officer-form');
const status = document.getElementById('code-status');
const card = document.getElementById('badge-card');
const slot = document.getElementById('badge-slot');
const printRow = document.getElementById('print-row');
const fields = ['officer', 'unit'].map((name) => form.elements.namedItem(name));

let badge = null;
let announced = '';

function landingUrl(officer, unit) {
  const url = new URL('/', location.origin);
  url.searchParams.set('officer', officer);
  url.searchParams.set('unit', unit);
  url.searchParams.set('src', 'qr');
  return url.href;
}

function say(message) {
  // Only changes are announced, not every keystroke.
  if (message !== announced) status.textContent = announced = message;
}

function update() {
  const [officer, unit] = fields.map((field) => field.value.trim());
  const ready = Boolean(officer && unit);
  card.hidden = !ready;
  printRow.hidden = !ready;
  if (!ready) {
    say('Enter your collar number and unit to make the code.');
    return;
  }
  if (!badge) {
    badge = document.createElement('qr-badge');
    badge.downloadable = true;
    badge.size = '12rem';
    slot.append(badge);
  }
  badge.value = landingUrl(officer, unit);
  badge.label = `Feedback QR code, officer ${officer}, ${unit}`;
  say('Your code is ready.');
}

form.addEventListener('input', update);
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('print-button').addEventListener('click', () => window.print());
update();
