// Shared by both browser suites: the helpers (scenario paths, plugin builds, screenshots, axe), and
// for the demo's spec a fresh console server (shell + simulated cluster) per test with the scenario the
// test asks for, on the console release of the Playwright project (`consoleVersion`: 4.22 loads
// dist-e2e/, 4.20 the SDK 4.21 build in dist-e2e-4.21/), and a page that fails the test on any
// uncaught error or console error.
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startConsoleServer, type ConsoleServer } from '../shell/server';

export const ROOT = path.resolve(__dirname, '../..');
export const scenarioPath = (name: string): string =>
  path.join(ROOT, 'integration-tests/scenarios', name);

export type ConsoleVersion = '4.22' | '4.21' | '4.20';

/** The production build each console release loads (what the chart's ConsolePlugin basePath picks). */
export const pluginDirFor = (consoleVersion: ConsoleVersion): string =>
  consoleVersion === '4.22' ? 'dist-e2e' : 'dist-e2e-4.21';

type Fixtures = {
  consoleVersion: ConsoleVersion;
  scenario: string;
  server: ConsoleServer;
  errors: string[];
};

/** Browser-generated network lines for Kubernetes API calls (a 404 for an absent SCC is normal). */
const isApiNetworkLine = (m: ConsoleMessage): boolean =>
  /^(Failed to load resource|WebSocket connection to)/.test(m.text()) &&
  /\/api\/kubernetes\//.test(`${m.location().url} ${m.text()}`);

export const test = base.extend<Fixtures>({
  consoleVersion: ['4.22', { option: true }],
  scenario: ['default', { option: true }],
  server: async ({ scenario, consoleVersion }, provide) => {
    const server = await startConsoleServer({
      scenario: path.isAbsolute(scenario) ? scenario : scenarioPath(scenario),
      mode: 'development',
      operatorDelayMs: 500,
      console: consoleVersion,
      pluginDir: pluginDirFor(consoleVersion),
    });
    await provide(server);
    await server.close();
  },

  errors: async ({}, provide) => {
    await provide([]);
  },
  page: async ({ page, errors }, provide) => {
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() !== 'error' || isApiNetworkLine(m)) return;
      errors.push(`console.error: ${m.text()}`);
    });
    await provide(page);
    expect(errors, 'uncaught page errors and console errors').toEqual([]);
  },
});

export { expect };

/** A copy of a production build (relative to the repo) with one thing changed. */
export const editedBuild = (from: string, edit: (dir: string) => void): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edited-plugin-'));
  cpSync(path.join(ROOT, from), dir, { recursive: true });
  edit(dir);
  return dir;
};

export const editManifest = (dir: string, f: (m: Record<string, unknown>) => void): void => {
  const file = path.join(dir, 'plugin-manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  f(m);
  writeFileSync(file, JSON.stringify(m));
};

export const PAGE_PATH = '/devspaces-nested-containers';

/** Opens the plugin page and waits until every check row has a settled status. */
export const openChecklist = async (page: Page, server: ConsoleServer): Promise<void> => {
  await page.goto(`${server.url}${PAGE_PATH}`);
  await expect(page.locator('[data-test="nested-containers-state"]').first()).toBeVisible();
  await expect(page.locator('[data-test="loading"]')).toHaveCount(0);
};

export const checkStatus = (page: Page, id: string, scope = page.locator('body')) =>
  scope.locator(`[data-test="check-${id}"]`).first();

/** Runs axe-core in the page; returns serious and critical violations (selector + rule). */
export const seriousA11yViolations = async (page: Page, include?: string): Promise<string[]> => {
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated, not added as an inline <script>: the console's CSP (script-src with a nonce) refuses
  // inline scripts, and the test's tool should not need an exception from it.
  await page.evaluate(axeSource);
  return page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, include);
};

export const shot = async (
  page: Page,
  name: string,
  testInfo: {
    outputPath: (n: string) => string;
    attach: (n: string, o: { path: string; contentType: string }) => Promise<void>;
  },
) => {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
};
