// @sparticuz/chromium: an optional package (not a dependency), the Chromium that
// scripts/find-browser.mjs falls back to when a machine has none. What the script uses of it.
declare module '@sparticuz/chromium' {
  const chromium: {
    /** Unpacks the bundled Chromium (once) and gives the path of its executable. */
    executablePath(): Promise<string>;
  };
  export default chromium;
}
