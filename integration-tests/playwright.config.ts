// Browser tests: Playwright driving Debian's Chromium against the local console shell.
// `npm run test:e2e` (results in integration-tests/.results/, screenshots attached per test).
// Two projects: console-4.22 runs everything; console-4.20 (React 17, react-i18next 11,
// `loadPluginEntry`, the SDK 4.21 build) runs the main flows again: scenarios, toggle flows and
// the shell (navigation, route, CheCluster tab). The contract, resilience, wrong-build and nginx
// files run once, in console-4.22 (the last two start the consoles they need themselves).
import { defineConfig } from '@playwright/test';
import type { ConsoleVersion } from './e2e/fixtures';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const MAIN_FLOWS = ['scenarios.spec.ts', 'toggle.spec.ts', 'shell.spec.ts'];

export default defineConfig<{ consoleVersion: ConsoleVersion }>({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  // 2 cores: one worker keeps CPU for the server and Chromium; E2E_WORKERS=2 on a quiet machine.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.results/e2e.json' }]],
  outputDir: '.results/artifacts',
  projects: [
    { name: 'console-4.22', use: { consoleVersion: '4.22' } },
    { name: 'console-4.20', use: { consoleVersion: '4.20' }, testMatch: MAIN_FLOWS },
  ],
  use: {
    viewport: { width: 1400, height: 1000 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
});
