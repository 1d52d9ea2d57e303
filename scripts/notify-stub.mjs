// @ts-check
// `node scripts/notify-stub.mjs`: a local stand-in for GOV.UK Notify's API (demo/server/testing-notify.js),
// to try sending feedback links without a Notify account. Prints the environment to start the
// receiver with, then one line per request it receives.
import { startNotifyStub, API_KEY, SMS_TEMPLATE, EMAIL_TEMPLATE } from '../demo/server/testing-notify.js';

const stub = await startNotifyStub();
console.log('A stand-in for GOV.UK Notify is listening. Start the receiver with:\n');
console.log(`  NOTIFY_API_KEY=${API_KEY} NOTIFY_BASE_URL=${stub.base} \\`);
console.log(`  NOTIFY_SMS_TEMPLATE_ID=${SMS_TEMPLATE} NOTIFY_EMAIL_TEMPLATE_ID=${EMAIL_TEMPLATE} npm start\n`);
let seen = 0;
setInterval(() => {
  for (const n of stub.notifications.slice(seen)) {
    console.log(`POST /v2/notifications/${n.type} to ${n.to}: ${n.personalisation.link} (reference ${n.reference})`);
  }
  seen = stub.notifications.length;
}, 250);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stub.stop().then(() => process.exit(0)));
