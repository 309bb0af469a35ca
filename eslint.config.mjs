// @ts-check
import js from '@eslint/js'
import importX from 'eslint-plugin-import-x'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/fixtures/**',
      'bench/out/**',
      'packages/web/vite.config.ts',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['packages/**/*.ts', 'packages/**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      curly: 'error',
      eqeqeq: 'error',
    },
  },
  {
    // core is pure: no drivers, no node I/O, no other package (house style R1/R2).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@chuhai/*'], message: 'core must not import other packages.' },
            { group: ['better-sqlite3', 'pg', 'kysely'], message: 'core holds no drivers.' },
            { group: ['node:*', 'fs', 'path', 'worker_threads'], message: 'core does no I/O.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'packages/store-sqlite/src/**/*.ts',
      'packages/ingest/src/**/*.ts',
      'packages/connectors/src/**/*.ts',
      'packages/monitor/src/**/*.ts',
      'packages/reports/src/**/*.ts',
      'packages/text-zh/src/**/*.ts',
      'packages/embed-transformers/src/**/*.ts',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@chuhai/cli', '@chuhai/server', '@chuhai/web'],
              message: 'adapters never import apps.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app runs in the browser: the typed client and the UI libraries, never a server
    // package or a driver.
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@chuhai/server',
                '@chuhai/store-sqlite',
                '@chuhai/ingest',
                '@chuhai/cli',
                'node:*',
              ],
              message: 'the web app talks to the server through @chuhai/api-client only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The server is an app: it may use every adapter but never the CLI or the web app.
    files: ['packages/server/src/**/*.ts', 'packages/api-client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@chuhai/cli', '@chuhai/web'], message: 'apps never import apps.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'packages/core/src/testing/**/*.ts', 'packages/server/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
      },
    },
  },
)
