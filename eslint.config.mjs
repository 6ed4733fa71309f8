import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import/no-duplicates': ['error', { 'prefer-inline': true }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(test|it|describe)$/]", message: 'No focused tests.' },
      ],
    },
  },
  globalIgnores(['**/.next/**', '**/.next-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/next-env.d.ts']),
]);
