import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findBrowser } from './scripts/find-browser.mjs';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';
import { strictCspFixture, testEndpoint } from './scripts/wtr/test-endpoint.mjs';
import { commonjsPrebundle } from './scripts/wtr/commonjs-prebundle.mjs';
import { jsonModules } from './scripts/wtr/json-modules.mjs';
import { importGlob } from './scripts/wtr/import-glob.mjs';
import { ssrFixture, ssrFixtureShutdown } from './scripts/wtr/ssr-fixture.mjs';

const executablePath = await findBrowser();

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  middleware: [testEndpoint(), strictCspFixture(), ssrFixture()],
  plugins: [
    commonjsPrebundle(['qrcode', 'jsqr', 'axe-core']),
    jsonModules(),
    importGlob(),
    ssrFixtureShutdown(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
