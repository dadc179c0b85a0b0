import { defineConfig } from 'vitest/config';

// Pure logic runs in node; components run in jsdom with the console SDK mocked at the module boundary.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    // A file's first test pays for loading its modules (PatternFly in jsdom: 4-6 s on a busy
    // 2-core machine shared with other runs), and axe over a whole page takes as long; the
    // default 5 s failed on machine load, not on code.
    testTimeout: 20_000,
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
          setupFiles: ['./vitest.setup.ts'],
        },
      },
    ],
  },
});
