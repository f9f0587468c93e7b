// Lint rules, chiefly the layering of docs/architecture.md: shared/ is pure, only the desktop adapter
// (electron/main, electron/preload) imports electron, the renderer imports no Node modules and reaches the
// backend only through renderer/api, the core imports no host and no React, and migrations no app code.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const NODE_MODULES = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
  'module',
  'process',
  'buffer',
  'events',
]
const nodePatterns = ['node:*', ...NODE_MODULES, ...NODE_MODULES.map((m) => `${m}/*`)]
const electronOnly = {
  regex: '^electron(/.*)?$',
  message: 'Only the desktop adapter (electron/main, electron/preload) may import electron.',
}
const nodeOnlyPackages = [
  'better-sqlite3',
  'kysely',
  'exceljs',
  'pdfkit',
  'commander',
  'open',
  'tsx',
  'tsx/*',
]
const reactPackages = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next', '@tanstack/*']
// The hosts around the core (electron/main, electron/server, electron/cli, electron/preload), reached by a relative path.
const hostFolders = {
  regex: '^(\\.\\./)+(main|server|cli|preload)(/|$)',
  message:
    'electron/core is what the hosts call (through dispatch); it imports no host. Ask through core/host.ts instead.',
}
// window.ropa is the desktop preload's bridge: only renderer/api (bridge.ts) speaks it; everything else uses the typed client.
const ropaBridge = [
  {
    object: 'window',
    property: 'ropa',
    message: 'Only renderer/api touches window.ropa; use the typed client (renderer/api).',
  },
  {
    object: 'globalThis',
    property: 'ropa',
    message: 'Only renderer/api touches window.ropa; use the typed client (renderer/api).',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'build/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.work/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': ['error', { patterns: [electronOnly] }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            hostFolders,
            { group: reactPackages, message: 'electron/core runs in Node for every host: no React.' },
            { group: ['**/renderer/**'], message: 'electron/core does not depend on the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The `ropa` command is a host like the others: it reaches the core through dispatch. Besides dispatch it
    // may only set the backend up (classify --db, open it, inject its host capabilities, word failures), copy
    // between two storages (workspace-copy.ts: no single backend can) and read the file-size limits it checks
    // before sending a file (docs/architecture.md, "Outside dispatch").
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            {
              regex:
                '^(\\.\\./)+core/(?!(backend|host|failures|errors|version|app-root|workspace-copy|db/location|imports/limits|notice-reader/limits)$)',
              message:
                'The CLI reaches the core through dispatch (backend.dispatch / the client); only the entry points listed in eslint.config.js are imported.',
            },
            { group: reactPackages, message: 'The CLI runs in Node: no React.' },
          ],
        },
      ],
    },
  },
  {
    // A migration is frozen once landed: it may not change because app code it imported changed.
    files: ['migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            {
              group: ['**/electron/**', '**/shared/**', '**/renderer/**', '../**'],
              message:
                'Migrations import no app code (only kysely, Node and each other): a landed migration must never change.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            { group: nodePatterns, message: 'shared/ is pure TypeScript: no Node modules.' },
            {
              group: [...nodeOnlyPackages, 'react', 'react-dom', 'react-dom/*'],
              message: 'shared/ runs everywhere: no Node-only, DOM or React packages.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ must not depend on electron/ or renderer/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            { group: nodePatterns, message: 'The renderer runs in a sandboxed page: no Node modules.' },
            {
              group: nodeOnlyPackages,
              message: 'The renderer reaches the backend only through the typed client.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the backend only through the typed client (shared/api/client).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require', '__dirname'],
      'no-restricted-properties': ['error', ...ropaBridge],
    },
  },
  {
    files: ['renderer/api/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': 'off' },
  },
)
