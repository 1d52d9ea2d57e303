// lighthouse: a package of the benchmark's own folder (bench/package.json), installed only when
// `npm run bench` first runs, so a clean clone's type check does not have it. What bench.mjs uses.
declare module 'lighthouse' {
  interface Result {
    lhr: {
      lighthouseVersion: string;
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { numericValue?: number } | undefined>;
    };
  }
  /** Audits `url` in the Chrome listening on `flags.port`. */
  export default function lighthouse(
    url: string,
    flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] },
  ): Promise<Result | undefined>;
}
