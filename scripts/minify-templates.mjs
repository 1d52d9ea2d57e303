// @ts-check
// Minifies the text inside Lit's html``, svg`` and css`` templates, which no JavaScript minifier
// touches (vite.config.ts runs it on every source file in the build). Only what cannot change the
// rendering is removed:
// - HTML and SVG: a run of whitespace that holds a line break becomes one space. The browser
//   renders any run of whitespace as one space, and the templates hold no <pre>, and no text
//   inside <textarea>.
// - CSS: comments go, whitespace runs become one space, and the space around `{ } ; ,` and after
//   `:` goes. Spaces before `:` stay (`.a :hover` is not `.a:hover`).
// The templates are found with the TypeScript parser, so `${…}` expressions (and templates nested
// in them) are never touched.
import MagicString from 'magic-string';
import ts from 'typescript';

const HTML_TAGS = new Set(['html', 'svg']);

/** @param {string} text */
function minifyHtmlText(text) {
  return text.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, ' ');
}

/** @param {string} text */
function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * @param {string} code TypeScript or JavaScript source
 * @param {string} fileName
 * @returns {{ code: string, map: import('magic-string').SourceMap } | null} null when nothing changed
 */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  );
  const output = new MagicString(code);
  let changed = false;

  /**
   * Rewrites the raw text of one template part between `start` and `end`.
   * @param {number} start
   * @param {number} end
   * @param {(raw: string) => string} minify
   */
  const rewrite = (start, end, minify) => {
    const raw = code.slice(start, end);
    const small = minify(raw);
    if (small !== raw) {
      if (small) output.overwrite(start, end, small);
      else output.remove(start, end);
      changed = true;
    }
  };

  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const name = node.tag.text;
      const minify = HTML_TAGS.has(name) ? minifyHtmlText : name === 'css' ? minifyCssText : null;
      if (minify) {
        const template = node.template;
        if (ts.isNoSubstitutionTemplateLiteral(template)) {
          rewrite(template.getStart() + 1, template.end - 1, minify);
        } else {
          // head: `…${   middle: }…${   tail: }…`
          rewrite(template.head.getStart() + 1, template.head.end - 2, minify);
          for (const span of template.templateSpans) {
            const literal = span.literal;
            rewrite(literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2), minify);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!changed) return null;
  return { code: output.toString(), map: output.generateMap({ hires: true, source: fileName, includeContent: true }) };
}
