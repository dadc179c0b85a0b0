import { defineConfig } from 'vitest/config';

// Pure logic runs in node; components run in jsdom with the console SDK mocked at the module boundary.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    // A bound for a hung test on a loaded 2-core machine, not a speed check (speed is in bench/).
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          setupFiles: ['./vitest.fastCheck.ts'],
        },
      },
      {
        extends: true,
        // The simulated cluster's own tests (no browser).
        test: {
          name: 'integration',
          environment: 'node',
          include: [
            'integration-tests/**/*.test.ts',
            'charts/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          // PatternFly's class maps (react-styles) import their stylesheet; processed by vite, the
          // CSS import is an empty module (the console supplies PatternFly's CSS).
          server: { deps: { inline: [/@patternfly\/react-styles/] } },
          include: ['src/**/*.test.tsx'],
          setupFiles: ['./vitest.setup.ts', './vitest.fastCheck.ts'],
        },
      },
    ],
  },
});
