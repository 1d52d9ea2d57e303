import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { engineCommands } from './scripts/wtr/engine-commands.mjs';
import { findEngines, launcherFor } from './scripts/wtr/engines.mjs';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';
import { strictCspFixture, testEndpoint } from './scripts/wtr/test-endpoint.mjs';
import { commonjsPrebundle } from './scripts/wtr/commonjs-prebundle.mjs';
import { jsonModules } from './scripts/wtr/json-modules.mjs';
import { importGlob } from './scripts/wtr/import-glob.mjs';
import { ssrFixture, ssrFixtureShutdown } from './scripts/wtr/ssr-fixture.mjs';

// Every engine found (Chromium always); VCE_ENGINES=firefox runs one alone. Locally a missing
// engine is named with the apt line that installs it; under CI=true it fails the run.
// The closing lines come first, so that even a run that stops here ends with a count.
const notes = [];
const summary = summaryReporter({ notes });
const { found, missing } = await findEngines();
for (const engine of missing) {
  const line = `wtr: ${engine.name} not found; install it with: ${engine.apt}`;
  if (process.env.CI === 'true') throw new Error(`${line} (CI=true needs every engine)`);
  console.warn(line);
  notes.push(`not run in ${engine.name}: not found; install it with: ${engine.apt}`);
}
const browsers = await Promise.all(found.map(launcherFor));
for (const engine of found) console.log(`wtr: ${engine.name}: ${engine.version}`);

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers,
  middleware: [testEndpoint(), strictCspFixture(), ssrFixture()],
  plugins: [
    engineCommands(),
    commonjsPrebundle(['qrcode', 'jsqr', 'axe-core']),
    jsonModules(),
    importGlob(),
    ssrFixtureShutdown(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  reporters: [defaultReporter(), summary],
};
