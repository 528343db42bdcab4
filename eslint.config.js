// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, inner to outer: events (the domain) ← i18n (languages, catalogs) ← ui (shared pieces) ← timeline, card, list (features) ← app and
 * editor (shells, side by side). Each zone lists what a folder must not import: anything outer, and features never
 * each other.
 */
const FEATURES = ['timeline', 'card', 'list'];
const SHELLS = ['./src/app', './src/editor'];
const layerZones = [
  { target: './src/events', from: ['./src/i18n', './src/ui', ...FEATURES.map((f) => `./src/${f}`), ...SHELLS] },
  { target: './src/i18n', from: ['./src/ui', ...FEATURES.map((f) => `./src/${f}`), ...SHELLS] },
  { target: './src/ui', from: [...FEATURES.map((f) => `./src/${f}`), ...SHELLS] },
  ...FEATURES.map((feature) => ({
    target: `./src/${feature}`,
    from: [...FEATURES.filter((other) => other !== feature).map((other) => `./src/${other}`), ...SHELLS],
  })),
  // Tests and the benchmark share helpers through tools/, never each other.
  { target: './bench', from: './tests' },
  { target: './tests', from: './bench' },
  { target: './tools', from: ['./tests', './bench'] },
];

export default defineConfig([
  globalIgnores(['dist', 'dist-single', 'coverage', 'test-results', 'bench/generated', 'bench/dist', 'node_modules']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.strictTypeChecked,
      tseslint.configs.stylisticTypeChecked,
      reactHooks.configs.flat.recommended,
      jsxA11y.flatConfigs.strict,
    ],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `onClick={() => setOpen(false)}` reads plainly; a void value used anywhere else is still an error.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // As in jsx-a11y's recommended set: a <dialog> may handle its own keys (Escape stays inside it).
      'jsx-a11y/no-noninteractive-element-interactions': [
        'error',
        {
          handlers: ['onClick', 'onError', 'onLoad', 'onMouseDown', 'onMouseUp', 'onKeyPress', 'onKeyDown', 'onKeyUp'],
          dialog: ['onKeyDown', 'onKeyUp'],
        },
      ],
      // role="application" (the timeline: one tab stop whose arrow keys are its own) takes focus, as a tab panel may.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'application'] }],
    },
  },
  {
    // In tests and the benchmark a missing value fails the run loudly at the `!`, which is what a test wants.
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'tools/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `let release = () => {}` is a placeholder until a promise hands over the real one.
      '@typescript-eslint/no-empty-function': 'off',
      // Teardown runs after a setup that may have failed: `browser?.close()` guards values typed as always set.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Stubs of async APIs (fetch) and React's `act(async () => …)` are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]);
