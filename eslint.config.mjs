import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folders of src/ and what each may not import: the layering the README draws, held by the linter. */
const FORBIDDEN_IMPORTS = [
  { from: 'src/ui/**', forbid: ['**/platform/**', '**/background/**', '**/panel/**', '**/popup/**', '**/cli/**'] },
  { from: 'src/cli/**', forbid: ['**/platform/**', '**/ui/**', '**/background/**', '**/panel/**', '**/popup/**'] },
  { from: 'src/panel/**', forbid: ['**/background/**', '**/popup/**'] },
  { from: 'src/popup/**', forbid: ['**/background/**', '**/panel/**'] },
  { from: 'src/devtools/**', forbid: ['**/background/**', '**/panel/**', '**/popup/**'] },
  { from: 'src/platform/**', forbid: ['**/background/**', '**/panel/**', '**/popup/**', '**/ui/**', '**/cli/**'] },
  // The core's own order: parse -> store -> classify -> rules -> trace -> report; nothing of the core reaches out.
  { from: 'src/core/**', forbid: ['webextension-polyfill', 'preact', 'preact/*', '**/platform/**', '**/ui/**', '**/background/**', '**/panel/**', '**/popup/**', '**/cli/**'] },
  { from: 'src/core/parse/**', forbid: ['**/store/**', '**/classify/**', '**/rules/**', '**/trace/**', '**/report/**', '**/har/**'] },
  { from: 'src/core/store/**', forbid: ['**/classify/**', '**/rules/**', '**/trace/**', '**/report/**', '**/har/**'] },
  { from: 'src/core/classify/**', forbid: ['**/rules/**', '**/trace/**', '**/report/**', '**/har/**'] },
  { from: 'src/core/rules/**', forbid: ['**/trace/**', '**/report/**', '**/har/**'] },
  { from: 'src/core/trace/**', forbid: ['**/report/**', '**/har/**'] },
  { from: 'src/core/har/**', forbid: ['**/trace/**', '**/report/**', '**/rules/**', '**/classify/**'] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**', 'demo-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never render page data as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never render page data as HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page data as HTML.' },
      ],
    },
  },
  ...FORBIDDEN_IMPORTS.map(({ from, forbid }) => ({
    files: [from.endsWith('**') ? `${from}/*.{ts,tsx}` : from],
    rules: { 'no-restricted-imports': ['error', { patterns: forbid }] },
  })),
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'fetch'] },
  },
);
