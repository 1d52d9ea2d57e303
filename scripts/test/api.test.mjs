// @ts-check
// The package's API description, checked against the package itself (after `npm run build`):
// custom-elements.json names only files that ship, shows no internals, and the README's and
// docs' tables and the generated editor and template files agree with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { apiDocs } from '../api-docs.mjs';
import { customPropertiesIn } from '../manifest-css.mjs';
import { buildManifest, elementsOf, readManifest } from '../manifest.mjs';

const manifest = readManifest();
const elements = elementsOf(manifest);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** @type {{ files: { path: string }[] }[]} */
const dryRun = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const packed = new Set(dryRun[0].files.map((f) => f.path));

/**
 * The element with this tag (the test fails when there is none).
 * @param {string} tag
 */
function element(tag) {
  const found = elements.find((e) => e.tagName === tag);
  assert.ok(found, `no <${tag}> in custom-elements.json`);
  return found;
}

test('custom-elements.json is what scripts/manifest.mjs makes from the sources now', async () => {
  assert.deepEqual(manifest, await buildManifest());
});

test('every module custom-elements.json names is in the packed tarball', () => {
  assert.ok(packed.has('custom-elements.json'));
  for (const module of manifest.modules) assert.ok(packed.has(module.path), `${module.path} is not in the package`);
  for (const module of manifest.modules) {
    for (const e of module.exports ?? [])
      assert.ok(packed.has(String(e.declaration.module)), `${e.name} points at ${e.declaration.module}`);
  }
});

test('each element has its definition (tag to class) in its own entry and in the root entry', () => {
  const definitions = (/** @type {string} */ path) =>
    (manifest.modules.find((m) => m.path === path)?.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => `${e.name}=${e.declaration.name}`);
  // Every element folder (src/elements/<tag>/<tag>.component.ts) is in the manifest.
  const folders = readdirSync('src/elements').filter((tag) => existsSync(`src/elements/${tag}/${tag}.component.ts`));
  assert.deepEqual(elements.map((e) => e.tagName).sort(), folders.sort());
  for (const element of elements) {
    assert.deepEqual(definitions(`dist/${element.tagName}.js`), [`${element.tagName}=${element.name}`]);
    assert.ok(definitions('dist/index.js').includes(`${element.tagName}=${element.name}`));
  }
});

test('no internals: nothing private, protected, static, @internal or a lifecycle callback', () => {
  for (const element of elements) {
    for (const member of element.members) {
      assert.ok(!member.privacy || member.privacy === 'public', `${element.name}.${member.name} is ${member.privacy}`);
      assert.ok(!member.static, `${element.name}.${member.name} is static`);
      assert.doesNotMatch(
        member.name,
        /^(clock|now|navigate|internals|locale|form\w*Callback|render|updated|willUpdate)$/,
        `${element.name}.${member.name}`,
      );
      assert.equal(member.inheritedFrom, undefined, `${element.name}.${member.name} points at a source module`);
      assert.ok(member.description, `${element.name}.${member.name} has no description`);
    }
  }
});

test('every attribute has a type and, where the element has one, its real default', () => {
  /**
   * @param {string} tag
   * @param {string} name
   */
  const attribute = (tag, name) => {
    const found = element(tag).attributes.find((a) => a.name === name);
    assert.ok(found, `<${tag}> has no ${name}`);
    return found;
  };
  for (const element of elements) for (const a of element.attributes) assert.ok(a.type?.text, `${element.tagName} ${a.name} has no type`);
  assert.equal(attribute('rating-scale', 'name').default, "'rating'");
  assert.equal(attribute('rating-scale', 'max').default, '5');
  assert.equal(attribute('rating-scale', 'max').type?.text, 'number');
  assert.equal(attribute('feedback-channel-picker', 'channels').default, "'web sms email phone'");
  assert.equal(attribute('rights-leaflet', 'heading-level').default, '2');
  assert.equal(attribute('rights-leaflet', 'content').default, "'england-wales-2021'");
  assert.equal(attribute('qr-badge', 'error-correction').type?.text, "'L' | 'M' | 'Q' | 'H'");
  for (const element of elements) {
    for (const a of element.attributes)
      assert.doesNotMatch(a.default ?? '', /^[A-Z_]+$/, `${element.tagName} ${a.name} default is a constant name`);
  }
});

test('events carry their detail types', () => {
  const change = element('feedback-channel-picker').events.find((e) => e.name === 'channel-change');
  assert.ok(change, 'the picker has channel-change');
  assert.equal(change.type.text, 'CustomEvent<ChannelChangeDetail>');
  assert.match(change.description ?? '', /`detail`: `\{ channel: FeedbackChannel \}`/);
});

test('custom properties are the ones the styles read, with their fallbacks', () => {
  const names = (/** @type {string} */ tag) => element(tag).cssProperties.map((c) => c.name);
  const picker = names('feedback-channel-picker');
  assert.ok(!picker.includes('--vce-color-border'), '--vce-color-border does nothing');
  for (const name of ['--vce-color-reveal-border', '--vce-space', '--vce-radius', '--vce-color-focus-text', '--vce-color-button-shadow']) {
    assert.ok(picker.includes(name), `picker: ${name}`);
  }
  assert.ok(!names('rights-leaflet').includes('--vce-color-background'), 'the leaflet draws no field');
  assert.ok(names('qr-badge').includes('--vce-qr-color'));
});

test('customPropertiesIn follows private tokens and ignores ones nothing reads', () => {
  const used = customPropertiesIn(`:host { --_a: var(--vce-a, red); --_b: var(--vce-b, #000); --_c: var(--_d, var(--vce-c, 1rem)); }
    p { color: var(--_a); margin: var(--_c); font-size: var(--vce-size, 2rem); }`);
  assert.deepEqual(
    [...used.entries()],
    [
      ['--vce-a', 'red'],
      ['--vce-c', '1rem'],
      ['--vce-size', '2rem'],
    ],
  );
});

test("the README's and docs' API tables are what custom-elements.json says", async () => {
  assert.deepEqual(
    (await apiDocs()).map((c) => c.file),
    [],
  );
});

test('template types, web-types.json and VS Code custom data ship and are exported', () => {
  for (const framework of ['react', 'vue', 'svelte']) {
    const entry = pkg.exports[`./${framework}`];
    assert.ok(packed.has(entry.types.slice(2)) && packed.has(entry.default.slice(2)), framework);
    const text = readFileSync(entry.types, 'utf8');
    for (const element of elements) assert.match(text, new RegExp(`'${element.tagName}'`), `${framework}: ${element.tagName}`);
  }
  assert.ok(packed.has(pkg['web-types'].slice(2)));
  /** @type {{ contributions: { html: { elements: { name: string }[] } } }} */
  const webTypes = JSON.parse(readFileSync(pkg['web-types'], 'utf8'));
  assert.deepEqual(
    webTypes.contributions.html.elements.map((e) => e.name),
    elements.map((e) => e.tagName),
  );
  /** @type {{ tags: { name: string, attributes: { name: string, values?: { name: string }[], valueSet?: string }[] }[] }} */
  const vscode = JSON.parse(readFileSync(pkg.exports['./vscode.html-custom-data.json'], 'utf8'));
  const qr = vscode.tags.find((t) => t.name === 'qr-badge');
  assert.ok(qr, 'VS Code knows <qr-badge>');
  assert.deepEqual(
    qr.attributes.find((a) => a.name === 'error-correction')?.values?.map((v) => v.name),
    ['L', 'M', 'Q', 'H'],
  );
  assert.equal(qr.attributes.find((a) => a.name === 'hide-url')?.valueSet, 'v');
});

test('LICENSE and CHANGELOG ship', () => {
  assert.ok(packed.has('LICENSE') && packed.has('CHANGELOG.md'));
  assert.match(readFileSync('LICENSE', 'utf8'), /MIT License[\s\S]*victim-care-elements contributors/);
});
