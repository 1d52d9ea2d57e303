// @ts-check
// Screenshots of every story (or those whose id contains the first argument), in English and
// Arabic, at 320 px and desktop width, and in print, from the built Storybook
// (npm run build-storybook first). PNGs go to screenshots/ (git-ignored): look at them.
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';
import { openStory } from './settled.mjs';

const root = 'storybook-static';
const filter = process.argv[2] ?? '';
const widths = (process.env.WIDTHS ?? '320,1280').split(',').map(Number);
const locales = (process.env.LOCALES ?? 'en,ar').split(',');

const server = await serveStatic(root);
const base = server.base;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));
await mkdir('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });
const shots = [];
for (const story of stories) {
  for (const locale of locales) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: width < 500 ? 2 : 1 });
      page.on('pageerror', (e) => console.error(story.id, e.message));
      await openStory(page, base, story.id, { locale });
      const file = `screenshots/${story.id}-${locale}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      shots.push(file);
      if (width === widths[widths.length - 1]) {
        await page.emulateMedia({ media: 'print' });
        const printFile = `screenshots/${story.id}-${locale}-print.png`;
        await page.screenshot({ path: printFile, fullPage: true });
        shots.push(printFile);
      }
      await page.close();
    }
  }
}
await browser.close();
server.close();
console.log(`${shots.length} screenshots in screenshots/`);
