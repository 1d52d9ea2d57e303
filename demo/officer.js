// The officer's page: builds the victim's landing-page address from the form, with the officer's
// collar number and unit as context parameters (never a crime reference: the address stays in the
// victim's browser history), and shows it as a printable, downloadable <qr-badge>. The receiver
// signs the collar number and unit (POST /api/links, signed-in staff only) and the signature goes
// in the address as `sig`: ratings from a code without it are kept but never count toward the
// officer's figures. Nothing typed here is stored.
const form = document.getElementById('officer-form');
const status = document.getElementById('code-status');
const card = document.getElementById('badge-card');
const slot = document.getElementById('badge-slot');
const printRow = document.getElementById('print-row');
const fields = ['officer', 'unit'].map((name) => form.elements.namedItem(name));

let badge = null;
let announced = '';

let session = null;
let signing = 0;

function landingUrl(officer, unit, sig) {
  const url = new URL('/', location.origin);
  url.searchParams.set('officer', officer);
  url.searchParams.set('unit', unit);
  url.searchParams.set('src', 'qr');
  if (sig) url.searchParams.set('sig', sig);
  return url.href;
}

/** Asks the receiver to sign the collar number and unit. Resolves to the signature, or null. */
async function sign(officer, unit) {
  const response = await fetch('/api/links', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf },
    body: JSON.stringify({ officer, unit }),
  });
  if (!response.ok) return { error: (await response.json().catch(() => ({}))).message ?? `The receiver answered ${response.status}.` };
  return { sig: (await response.json()).sig };
}

/** With UNITS_FILE, the unit is chosen from the force's list rather than typed. */
function offerUnits(units) {
  if (!units.length) return;
  const input = form.elements.namedItem('unit');
  const select = document.createElement('select');
  select.id = input.id;
  select.name = input.name;
  select.setAttribute('aria-describedby', 'unit-hint');
  select.append(new Option('Choose your unit', ''));
  const boroughs = new Map();
  for (const unit of units) {
    if (!boroughs.has(unit.borough)) {
      const group = document.createElement('optgroup');
      group.label = unit.borough;
      boroughs.set(unit.borough, group);
      select.append(group);
    }
    boroughs.get(unit.borough).append(new Option(unit.name, unit.code));
  }
  input.replaceWith(select);
  document.getElementById('unit-hint').textContent = 'Choose the unit or team you work in.';
  fields[1] = select;
}

function say(message) {
  // Only changes are announced, not every keystroke.
  if (message !== announced) status.textContent = announced = message;
}

async function update() {
  const [officer, unit] = fields.map((field) => field.value.trim());
  const ready = Boolean(session && officer && unit);
  card.hidden = !ready;
  printRow.hidden = !ready;
  if (!session) return;
  if (!ready) {
    say('Enter your collar number and unit to make the code.');
    return;
  }
  const ticket = ++signing;
  const signed = await sign(officer, unit);
  if (ticket !== signing) return; // a later change is being signed
  if (signed.error) {
    card.hidden = true;
    printRow.hidden = true;
    say(`The code could not be made: ${signed.error}`);
    return;
  }
  if (!badge) {
    badge = document.createElement('qr-badge');
    badge.downloadable = true;
    badge.size = '12rem';
    slot.append(badge);
  }
  badge.value = landingUrl(officer, unit, signed.sig);
  badge.label = `Feedback QR code, officer ${officer}, ${unit}`;
  say('Your code is ready.');
}

async function main() {
  const [me, units] = await Promise.all([
    fetch('/api/session', { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .catch(() => null),
    fetch('/api/units')
      .then((r) => (r.ok ? r.json() : { units: [] }))
      .catch(() => ({ units: [] })),
  ]);
  offerUnits(units.units);
  session = me;
  if (!session) {
    // Only the receiver can sign a code, and only for someone signed in.
    form.hidden = true;
    const link = document.getElementById('signin-link');
    link.hidden = false;
    say('Sign in to make your code. Codes are signed by the receiver, so that feedback counts for you.');
    return;
  }
  if (session.role === 'officer') {
    // An officer account makes codes for its own collar number only.
    fields[0].value = session.name;
    fields[0].readOnly = true;
  }
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}

form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('print-button').addEventListener('click', () => window.print());
main();
