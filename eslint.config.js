// Lint rules: the recommended sets of ESLint and typescript-eslint, nothing exotic; and which way
// imports point between the folders of src/ (../shared/STYLE.md §2).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Imports that touch disk, network, processes or a database. */
const IO = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'node:http',
  'node:https',
  'node:net',
  'node:child_process',
  'pg',
  'better-sqlite3',
  'kysely',
  'playwright-core',
]
/** A pattern for imports of a folder of src/ from a sibling folder ("../store/x.js", "../../store/x.js"). */
const folder = (name) => ({ regex: `^(\\.\\./)+${name}(/|$)`, message: `STYLE.md §2: this folder does not import ${name}/` })
const io = (why) => IO.map((name) => ({ name, message: `STYLE.md §2: ${why}` }))

/** The import table of STYLE.md §2, one entry per folder. */
const BOUNDARIES = [
  {
    files: ['src/core/**/*.ts'],
    patterns: [{ regex: '^\\.\\./', message: 'STYLE.md §2: core/ imports nothing else of the project' }],
    paths: io('core/ has no I/O'),
  },
  {
    files: ['src/parse/**/*.ts', 'src/extract/**/*.ts', 'src/report/**/*.ts'],
    patterns: ['store', 'ingest', 'commands', 'cli', 'server', 'web'].map(folder),
    paths: io('the pure stages get plain values; I/O sits at the edges'),
  },
  {
    files: ['src/track/**/*.ts'],
    patterns: ['store', 'ingest', 'commands', 'cli', 'server', 'web', 'report'].map(folder),
    paths: io('track/ receives data and returns changes'),
  },
  {
    files: ['src/ingest/**/*.ts', 'src/store/**/*.ts'],
    patterns: ['parse', 'extract', 'track', 'report', 'commands', 'cli', 'server', 'web'].map(folder),
    paths: [],
  },
  { files: ['src/commands/**/*.ts'], patterns: ['cli', 'server', 'web'].map(folder), paths: [] },
  { files: ['src/cli/**/*.ts'], patterns: ['server', 'web'].map(folder), paths: [] },
  { files: ['src/server/**/*.ts'], patterns: ['cli', 'web'].map(folder), paths: [] },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    patterns: ['store', 'ingest', 'parse', 'extract', 'track', 'report', 'commands', 'cli']
      .map(folder)
      .concat([{ ...folder('server'), allowTypeImports: true }]),
    paths: io('web/ talks to the server over HTTP only'),
  },
]

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'docs/', '**/*.d.ts', 'tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  ...BOUNDARIES.map(({ files, patterns, paths }) => ({
    files,
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns, paths }] },
  })),
  {
    // The pure core reads no clock and no network: "today" and the bytes are passed in.
    files: ['src/core/**/*.ts', 'src/parse/**/*.ts', 'src/extract/**/*.ts', 'src/report/**/*.ts', 'src/track/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'STYLE.md §2: pure stages take "today" as a value' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'STYLE.md §2: pure stages do not use the network' }],
    },
  },
)
