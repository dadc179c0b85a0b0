// The whole test suite: unit, component and integration tests (vitest), then the browser tests
// (Playwright on Debian's Chromium) against a fresh production build. Ends with one line
// `N passed, N failed` totalled over every suite, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const onlyUnit = process.argv.includes('--unit');

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

const totals = { passed: 0, failed: 0, skipped: 0 };
let crashed = false;

// 1. vitest: core (node), ui (jsdom), integration (node: simulated cluster, chart, nginx).
const vitestJson = path.join(resultsDir, 'vitest.json');
const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
const vitest = readJson(vitestJson);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  // A suite that failed to load counts as a failure even though it reported no test.
  if (vitestStatus !== 0 && vitest.numFailedTests === 0) totals.failed += 1;
} else {
  crashed = true;
}

// 2. Browser tests, when the suite exists.
const playwrightConfig = path.join(root, 'integration-tests', 'playwright.config.ts');
if (!onlyUnit && existsSync(playwrightConfig)) {
  if (run('npm', ['run', 'build', '--silent']) !== 0) {
    crashed = true;
  } else {
    // Where integration-tests/playwright.config.ts has its json reporter write.
    const e2eJson = path.join(root, 'integration-tests', '.results', 'e2e.json');
    rmSync(e2eJson, { force: true });
    const status = run(bin('playwright'), ['test', '--config', playwrightConfig]);
    const e2e = readJson(e2eJson);
    if (e2e) {
      totals.passed += e2e.stats.expected + e2e.stats.flaky;
      totals.failed += e2e.stats.unexpected;
      totals.skipped += e2e.stats.skipped;
      if (status !== 0 && e2e.stats.unexpected === 0) totals.failed += 1;
    } else {
      crashed = true;
    }
  }
}

if (crashed) totals.failed += 1;
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
