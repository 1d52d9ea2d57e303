// @ts-check
// Prints the rights leaflet to PDF with Chromium's own print to PDF, in every built-in language,
// and counts the A4 pages: the leaflet promises two sides at most (npm run build first).
// PDFs go to screenshots/ (git-ignored; OUT=/tmp/… for elsewhere), and with pdftoppm installed
// (Debian: poppler-utils), each page as a PNG beside them to look at.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';
import { settled } from './settled.mjs';

const MAX_PAGES = 2;
const languages = (process.env.LOCALES ?? 'en,cy,pl,ar').split(',');
const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });
const out = process.env.OUT ?? 'screenshots';
await mkdir(out, { recursive: true });
let failures = 0;
const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

for (const lang of languages) {
  const page = await browser.newPage();
  await page.goto(`${server.base}/src/test-support/fixtures/leaflet-print.html`);
  await page.evaluate(async (lang) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    await customElements.whenDefined('rights-leaflet');
  }, lang);
  // The leaflet's strings load on demand: it shows the language once they have come, then
  // settled() waits for the rest of its drawing (its QR code).
  await page.waitForFunction(
    (lang) => document.querySelector('rights-leaflet')?.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang,
    lang,
    { polling: 'raf', timeout: 20000 },
  );
  await settled(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = `${out}/leaflet-print-${lang}.pdf`;
  await writeFile(file, pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const ok = pages >= 1 && pages <= MAX_PAGES;
  if (!ok) failures += 1;
  console.log(`${lang}: ${pages} A4 page${pages === 1 ? '' : 's'} ${ok ? 'ok' : `(more than ${MAX_PAGES})`}  ${file}`);
  if (hasPdftoppm) execFileSync('pdftoppm', ['-png', '-r', '60', file, `${out}/leaflet-print-${lang}`]);
  await page.close();
}
await browser.close();
server.close();
process.exit(failures ? 1 : 0);
