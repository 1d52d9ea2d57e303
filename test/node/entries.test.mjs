// Every entry the package exports imports in plain Node, with no DOM shim: a server build, an SSR
// framework or a test runner may load any of them. Each import runs in a fresh Node process, so
// one entry cannot hide another's fault (Lit's Node build installs a shim customElements).
// Needs dist/ (npm run build).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const run = promisify(execFile);

const target = (value) => (typeof value === 'string' ? value : value.default);
const entries = Object.entries(manifest.exports)
  .map(([name, value]) => [name, target(value)])
  .filter(([, file]) => file.endsWith('.js'));

test('the package exports the entries this test expects to check', () => {
  assert.deepEqual(
    entries.map(([name]) => name),
    [
      '.',
      './classes.js',
      './rating-scale.js',
      './feedback-channel-picker.js',
      './qr-badge.js',
      './rights-leaflet.js',
      './quick-exit.js',
      './victim-care-elements.js',
      './react',
      './vue',
      './svelte',
    ],
  );
});

test('a host installs only what the elements run on: lit, i18next and qrcode', () => {
  // Everything else (the build, the tests, the receiver, tooling types) is a dev dependency.
  assert.deepEqual(Object.keys(manifest.dependencies ?? {}).sort(), ['i18next', 'lit', 'qrcode']);
  assert.equal(manifest.peerDependencies, undefined);
});

for (const [name, file] of entries) {
  test(`import('victim-care-elements${name === '.' ? '' : name.slice(1)}') in plain Node: no error, no warning`, async () => {
    const url = new URL(file, root);
    assert.ok(existsSync(url), `${file} is built`);
    const script = `const m = await import(${JSON.stringify(url.href)}); console.log(JSON.stringify(Object.keys(m).sort()));`;
    const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('.', root) });
    assert.equal(stderr, '');
    const exported = JSON.parse(stdout);
    if (name === '.' || name === './classes.js' || name === './victim-care-elements.js') {
      for (const expected of [
        'RatingScale',
        'QrBadge',
        'FeedbackChannelPicker',
        'RightsLeaflet',
        'QuickExit',
        'configure',
        'loadLanguages',
      ]) {
        assert.ok(exported.includes(expected), `${name} exports ${expected}`);
      }
    }
  });
}

test('the script-tag bundle, where there is no customElements, defines nothing, says nothing and leaves Node as it found it', async () => {
  const url = new URL('dist/victim-care-elements.js', root);
  const script =
    `const m = await import(${JSON.stringify(url.href)}); m.configure({ storage: 'none' });` +
    `console.log([typeof customElements, typeof HTMLElement, typeof document].join(' '));`;
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script]);
  assert.equal(stderr, '');
  assert.equal(stdout.trim(), 'undefined undefined undefined');
});
