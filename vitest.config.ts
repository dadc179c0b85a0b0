import { defineConfig } from 'vitest/config';

// Pure logic runs in node; components run in jsdom with the console SDK mocked at the module boundary.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'core', environment: 'node', include: ['src/**/*.test.ts'] },
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
          include: ['src/**/*.test.tsx'],
          // PatternFly in jsdom on a 2-core machine shared with other runs: 5 s is too tight.
          testTimeout: 15_000,
          setupFiles: ['./vitest.setup.ts'],
        },
      },
    ],
  },
});
