import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['node_modules/**', 'cdk.out/**', 'coverage/**', '**/*.js', '**/*.mjs', 'tests/hostile/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'regexp/no-super-linear-backtracking': 'error',
      // Lines are bounded before any unanchored search, so quadratic moves on one line are cheap; backtracking stays an error.
      'regexp/no-super-linear-move': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        // V8 builds a v-flag class with ICU set operations: a Unicode-property class costs about half as much to build as under u,
        // and the core's patterns are built in every cold start. (Under i, v costs more than u: case-insensitive patterns keep u.)
        {
          selector: String.raw`Literal[regex.flags=/^[dgmsy]*u[dgmsy]*$/][regex.pattern=/\\p\{/]`,
          message: 'A pattern with a Unicode property and no i flag takes the v flag (cheaper to build).',
        },
      ],
    },
  },
  {
    files: ['functions/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@aws-sdk/*', '@aws-lambda-powertools/*', 'node:fs', 'fs'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env' }, { object: 'Date', property: 'now' }],
    },
  },
);
