// Serves a .json file as a JavaScript module when a script imports it, and as plain JSON when a
// page fetches it (a host's locale file through configure({ localesUrl }) must stay real JSON).
// The browser tells the two apart with the Sec-Fetch-Dest header.
export function jsonModules() {
  const asModule = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
  return {
    name: 'json-modules',
    transformCacheKey(context) {
      return asModule(context) ? 'json-module' : undefined;
    },
    transform(context) {
      if (!asModule(context)) return;
      context.response.set('Content-Type', 'text/javascript');
      return { body: `export default ${context.body};` };
    },
  };
}
