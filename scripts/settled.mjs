// @ts-check
// Waiting for a page of the elements to be drawn, for the scripts that look at one (axe over the
// stories, the Storybook controls check, screenshots, the printed leaflet): on what the page says,
// never on a fixed delay, so a slow machine waits longer and a fast one not at all.

/** @typedef {import('playwright-core').Page} Page */

/**
 * Opens a story of the built Storybook and waits until it is settled: Storybook has finished it
 * (its render, its play function and what runs after) and every element is drawn.
 * @param {Page} page
 * @param {string} base the address the built Storybook is served from
 * @param {string} id the story's id
 * @param {{ locale?: string, args?: string }} [options] the toolbar language; Storybook's `args` parameter
 */
export async function openStory(page, base, id, { locale, args } = {}) {
  const globals = locale ? `&globals=locale:${encodeURIComponent(locale)}` : '';
  const values = args ? `&args=${encodeURIComponent(args)}` : '';
  await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals}${values}`);
  // Storybook's preview moves each render through phases, ending at `finished` (or an error).
  const handle = await page.waitForFunction(
    () => {
      const preview = /** @type {{ __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }} */ (/** @type {unknown} */ (window))
        .__STORYBOOK_PREVIEW__;
      const phase = preview?.currentRender?.phase;
      return phase === 'finished' || phase === 'errored' || phase === 'aborted' ? phase : false;
    },
    undefined,
    { timeout: 20000 },
  );
  const phase = await handle.jsonValue();
  if (phase !== 'finished') throw new Error(`story ${id} ${phase}`);
  await settled(page);
}

/**
 * Waits until no element on the page (inside shadow roots too) has an update pending, frame by
 * frame: an element's first update waits for its language's strings, and drawing one element (a
 * leaflet) can add another (its QR code). Then one more frame, so that what is measured has been
 * laid out. (A language changed after the first render is no update until its strings have come:
 * wait first for what shows the language, as print-pages.mjs does.)
 * @param {Page} page
 */
export async function settled(page) {
  await page.evaluate(async () => {
    /** @typedef {Element & { updateComplete: Promise<boolean> }} Updating */
    /** @param {ParentNode} root @returns {Updating[]} */
    const updating = (root) =>
      [...root.querySelectorAll('*')].flatMap((e) => [
        ...('updateComplete' in e ? [/** @type {Updating} */ (e)] : []),
        ...(e.shadowRoot ? updating(e.shadowRoot) : []),
      ]);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    for (let round = 0; round < 50; round++) {
      await frame();
      const done = await Promise.all(updating(document).map((e) => e.updateComplete));
      if (done.every(Boolean)) return void (await frame());
    }
    throw new Error('the elements kept updating for 50 frames');
  });
}
