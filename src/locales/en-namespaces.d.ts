// Types for `import strings from '…/locales/en.json?ns=<namespace>'`: one namespace of en.json, cut out
// at build time (src/core/i18n/english.ts explains why). A new namespace in en.json needs a line here.

declare module '*en.json?ns=_meta' {
  const strings: (typeof import('./en.json'))['_meta'];
  export default strings;
}
declare module '*en.json?ns=common' {
  const strings: (typeof import('./en.json'))['common'];
  export default strings;
}
declare module '*en.json?ns=hours' {
  const strings: (typeof import('./en.json'))['hours'];
  export default strings;
}
declare module '*en.json?ns=rating' {
  const strings: (typeof import('./en.json'))['rating'];
  export default strings;
}
declare module '*en.json?ns=qr' {
  const strings: (typeof import('./en.json'))['qr'];
  export default strings;
}
declare module '*en.json?ns=rights' {
  const strings: (typeof import('./en.json'))['rights'];
  export default strings;
}
declare module '*en.json?ns=pack-england-wales-2021' {
  const strings: (typeof import('./en.json'))['pack-england-wales-2021'];
  export default strings;
}
declare module '*en.json?ns=channel' {
  const strings: (typeof import('./en.json'))['channel'];
  export default strings;
}
declare module '*en.json?ns=exit' {
  const strings: (typeof import('./en.json'))['exit'];
  export default strings;
}
