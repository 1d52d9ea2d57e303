// Serves a .json file as a JavaScript module when a script imports it, and as plain JSON when a
// page fetches it (a host's locale file through configure({ localesUrl }) must stay real JSON).
// The browser tells the two apart with the Sec-Fetch-Dest header. `en.json?ns=rating` is one
// namespace of the file, as the build's plugin gives it (src/core/i18n/english.ts).
export function jsonModules() {
  const asModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    transformCacheKey(context) {
      return asModule(context) ? `json-module:${context.query.ns ?? ''}` : undefined;
    },
    transform(context) {
      if (!asModule(context)) return;
      context.response.set('Content-Type', 'text/javascript');
      const ns = context.query.ns;
      if (typeof ns === 'string') {
        const all = JSON.parse(context.body);
        if (!(ns in all)) throw new Error(`${context.path} has no namespace "${ns}"`);
        return { body: `export default ${JSON.stringify(all[ns])};` };
      }
      return { body: `export default ${context.body};` };
    },
  };
}
