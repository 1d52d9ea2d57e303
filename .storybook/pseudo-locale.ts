/**
 * A pseudo-locale made from English, for designers and translators: every letter accented, every
 * string about 40% longer and bracketed. A layout that breaks with it will break in Polish or
 * Welsh; an unbracketed string on screen is one that does not come from the locale files.
 * {{placeholders}} are kept as they are.
 */
const accents: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ľ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

function pseudoString(text: string): string {
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const accented = parts.map((part) => (part.startsWith('{{') ? part : [...part].map((c) => accents[c] ?? c).join(''))).join('');
  // Numbers-only strings (phone numbers) stay as they are, as in every real language.
  if (!/\p{L}/u.test(text)) return text;
  const padding = '·'.repeat(Math.ceil(text.length * 0.4));
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}

export function pseudoLocale(value: unknown): unknown {
  if (typeof value === 'string') return pseudoString(value);
  if (Array.isArray(value)) return value.map(pseudoLocale);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === '_meta' ? inner : pseudoLocale(inner)]));
  }
  return value;
}
