/**
 * Finds "tofu": characters drawn as the empty box a font shows for a glyph it lacks, when no font
 * on the machine has it either. Each character is drawn on a canvas with the font its element
 * uses, and compared pixel by pixel with the drawing of a code point no font has (U+10FFFD, in a
 * private-use plane): the same pixels mean the same missing-glyph box.
 */
const size = 48;
const canvas = () => {
  const c = document.createElement('canvas');
  c.width = size * 2;
  c.height = size * 2;
  return c.getContext('2d', { willReadFrequently: true })!;
};
let context: CanvasRenderingContext2D | null = null;
const references = new Map<string, string>();
const verdicts = new Map<string, boolean>();

function draw(font: string, text: string): string {
  context ??= canvas();
  context.clearRect(0, 0, size * 2, size * 2);
  context.font = font;
  context.textBaseline = 'middle';
  context.fillStyle = '#000';
  context.fillText(text, size / 4, size);
  const data = context.getImageData(0, 0, size * 2, size * 2).data;
  // A fingerprint of the alpha channel is enough to compare two drawings.
  let hash = 0;
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) {
    hash = (hash * 31 + data[i]) | 0;
    ink += data[i] ? 1 : 0;
  }
  return `${hash}:${ink}`;
}

/** The characters of `text` that `element`'s font (and every fallback font) cannot draw. */
export function tofuIn(text: string, element: Element): string[] {
  const style = getComputedStyle(element);
  const font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
  if (!references.has(font)) references.set(font, draw(font, '\u{10FFFD}'));
  const tofu = references.get(font)!;
  const missing: string[] = [];
  for (const { segment } of new Intl.Segmenter(element.closest('[lang]')?.getAttribute('lang') ?? 'en', {
    granularity: 'grapheme',
  }).segment(text)) {
    if (!/\S/u.test(segment) || /^[\p{Cf}\p{Zs}]+$/u.test(segment)) continue;
    // Each character alone: a box among drawn letters would not match the reference otherwise.
    for (const char of segment) {
      if (/\p{M}|\p{Cf}/u.test(char)) continue; // Combining marks and controls draw nothing alone.
      const key = `${font}\u0000${char}`;
      if (!verdicts.has(key)) verdicts.set(key, draw(font, char) === tofu);
      if (verdicts.get(key)) missing.push(char);
    }
  }
  return missing;
}
