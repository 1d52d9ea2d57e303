// What scripts/manifest.mjs uses of @custom-elements-manifest/analyzer that its index.d.ts does not
// declare (that file types only the plugin API): `create` and the TypeScript it parses with, as its
// index.js exports them (the Lit plugin is in analyzer-lit.d.ts). The raw manifest is typed with the
// schema this package writes (custom-elements-manifest 2.1.0), which the analyzer's output also fits.
import type { Plugin } from '@custom-elements-manifest/analyzer';
import type { Package } from 'custom-elements-manifest/schema.js';

declare module '@custom-elements-manifest/analyzer' {
  /** The TypeScript the analyzer parses with (its own copy, to avoid a version mismatch). */
  export const ts: typeof import('typescript');
  /** The manifest of `modules`, after the analyzer's own features and `plugins`. */
  export function create(options: { modules: import('typescript').SourceFile[]; plugins?: Plugin[]; context?: { dev: boolean } }): Package;
}
