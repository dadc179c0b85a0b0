// ESLint flat config: type-checked TypeScript rules, React hooks rules, a rule that keeps
// user-visible literals out of JSX so every string goes through i18next, the layering of
// ARCHITECTURE.md (models → core → hooks → components), one file-naming convention, and the
// testing-library and Playwright rules for the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import checkFile from 'eslint-plugin-check-file';
import testingLibrary from 'eslint-plugin-testing-library';
import playwright from 'eslint-plugin-playwright';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const REACT_AND_CONSOLE = {
  group: [
    'react',
    'react-dom',
    'react-dom/*',
    'react-i18next',
    'i18next',
    '@patternfly/*',
    '@openshift-console/*',
  ],
  message:
    'The readiness core and the models are pure: no React, PatternFly, i18next or console SDK.',
};
const layer = (names, message) => ({
  group: names.flatMap((n) => [`**/${n}`, `**/${n}/**`]),
  message,
});
// camelCase, or PascalCase for React components; an optional console-version suffix (entry-4.21).
// ignoreMiddleExtensions: the name is what comes before the first dot (`foo.test.ts` is `foo`).
const MODULE_NAME =
  '@(+([a-z])*([a-z0-9])*([A-Z]*([a-z0-9]))|+([A-Z])*([a-z0-9])*([A-Z]*([a-z0-9])))?(-+([0-9]))';

// The packages the pure core may import (everything else it needs is its own or a model).
const CORE_PACKAGES = ['yaml', 'fast-json-patch'];
// semver: the oracle core/version.ts is tested against, and the fixtures' version arithmetic.
const TEST_PACKAGES = [
  'vitest',
  'fast-check',
  'ajv',
  'ajv-formats',
  'kubernetes-models',
  'semver',
  'node:',
];
const CORE_TEST_FILES = ['src/core/**/*.test.ts', 'src/core/testing/**/*.ts'];
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Any bare import that is not one of `names` (a name matches itself and its subpaths).
const only = (names, what) => ({
  regex: `^(?!\\.|${names.map((n) => (n.endsWith(':') ? escape(n) : `${escape(n)}(/|$)`)).join('|')})`,
  message: `${what} ${names.join(', ')} only.`,
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      '.bench/**',
      '.tools/**',
      'integration-tests/.real-console/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Layers (ARCHITECTURE.md). The core turns a snapshot into results and patches, nothing else:
    // besides models and its own files it may import only these packages.
    files: ['src/core/**/*.ts'],
    ignores: CORE_TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            REACT_AND_CONSOLE,
            layer(['hooks', 'components', 'utils'], 'The core may import models only.'),
            only(CORE_PACKAGES, 'The core imports models, its own files and'),
          ],
        },
      ],
    },
  },
  {
    // The core's tests and fixtures may also use the test tools and read reference files.
    files: CORE_TEST_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            REACT_AND_CONSOLE,
            layer(['hooks', 'components', 'utils'], 'The core may import models only.'),
            only([...CORE_PACKAGES, ...TEST_PACKAGES], 'Core tests import'),
          ],
        },
      ],
    },
  },
  {
    // utils/ serves hooks and components with plain functions: SDK types only, no React, no hooks.
    files: ['src/utils/**/*.ts'],
    ignores: ['src/utils/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...REACT_AND_CONSOLE, allowTypeImports: true },
            layer(['hooks', 'components'], 'utils/ imports the core and models only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/models/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            REACT_AND_CONSOLE,
            layer(['core', 'hooks', 'components', 'utils'], 'Models import other models only.'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/hooks/**/*.{ts,tsx}'],
    ignores: ['src/hooks/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [layer(['components'], 'Hooks give data to components, never the reverse.')] },
      ],
    },
  },
  {
    // Components call hooks (use*.ts); the watch specs and stores behind them are the hooks' own.
    files: ['src/components/**/*.tsx', 'src/components/**/*.ts'],
    ignores: ['src/components/**/*.test.{ts,tsx}', 'src/components/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/hooks/*', '!**/hooks/use*'],
              message: 'Components import hooks (use*), not their internals.',
            },
          ],
        },
      ],
    },
  },
  {
    // One naming convention: modules camelCase, React components PascalCase, folders kebab-case.
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    ignores: ['i18next-parser.config.mjs'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js,mjs,cjs}': MODULE_NAME },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': '+([a-z0-9])*(-+([a-z0-9.]))' }],
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['integration-tests/e2e/**/*.ts', 'integration-tests/real-console/e2e/**/*.ts'],
    ...playwright.configs['flat/recommended'],
    rules: {
      ...playwright.configs['flat/recommended'].rules,
      // Table-driven specs (one test per scenario or console row) branch on the row's expectations:
      // the row decides the branch, never the run, so each test still asserts the same things.
      'playwright/no-conditional-in-test': 'off',
      'playwright/no-conditional-expect': 'off',
    },
  },
  {
    // Product UI: no literal strings in JSX; they must come from t().
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['title', 'aria-label', 'alt', 'placeholder', 'label'] },
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // No import cycles anywhere in the product: the layers only point one way.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  prettier,
);
