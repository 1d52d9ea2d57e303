import { executeServerCommand } from '@web/test-runner-commands';

/** The engines the suite runs in (scripts/wtr/engines.mjs). */
export type Engine = 'chromium' | 'firefox' | 'webkit';

let current: Promise<Engine> | undefined;

/** The engine this test file runs in. */
export function engine(): Promise<Engine> {
  current ??= executeServerCommand<Engine, void>('vce-engine');
  return current;
}

/** A key press, a held key, or text, as `sendKeys` of @web/test-runner-commands takes them. */
export type KeysPayload = { press: string } | { down: string } | { up: string } | { type: string };

/**
 * Real key events from the driver, in every engine (scripts/wtr/engine-commands.mjs): named keys
 * `Tab`, `Enter`, `Space`, `Shift`, `Escape`, `Home`, `End`, the arrows, and single characters.
 */
export async function sendKeys(payload: KeysPayload): Promise<void> {
  await executeServerCommand('vce-keys', payload);
}

/**
 * A real mouse click from the driver at `position` ([x, y] in CSS pixels from the top left of the
 * test page's viewport), in every engine: trusted events and the person's own activation.
 */
export async function sendMouse(payload: { type: 'click'; position: [number, number] }): Promise<void> {
  await executeServerCommand('vce-mouse', payload);
}

/**
 * A page whose viewport is `width` × `height` CSS pixels, the same in every engine: a same-origin
 * frame of that size with `modules` loaded and `body` (the test's own markup) as its content, the
 * custom elements in it defined. Resizing the browser window is no way to get there: a WebKitGTK
 * window cannot be made narrower than about 450 px. Call `remove()` when done.
 */
export async function pageOfSize(
  size: { width: number; height: number },
  modules: string[],
  body: string,
): Promise<{ document: Document; remove: () => void }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0; display: block`;
  const scripts = modules.map((src) => `<script type="module" src="${src}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${scripts}</head><body style="margin: 0">${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const registry = frame.contentWindow!.customElements;
  const tags = new Set([...doc.querySelectorAll('*')].map((el) => el.localName).filter((name) => name.includes('-')));
  await Promise.all([...tags].map((tag) => registry.whenDefined(tag)));
  return { document: doc, remove: () => frame.remove() };
}

/**
 * The page at `src` (a fixture of this server, with the headers it sends) in a frame of `size`
 * on the test page, once it has loaded. Call `remove()` on the frame when done.
 */
export async function framedPage(src: string, size?: { width: number; height: number }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (size) {
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
  }
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

// Print for drivers that cannot emulate media: each `@media` rule that names print is made to
// apply (and each that names screen not to), in every stylesheet of the document and of every
// shadow root. Lit shares one stylesheet per element class, so elements rendered later follow too.
const toggled: { rule: CSSMediaRule; original: string }[] = [];

function sheetsIn(root: Document | ShadowRoot, into: Set<CSSStyleSheet>): Set<CSSStyleSheet> {
  for (const sheet of [...root.styleSheets, ...root.adoptedStyleSheets]) into.add(sheet);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) sheetsIn(el.shadowRoot, into);
  return into;
}

function mediaRules(rules: CSSRuleList, into: CSSMediaRule[] = []): CSSMediaRule[] {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) into.push(rule);
    if ('cssRules' in rule) mediaRules((rule as CSSGroupingRule).cssRules, into);
  }
  return into;
}

function printAsScreen(on: boolean): void {
  if (!on) {
    for (const { rule, original } of toggled.splice(0)) rule.media.mediaText = original;
    return;
  }
  if (toggled.length) return;
  for (const sheet of sheetsIn(document, new Set())) {
    for (const rule of mediaRules(sheet.cssRules)) {
      const original = rule.media.mediaText;
      const printed = original.replace(/\bprint\b/g, 'all').replace(/(^|,\s*)(only\s+)?screen\b/g, '$1not all');
      if (printed === original) continue;
      toggled.push({ rule, original });
      rule.media.mediaText = printed;
    }
  }
}

/**
 * Print or screen media: emulated by Chromium's protocol, else by the stylesheet toggle above.
 * Call it after the elements under test are rendered.
 */
export async function emulateMedia(options: { media: 'print' | 'screen' }): Promise<void> {
  printAsScreen(false);
  const native = await executeServerCommand<boolean, typeof options>('vce-media', options);
  if (!native && options.media === 'print') printAsScreen(true);
}

/**
 * Skips the running test in the engines named, each with its reason; the run's closing lines list
 * every test skipped this way ("skipped in webkit: <test> (<reason>)"). Keep these to a minimum.
 */
export async function skipIn(test: Mocha.Context, engines: Partial<Record<Engine, string>>): Promise<void> {
  const reason = engines[await engine()];
  if (reason === undefined) return;
  await executeServerCommand('vce-skip', { title: test.test?.fullTitle() ?? '', reason });
  test.skip();
}

/**
 * Forced-colours mode, which only Chromium's protocol emulates: elsewhere the test is skipped by
 * name (Safari has no forced-colours mode at all; Firefox's cannot be switched on by its driver).
 */
export async function emulateForcedColors(test: Mocha.Context, value: 'active' | 'none'): Promise<void> {
  const native = await executeServerCommand<boolean, { forcedColors: string }>('vce-media', { forcedColors: value });
  if (native || value === 'none') return;
  await skipIn(test, { [await engine()]: 'its driver cannot emulate forced colours' });
}
