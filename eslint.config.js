import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist', '.tmp', 'data', 'node_modules', 'public/mockServiceWorker.js', 'bench/results', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'bench/**/*.{ts,mjs}', 'server/**/*.ts', 'e2e/**/*.ts'], languageOptions: { globals: globals.node } },
  { files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'], languageOptions: { globals: globals.browser } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The browser's import graph must never reach Node-only modules.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts', 'server/api/**/*.ts', 'server/store.ts', 'server/stores/memory.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', 'server/api/api-suite.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'better-sqlite3', 'pg', 'fs', 'path'], message: 'Browser code must not import Node-only modules.' },
          ],
        },
      ],
    },
  },
  {
    // Views are compositions: they import from the layers below and the kit, never from another
    // view's folder (shared pieces move down into api/, domain/, charts/, components/ or kit/).
    files: ['src/views/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./[^.]', message: 'A view never imports from another view’s folder: move what they share into src/kit, src/api, src/domain, src/charts or src/components.' },
            {
              regex: '^\\.\\./\\.\\./(?!(app|api|domain|charts|components|i18n|kit|contract)/|zod-setup$)',
              message: 'Views import only from app, api, domain, charts, components, i18n and kit.',
            },
            { regex: '^\\.\\./\\.\\./contract/', allowTypeImports: true, message: 'Views use the contract’s types only; data come through src/api.' },
          ],
        },
      ],
    },
  },
  {
    // Charts draw: they know nothing of the shell, the views or the kit (the shell hands them what
    // they need through the frame context).
    files: ['src/charts/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(app|views|kit)/', message: 'src/charts imports nothing from app, views or kit.' }] },
      ],
    },
  },
  {
    // The kit serves every view and belongs to none.
    files: ['src/kit/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./views/', message: 'src/kit imports nothing from a view.' }] }],
    },
  },
  {
    // The domain is where the numbers are made: no React, no charts, no network.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/domain must not import React.' },
            { group: ['recharts', 'recharts/*'], message: 'src/domain must not import Recharts.' },
            { group: ['@tanstack/*'], message: 'src/domain must not import the query layer.' },
            { group: ['msw', 'msw/*', 'hono', 'hono/*'], message: 'src/domain must not depend on HTTP code.' },
            { group: ['node:*', 'better-sqlite3', 'pg', 'fs', 'path'], message: 'src/domain must not import Node-only modules.' },
            { group: ['../api/*', '../views/*', '../charts/*', '../app/*', '../i18n/*'], message: 'src/domain imports nothing from the layers above it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/domain must not fetch; pass data in.' },
        { name: 'XMLHttpRequest', message: 'src/domain must not do I/O.' },
      ],
    },
  },
)
