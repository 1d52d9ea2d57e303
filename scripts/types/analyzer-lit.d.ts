// The analyzer's Lit plugin, which ships without types (scripts/manifest.mjs imports it). A file
// without imports, so that this declares the module rather than augmenting it.
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  /** Lit's decorators and static properties, its lifecycle members left out. */
  export function litPlugin(): import('@custom-elements-manifest/analyzer').Plugin[];
}
