// Browser tests: Playwright driving Debian's Chromium. `npm run test:e2e` (results in
// integration-tests/.results/, screenshots attached per test).
// The judge is the real console: one project per release (real-console/e2e/). The two console-*
// projects only keep the offline demo's host working (e2e/demo.spec.ts), in its 4.22 mode and its
// 4.20 mode (React 17, react-i18next 11, `loadPluginEntry`, the SDK 4.21 build).
import { defineConfig } from '@playwright/test';
import type { ConsoleVersion } from './e2e/fixtures';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  findConsoleBuild,
  REAL_CONSOLE_VERSIONS,
  whereToGet,
  type RealConsoleVersion,
} from './real-console/consoleBuild';

// The real console (real-console/e2e/): one project per release whose build is available
// (real-console/consoleBuild.ts). Without ../shared a clone skips them, saying so once; in CI
// (CI=true) a missing build is a failure, so the project stays and its fixture throws.
const missing = REAL_CONSOLE_VERSIONS.filter((v) => !findConsoleBuild(v));
if (missing.length && !process.env.CI && !process.env.PLAYWRIGHT_REAL_CONSOLE_NOTED) {
  process.env.PLAYWRIGHT_REAL_CONSOLE_NOTED = '1';
  console.log(`real-console suite skipped for ${missing.join(', ')}: ${whereToGet(missing[0])}`);
}
const realConsoles = REAL_CONSOLE_VERSIONS.filter((v) => process.env.CI || !missing.includes(v));

export default defineConfig<{ consoleVersion: ConsoleVersion; realConsole: RealConsoleVersion }>({
  testDir: './e2e',
  globalSetup: './e2e/globalSetup.ts',
  // 2 cores: one worker keeps CPU for the server and Chromium; E2E_WORKERS=2 on a quiet machine.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.results/e2e.json' }]],
  outputDir: '.results/artifacts',
  projects: [
    { name: 'shell-4.22', use: { consoleVersion: '4.22' } },
    { name: 'shell-4.20', use: { consoleVersion: '4.20' } },
    ...realConsoles.map((v) => ({
      name: `real-console-${v}`,
      testDir: './real-console/e2e',
      // A worker boots the console (~20 MB of JavaScript) once and reuses it (e2e/fixtures.ts);
      // the first test of a worker pays for that boot.
      timeout: 120_000,
      use: { realConsole: v },
    })),
  ],
  use: {
    viewport: { width: 1400, height: 1000 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
});
