/**
 * Lint: the boundaries of the code's shape, held by rules rather than by tests that read source files.
 *
 *   content ← lesson ← {ui, tracking} ← app          (src/, the lesson in the browser)
 *   content, lesson ← report                           (src/report, the teacher kit; only scorm/ uses it)
 *   scorm/                                             (build time: packaging, preview LMS, bench)
 *   src/testing                                        (fixture factory: tests and the bench only)
 *
 * An arrow points at what a layer may import. No import cycles anywhere. scorm-again is loaded only by a
 * dynamic import in src/tracking/standalone.ts (no LMS: it plays the LMS in the page) and by the preview
 * LMS in scorm/preview. File names: React component files in PascalCase, every other file kebab-case.
 */
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { fileNameRule } from './eslint/file-name-rule.js';

const LAYERS = ['content', 'lesson', 'ui', 'tracking', 'app', 'report', 'testing'];
/** What each layer of src/ may import from src/ (itself always). */
const MAY_IMPORT = {
  content: [],
  lesson: ['content'],
  ui: ['content', 'lesson'],
  tracking: ['content', 'lesson'],
  app: ['content', 'lesson', 'ui', 'tracking'],
  report: ['content', 'lesson'],
  testing: ['content', 'lesson'],
};
const WHY = {
  report: 'src/report is the teacher kit: only scorm/ (build time) and tests use it',
  testing: 'src/testing is the fixture factory: only tests and the bench use it',
};

const layerZones = LAYERS.flatMap((layer) =>
  LAYERS.filter((other) => other !== layer && !MAY_IMPORT[layer].includes(other)).map((other) => ({
    target: `./src/${layer}`,
    from: `./src/${other}`,
    message: WHY[other] ?? `the layers are content ← lesson ← {ui, tracking} ← app: src/${layer} may not import src/${other}`,
  })),
);

const boundaryZones = [
  ...layerZones,
  // src/main.tsx is the page's entry: it wires the app, never the teacher kit or test fixtures.
  { target: './src/main.tsx', from: './src/report', message: WHY.report },
  { target: './src/main.tsx', from: './src/testing', message: WHY.testing },
  { target: './src', from: './scorm', message: 'src/ is the lesson in the browser; scorm/ is build time only' },
  { target: './src', from: './tests', message: 'src/ never imports tests/' },
  { target: './scorm', from: './tests', message: 'scorm/ (build time, the bench) never imports tests/: shared fixtures live in src/testing' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'packages/**', 'node_modules/**', 'coverage/**', '.stage/**', 'scorm/preview/dist/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX, local: { rules: { 'file-name': fileNameRule } } },
    settings: {
      // How import-x reads the files it follows (for no-cycle), and resolves specifiers as tsc does.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'local/file-name': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Tests reach into scorm-again's untyped cmi tree to read what the LMS stored.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // A static import would put scorm-again in every LMS launch's bundle; types are free.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'scorm-again', allowTypeImports: true, message: 'load scorm-again with the dynamic import in src/tracking/standalone.ts' }] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportExpression[source.value='scorm-again']",
          message: 'only src/tracking/standalone.ts loads scorm-again (when there is no LMS)',
        },
        {
          // pagehide and visibilitychange are the page lifecycle that mobile browsers and bfcache honour.
          selector: "Literal[value=/^(before)?unload$/]",
          message: 'listen to pagehide / visibilitychange, not unload or beforeunload',
        },
      ],
    },
  },
  {
    files: ['src/tracking/standalone.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "Literal[value=/^(before)?unload$/]", message: 'listen to pagehide / visibilitychange, not unload or beforeunload' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Views read the lesson state only through the lesson layer's selectors (src/lesson/selectors.ts).
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='state'][property.name=/^(checks|seed|current|furthest|timeOnTask)$/]",
          message: 'views read the lesson state through the selectors in src/lesson/selectors.ts',
        },
      ],
    },
  },
);
