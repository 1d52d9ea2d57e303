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
import { openStory } from './settled.mjs';

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
  // Storybook's a11y addon runs axe on each story too, after the play function: openStory waits
  // until the story is finished, that run included, so the two never collide.
  await openStory(page, base, story.id, { locale });
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = /** @type {typeof window & { axe: typeof import('axe-core') }} */ (window);
    const result = await axe.run(/** @type {Element} */ (document.querySelector('#storybook-root')), {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
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
