// Lint, including the layer rules of docs/architecture: each folder may import only what its row
// of the table allows. test/unit/layers.test.ts checks the same table independently.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = {
  regex: '^(node:.*|fs|fs/promises|path|os|crypto|child_process|http|https|net|url|util|worker_threads|stream|zlib)$',
  message: 'This layer runs where Node is not available (see the layer table in README.md).',
};
const electronModule = { name: 'electron', message: 'Only electron/main and electron/preload may use Electron.' };
const reactModules = [
  { name: 'react', message: 'Only the renderer uses React.' },
  { name: 'react-dom', message: 'Only the renderer uses React.' },
];
const sqliteModule = { name: 'better-sqlite3', message: 'Only electron/core talks to SQLite.' };
const coreInternals = {
  regex: '(^|/)core/(?!index$).+',
  message: 'Hosts reach the core through its public index (electron/core/index.ts) only.',
};
const intoRenderer = { regex: '(^|/)renderer/', message: 'Nothing imports the renderer.' };
const intoElectron = { regex: '(^|/)electron/', message: 'This layer may not import from electron/.' };

function layer(files, paths, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { paths, patterns }] } };
}

export default tseslint.config(
  { ignores: ['dist/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'release/**', '.tmp-shots/**', 'bin/**', 'scripts/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(['shared/**/*.ts'], [electronModule, ...reactModules, sqliteModule], [nodeBuiltins, intoElectron, intoRenderer]),
  layer(['electron/core/**/*.ts'], [electronModule, ...reactModules], [intoRenderer, { regex: '(^|/)(main|preload|host|cli)/', message: 'The core knows no host.' }]),
  layer(['electron/host/**/*.ts'], [electronModule, ...reactModules, sqliteModule], [intoRenderer, coreInternals, { regex: '(^|/)(main|preload|cli)/', message: 'The browser host knows no other host.' }]),
  layer(
    ['electron/cli/**/*.ts'],
    [electronModule, ...reactModules, sqliteModule],
    [intoRenderer, coreInternals, { regex: '(^|/)(main|preload)/', message: 'The CLI knows no Electron host.' }, { regex: '(^|/)host/(?!index$).+', message: 'The CLI starts the browser host through its index only.' }],
  ),
  layer(['electron/main/**/*.ts'], [...reactModules, sqliteModule], [intoRenderer, coreInternals, { regex: '(^|/)(host|cli|preload)/', message: 'Electron main knows no other host.' }]),
  layer(['electron/preload/**/*.ts'], [...reactModules, sqliteModule], [
    nodeBuiltins,
    intoRenderer,
    { regex: '(^|/)(core|host|cli|main)/', message: 'The preload only forwards calls.' },
    { regex: '(^|/)shared/', allowTypeImports: true, message: 'The preload may import only types from shared/.' },
  ]),
  layer(['renderer/**/*.{ts,tsx}'], [electronModule, sqliteModule], [nodeBuiltins, intoElectron]),
);
