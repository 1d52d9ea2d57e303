// @ts-check
// Runs axe (WCAG 2.2 A and AA) over every story of the built Storybook in English and Arabic
// (npm run build-storybook first). The unit tests already do this over each element's examples;
// this checks the stories as a designer sees them, after their play functions have run.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const root = 'storybook-static';
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const server = await serveStatic(root);
const base = server.base;
/** @typedef {{ id: string, type: string }} Story an entry of Storybook's index.json */
/** @type {{ entries: Record<string, Story> }} */
const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });
let failures = 0;
let checked = 0;
const renders = stories.flatMap((story) => ['en', 'ar'].map((locale) => ({ story, locale })));

/** @param {{ story: Story, locale: string }} render */
async function check({ story, locale }) {
  const page = await browser.newPage();
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
  await page.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 10000 });
  // Wait for the elements' first render (they wait for their language) and the story's play function.
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('#storybook-root *')].filter((e) => 'updateComplete' in e);
    await Promise.all(elements.map((e) => e.updateComplete));
  });
  await page.waitForTimeout(200);
  await page.addScriptTag({ content: axeSource });
  // Storybook's a11y addon runs axe on each story too; wait for its run to end rather than collide.
  const violations = await page.evaluate(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const { axe } = /** @type {typeof window & { axe: typeof import('axe-core') }} */ (window);
        const result = await axe.run(/** @type {Element} */ (document.querySelector('#storybook-root')), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      } catch (error) {
        if (attempt > 50 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  });
  checked += 1;
  if (violations.length) {
    failures += 1;
    console.log(`${story.id} [${locale}]: ${violations.join(', ')}`);
  }
  await page.close();
}

// Two pages at a time: one per core.
const queue = [...renders];
await Promise.all(
  [0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await check(next);
  }),
);
await browser.close();
server.close();
console.log(`axe over ${checked} story renders: ${failures} with violations`);
process.exit(failures ? 1 : 0);
