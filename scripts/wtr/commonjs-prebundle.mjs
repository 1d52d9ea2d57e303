// @ts-check
// `qrcode` and `jsqr` are CommonJS, which browsers cannot import. Instead of the rollup commonjs
// adapter (which fails on them), each is bundled once with esbuild into an ES module and served
// in place of the package's entry.
import { build } from 'esbuild';

/**
 * @param {string[]} packages
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function commonjsPrebundle(packages) {
  /** @type {Map<string, string>} */
  const cache = new Map();
  const prefix = '/__prebundled__/';
  return {
    name: 'commonjs-prebundle',
    resolveImport({ source }) {
      if (packages.includes(source)) return `${prefix}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(prefix)) return;
      const name = context.path.slice(prefix.length, -'.js'.length);
      if (!packages.includes(name)) return;
      let body = cache.get(name);
      if (body === undefined) {
        const result = await build({
          stdin: { contents: `import m from ${JSON.stringify(name)}; export default m;`, resolveDir: process.cwd() },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          mainFields: ['browser', 'module', 'main'],
          write: false,
          logLevel: 'silent',
        });
        body = result.outputFiles[0].text;
        cache.set(name, body);
      }
      return { body, type: 'js' };
    },
  };
}
