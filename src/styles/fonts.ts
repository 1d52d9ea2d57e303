import { css, unsafeCSS } from 'lit';

/**
 * Font stacks per writing system, made only of fonts that phones and computers already have
 * (Noto on Android and Linux, the system fonts of iOS and macOS, Segoe UI, Nirmala UI and
 * Microsoft YaHei on Windows), so that no web font is downloaded. Each element picks the stack by
 * the language it resolved (the `lang` on its `base` part), not the page's, so a leaflet switched
 * to Urdu is set in Nastaliq. A host adds its own font with the custom properties below, in front
 * of the stack, after loading the font itself.
 */
export const fontStacks = {
  /** Latin, Greek and Cyrillic: English, Welsh, Polish, Romanian, Lithuanian, Turkish, Somali… */
  latin: `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif`,
  arabic: `'Noto Sans Arabic', 'Noto Naskh Arabic', 'SF Arabic', 'Geeza Pro', 'Segoe UI', Tahoma, sans-serif`,
  /** Urdu is written in Nastaliq; Naskh is only the fallback. Nastaliq needs taller lines. */
  urdu: `'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', 'Alvi Nastaleeq', 'Noto Naskh Arabic', 'Geeza Pro', 'Segoe UI', sans-serif`,
  bengali: `'Noto Sans Bengali', 'Kohinoor Bangla', 'Bangla Sangam MN', 'Nirmala UI', Vrinda, sans-serif`,
  gujarati: `'Noto Sans Gujarati', 'Kohinoor Gujarati', 'Gujarati Sangam MN', 'Nirmala UI', Shruti, sans-serif`,
  gurmukhi: `'Noto Sans Gurmukhi', 'Gurmukhi Sangam MN', 'Gurmukhi MN', 'Nirmala UI', Raavi, sans-serif`,
  tamil: `'Noto Sans Tamil', 'Tamil Sangam MN', 'Nirmala UI', Latha, sans-serif`,
  /** Simplified Chinese; `lang="zh-Hans"` also makes the browser choose SC forms of shared glyphs. */
  chineseSimplified: `'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif`,
} as const;

/** Languages (`:lang()` ranges) of each non-Latin stack, with the custom property a host sets. */
const scripts: [selector: string, property: string, stack: keyof typeof fontStacks][] = [
  [':lang(ar), :lang(fa), :lang(ps), :lang(ckb), :lang(sd), :lang(ug), :lang(pa-Arab)', '--vce-font-family-arabic', 'arabic'],
  [':lang(ur)', '--vce-font-family-urdu', 'urdu'],
  [':lang(bn), :lang(as)', '--vce-font-family-bengali', 'bengali'],
  [':lang(gu)', '--vce-font-family-gujarati', 'gujarati'],
  [':lang(pa):not(:lang(pa-Arab))', '--vce-font-family-gurmukhi', 'gurmukhi'],
  [':lang(ta)', '--vce-font-family-tamil', 'tamil'],
  [':lang(zh):not(:lang(zh-Hant))', '--vce-font-family-chinese', 'chineseSimplified'],
];

const scriptRules = scripts
  .map(
    ([selector, property, stack]) =>
      `${selector
        .split(', ')
        .map((s) => `.base${s}`)
        .join(', ')} { font-family: var(${property}, ${fontStacks[stack]}), var(--vce-font-family, ${fontStacks.latin}); }`,
  )
  .join('\n');

/**
 * The font of every element: `--vce-font-family` for Latin-script languages (and after the
 * script's own stack for the others), and `--vce-font-family-<script>` for each other script.
 */
export const fonts = css`
  :host {
    font-family: var(--vce-font-family, ${unsafeCSS(fontStacks.latin)});
  }
  ${unsafeCSS(scriptRules)}
  .base:lang(ur) {
    /* Nastaliq's letters climb and descend far more than Naskh's: lines need the room. */
    line-height: 2;
  }
  .base:lang(ur) :is(h1, h2, h3, h4, h5, h6, legend, summary) {
    line-height: 1.8;
  }
`;
