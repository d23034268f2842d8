import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'node_modules/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The layer rule of shared/DESIGN.md: ui → state → store/core, never back. A wrong import
  // fails `npm test` (lint is one of its gates).
  layer('src/core/**/*.ts', ['store', 'state', 'ui', 'workers', 'i18n', 'cli'], ['lit', 'idb']),
  layer('src/store/**/*.ts', ['state', 'ui', 'workers', 'i18n', 'cli'], ['lit']),
  layer('src/state/**/*.ts', ['ui', 'cli']),
  layer('src/ui/**/*.ts', ['store', 'workers', 'cli'], ['idb']),
  layer('src/workers/**/*.ts', ['store', 'state', 'ui', 'i18n', 'cli'], ['lit', 'idb']),
  // The TM Worker reads a TM's blocks from IndexedDB itself (store/tm-worker-read.ts).
  layer('src/workers/tm.worker.ts', ['state', 'ui', 'i18n', 'cli'], ['lit', 'idb']),
  layer('src/cli/**/*.ts', ['store', 'state', 'ui', 'workers', 'i18n'], ['lit', 'idb']),
  // The team sync server runs in Node only: it uses core, and nothing of the app uses it.
  layer('src/server/**/*.ts', ['store', 'state', 'ui', 'workers', 'i18n', 'cli'], ['lit', 'idb']),
  prettier,
);

/** Files under `files` may not import the app folders `folders` nor the packages `packages`. */
function layer(files, folders, packages = []) {
  // No app folder may import the Node-only team server (src/server/).
  if (!files.startsWith('src/server/')) folders = [...folders, 'server'];
  return {
    files: [files],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...folders.map((f) => ({
              group: [`**/${f}/*`, `**/${f}/**`],
              message: `${files.split('/**')[0]} may not import ${f}/ (see the layer rule in shared/DESIGN.md).`,
            })),
            ...packages.map((p) => ({
              group: [p, `${p}/*`],
              message: `${files.split('/**')[0]} may not import ${p}.`,
            })),
          ],
        },
      ],
    },
  };
}
