// @ts-check
// Storybook's Controls, checked in the built Storybook: for every element, every attribute in
// custom-elements.json is changed through the story's args (as the Controls panel changes them)
// and must then be on the element, live. Run after `npm run build-storybook`.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { elementsOf, readManifest } from './manifest.mjs';
import { choicesOf } from './api-outputs.mjs';
import { serveStatic } from './serve-static.mjs';
import { openStory } from './settled.mjs';

/** @type {{ entries: Record<string, { id: string, type: string }> }} */
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
/**
 * A value other than the default for each attribute, and the attribute text it must produce.
 * @param {import('custom-elements-manifest/schema.js').Attribute} attribute
 * @returns {[string | undefined, string | null | undefined]}
 */
function changed(attribute) {
  const type = attribute.type?.text ?? 'string';
  if (type === 'boolean') return attribute.default === 'true' ? ['!false', null] : ['!true', ''];
  const choices = choicesOf(type);
  if (choices) {
    const other = choices.find((c) => `'${c}'` !== attribute.default);
    return [other, other];
  }
  if (/^number/.test(type)) {
    const value = attribute.default && attribute.default !== 'null' ? Number(attribute.default) + 1 : 3;
    return [String(value), String(value)];
  }
  return ['changed by a control', 'changed by a control'];
}

const server = await serveStatic('storybook-static');
const browser = await chromium.launch({ executablePath: await findBrowser(), args: chromiumArgs });
let passed = 0;
let failed = 0;
try {
  const page = await browser.newPage();
  for (const element of elementsOf(readManifest())) {
    const story = Object.values(index.entries).find((e) => e.type === 'story' && e.id.startsWith(`elements-${element.tagName}--`));
    if (!story) throw new Error(`storybook-static has no story for <${element.tagName}>`);
    const tag = /** @type {string} */ (element.tagName);
    /** @type {Record<string, string | null | undefined>} */
    const expected = {};
    const args = element.attributes.map((a) => {
      const [arg, attribute] = changed(a);
      expected[a.name] = attribute;
      return `${a.name}:${arg}`;
    });
    await openStory(page, server.base, story.id, { args: args.join(';') });
    const actual = await page.evaluate(
      ({ tag, names }) => Object.fromEntries(names.map((n) => [n, document.querySelector(tag)?.getAttribute(n)])),
      { tag, names: Object.keys(expected) },
    );
    for (const [name, value] of Object.entries(expected)) {
      const ok = actual[name] === value;
      if (ok) passed++;
      else failed++;
      if (!ok)
        console.log(
          `✗ <${element.tagName}> ${name}: the control set ${JSON.stringify(value)}, the element has ${JSON.stringify(actual[name])}`,
        );
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`storybook controls: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
