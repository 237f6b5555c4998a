import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '**/*.mjs', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
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
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['webextension-polyfill', 'preact', 'preact/*', '**/platform/**', '**/ui/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'navigator', 'localStorage', 'fetch'],
    },
  },
);
