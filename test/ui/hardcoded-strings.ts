import ts from 'typescript';

/** Attributes whose text a user reads or hears; other attributes (class, id, data-*) are code. */
const USER_FACING_ATTRIBUTES: ReadonlySet<string> = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
  'label',
]);

/** Punctuation, numbers and symbols are fine; any letter of any script means prose. */
const LETTER = /\p{L}/u;

export interface HardcodedString {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const isEquality = (kind: ts.SyntaxKind): boolean =>
  kind === ts.SyntaxKind.EqualsEqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsEqualsToken;

/**
 * Whether a string literal ends up on screen: a JSX child expression or a user-facing attribute, and not
 * an argument of a call (`t('key')`) or one side of a comparison on the way there.
 */
const reachesScreen = (literal: ts.Node): boolean => {
  for (let node = literal.parent; node !== undefined; node = node.parent) {
    if (ts.isCallExpression(node) || ts.isElementAccessExpression(node)) return false;
    if (ts.isBinaryExpression(node) && isEquality(node.operatorToken.kind)) return false;
    if (ts.isJsxAttribute(node)) return USER_FACING_ATTRIBUTES.has(node.name.getText());
    if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent))
      return ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent);
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isFunctionLike(node)) return false;
  }
  return false;
};

const literalText = (node: ts.Node): string | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
};

/** Every piece of prose written into the JSX of one TSX source instead of coming from the catalog. */
export const hardcodedStrings = (file: string, source: string): HardcodedString[] => {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardcodedString[] = [];
  const report = (node: ts.Node, text: string): void => {
    found.push({ file, line: sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, node.text);
    } else {
      const text = literalText(node);
      if (text !== null && LETTER.test(text) && reachesScreen(node)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
};
