// @ts-check
// What TypeScript itself says about the classes, for custom-elements.json (scripts/manifest.mjs):
// types with aliases spelt out, initial values as written or computed, the properties of a class
// and its bases as the class sees them, and the types an entry exports.
import ts from 'typescript';

/**
 * `'a' | 'b' | null` for a type, with aliases spelt out so enums can be offered as choices.
 * @param {ts.TypeChecker} checker
 * @param {ts.Type} type
 */
export function typeText(checker, type) {
  const parts = type.isUnion() ? type.types : [type];
  const texts = [];
  let hasTrue = false;
  let hasFalse = false;
  for (const part of parts) {
    if (part.flags & ts.TypeFlags.Undefined) continue;
    if (part.flags & ts.TypeFlags.BooleanLiteral) {
      if (checker.typeToString(part) === 'true') hasTrue = true;
      else hasFalse = true;
      continue;
    }
    if (part.isStringLiteral()) texts.push(`'${part.value}'`);
    else texts.push(checker.typeToString(part, undefined, ts.TypeFormatFlags.NoTruncation));
  }
  if (hasTrue && hasFalse) texts.unshift('boolean');
  else if (hasTrue) texts.unshift('true');
  else if (hasFalse) texts.unshift('false');
  // null last, as people write it.
  return [...texts.filter((t) => t !== 'null'), ...texts.filter((t) => t === 'null')].join(' | ');
}

/**
 * The value of a constant expression, as code text (`5`, `'rating'`), following constants across modules.
 * @param {ts.TypeChecker} checker
 * @param {ts.Expression} node
 * @param {string} where
 */
export function valueText(checker, node, where) {
  /** @returns {never} */
  const fail = () => {
    throw new Error(`manifest: cannot work out the default of ${where} from \`${node.getText()}\``);
  };
  /** @type {(n: ts.Expression) => unknown} */
  const evaluate = (n) => {
    if (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression?.(n)) return evaluate(n.expression);
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isNumericLiteral(n)) return Number(n.text);
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken) return -Number(evaluate(n.operand));
    if (n.kind === ts.SyntaxKind.TrueKeyword) return true;
    if (n.kind === ts.SyntaxKind.FalseKeyword) return false;
    if (n.kind === ts.SyntaxKind.NullKeyword) return null;
    if (ts.isArrayLiteralExpression(n)) return n.elements.map(evaluate);
    if (ts.isIdentifier(n)) {
      let symbol = checker.getSymbolAtLocation(n);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const declaration = symbol?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer) return evaluate(declaration.initializer);
      return fail();
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'join') {
      const list = evaluate(n.expression.expression);
      const separator = n.arguments.length ? evaluate(n.arguments[0]) : ',';
      if (Array.isArray(list) && typeof separator === 'string') return list.join(separator);
    }
    return fail();
  };
  const value = evaluate(node);
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/**
 * @typedef {{ type?: string, initializer?: ts.Expression, owner: string }} Fact
 */

/**
 * Every property declaration and constructor assignment of a class and its bases, by name. Types
 * are as the class sees them: `value`, declared once in the generic `FormControl<V>`, is
 * `number | null` on `RatingScale`.
 * @param {ts.TypeChecker} checker
 * @param {ts.ClassDeclaration} classDeclaration
 */
export function classFacts(checker, classDeclaration) {
  /** @type {Map<string, Fact>} */
  const facts = new Map();
  const instance = checker.getTypeAtLocation(classDeclaration);
  /** @param {ts.ClassDeclaration} declaration */
  const visit = (declaration) => {
    const base = declaration.heritageClauses?.[0]?.types[0];
    if (base) {
      const symbol = checker.getSymbolAtLocation(base.expression);
      const target = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
      const baseDeclaration = target?.valueDeclaration;
      if (baseDeclaration && ts.isClassDeclaration(baseDeclaration) && !baseDeclaration.getSourceFile().fileName.includes('node_modules')) {
        visit(baseDeclaration);
      }
    }
    for (const member of declaration.members) {
      if ((ts.isPropertyDeclaration(member) || ts.isGetAccessorDeclaration(member)) && member.name && ts.isIdentifier(member.name)) {
        const name = member.name.text;
        const property = instance.getProperty(name);
        const type = property ? checker.getTypeOfSymbolAtLocation(property, classDeclaration) : checker.getTypeAtLocation(member);
        /** @type {{ type: string, initializer?: ts.Expression }} */
        const fact = { type: typeText(checker, type) };
        if (ts.isPropertyDeclaration(member) && member.initializer && !ts.isArrowFunction(member.initializer)) {
          fact.initializer = member.initializer;
        }
        facts.set(name, { ...facts.get(name), ...fact, owner: ownerOf(declaration) });
      }
      if (ts.isConstructorDeclaration(member) && member.body) {
        for (const statement of member.body.statements) {
          const e = ts.isExpressionStatement(statement) ? statement.expression : undefined;
          if (
            e &&
            ts.isBinaryExpression(e) &&
            e.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(e.left) &&
            e.left.expression.kind === ts.SyntaxKind.ThisKeyword
          ) {
            const name = e.left.name.text;
            facts.set(name, { ...facts.get(name), initializer: e.right, owner: ownerOf(declaration) });
          }
        }
      }
    }
  };
  visit(classDeclaration);
  return facts;
}

/**
 * The detail types the events name, spelt out one level deep: `{ channel: FeedbackChannel }`.
 * @param {ts.TypeChecker} checker
 * @param {ts.SourceFile} entry
 */
export function exportedTypes(checker, entry) {
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (!moduleSymbol) throw new Error(`manifest: ${entry.fileName} is not a module`);
  /** @type {Map<string, string>} */
  const types = new Map();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
    const type = checker.getDeclaredTypeOfSymbol(target);
    const props = type.getProperties();
    const shape = props.length
      ? `{ ${props
          .map((p) => {
            const decl = p.valueDeclaration ?? p.declarations?.[0];
            const text =
              decl && ts.isPropertySignature(decl) && decl.type ? decl.type.getText() : checker.typeToString(checker.getTypeOfSymbol(p));
            return `${p.name}${p.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${text}`;
          })
          .join('; ')} }`
      : typeText(checker, type);
    types.set(symbol.name, shape);
  }
  return types;
}

/** @param {ts.ClassDeclaration} declaration */
export const ownerOf = (declaration) => declaration.name?.text ?? 'default';
