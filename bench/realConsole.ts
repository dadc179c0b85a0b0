// The plugin measured inside the real OpenShift console (integration-tests/real-console): the
// JavaScript it fetches to open its page (every file under /api/plugins/<name>/, gzip), whether
// any of it is a PatternFly or react-dom copy of the plugin's own, the API requests at open and
// while idle, and in-app navigation from a warm console to the whole answer (every check answered) against the
// console's own CheCluster list page in the same run.
import type { Browser, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PLUGIN_NAME, start, type RealConsole } from '../integration-tests/real-console/backend';
import {
  findConsoleBuild,
  type RealConsoleVersion,
} from '../integration-tests/real-console/consoleBuild';

export const PAGE = `/${PLUGIN_NAME}`;
export const CHECLUSTER_LIST = '/k8s/all-namespaces/org.eclipse.che~v2~CheCluster';
const PLUGIN_PREFIX = `/api/plugins/${PLUGIN_NAME}/`;

export type JsFile = {
  file: string;
  raw: number;
  gzip: number;
  patternfly: boolean;
  reactDom: boolean;
};

// What a bundled copy leaves in a minified chunk: PatternFly's OUIA id helper (every react-core
// component uses it; class names alone are not a copy: the plugin writes some itself,
// src/components/patternflyClasses.ts); react-dom's renderer name for the devtools hook.
const PATTERNFLY_MARK = /OUIA-Generated-/;
const REACT_DOM_MARK = /rendererPackageName:"react-dom"/;

export const jsFile = (pluginDir: string, urlPath: string): JsFile => {
  const file = urlPath.slice(PLUGIN_PREFIX.length).split('?')[0];
  const body = readFileSync(path.join(pluginDir, file));
  const text = body.toString('utf8');
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body).length,
    patternfly: PATTERNFLY_MARK.test(text),
    reactDom: REACT_DOM_MARK.test(text),
  };
};

/**
 * Whether the console offers plugins PatternFly's dynamic modules at all: its webpack runtime
 * registers them in the share scope (4.22). The 4.20 and 4.21 builds register none, so there the
 * plugin's PatternFly is the only copy on the page, not a second one.
 */
export const consoleSharesPatternFly = (version: RealConsoleVersion): boolean => {
  const dir = findConsoleBuild(version);
  if (!dir) return false;
  return readdirSync(dir)
    .filter((f) => /^(runtime|main)-bundle-.*\.js$/.test(f))
    .some((f) =>
      readFileSync(path.join(dir, f), 'utf8').includes('@patternfly/react-core/dist/dynamic/'),
    );
};

// The whole answer: every check has answered (none still says what it loads).
const evaluated = (page: Page, timeout = 120_000) =>
  page.waitForFunction(
    () =>
      !!document.querySelector('[data-test="nested-containers-state"]') &&
      !document.querySelector('[data-test="loading"]') &&
      document.querySelectorAll('[data-test^="check-"][data-status]').length > 0 &&
      !document.querySelector('[data-reason="loading"]'),
    undefined,
    { timeout },
  );

// A row of the list: VirtualizedTable rows (4.20/4.21), the data-view table cells (4.22).
const listed = (page: Page, timeout = 120_000) =>
  page.waitForSelector('[data-test-rows="resource-row"], td[data-test^="data-view-cell-"]', {
    timeout,
  });

/** In-app navigation, as a console link does: the router follows history, no page load. */
const navigate = async (page: Page, to: string, ready: (p: Page) => Promise<unknown>) => {
  const t0 = await page.evaluate((url) => {
    const at = performance.now();
    window.history.pushState({}, '', url);
    window.dispatchEvent(new PopStateEvent('popstate', { state: {} }));
    return at;
  }, to);
  await ready(page);
  return (await page.evaluate(() => performance.now())) - t0;
};

const home = (page: Page) =>
  navigate(page, '/api-explorer', (p) => p.waitForSelector('[data-test="api-explorer-page"], h1'));

export type RealConsoleReport = {
  version: RealConsoleVersion;
  sharesPatternFly: boolean;
  scenario: string;
  js: JsFile[];
  apiAtOpen: string[];
  watchesAtOpen: string[];
  idle: string[];
  pluginMs: number[];
  listMs: number[];
  pageErrors: string[];
};

export const measureRealConsole = async (
  browser: Browser,
  opts: {
    version: RealConsoleVersion;
    pluginDir: string;
    scenario?: string;
    runs: number;
    idleMs: number;
  },
): Promise<RealConsoleReport> => {
  const c: RealConsole = await start({
    version: opts.version,
    pluginDir: opts.pluginDir,
    scenario: opts.scenario,
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const pluginJs: string[] = [];
  page.on('request', (r) => {
    const p = new URL(r.url()).pathname;
    if (p.startsWith(PLUGIN_PREFIX) && p.endsWith('.js')) pluginJs.push(p);
  });
  const sockets: string[] = [];
  page.on('websocket', (ws) => {
    const u = new URL(ws.url());
    if (u.pathname.startsWith('/api/kubernetes/')) sockets.push(u.pathname + u.search);
  });
  try {
    // Warm console on a page of its own, then open the plugin's page in-app.
    await page.goto(`${c.url}/api-explorer`);
    await page.waitForSelector('[data-test="api-explorer-page"], h1', { timeout: 180_000 });
    // The console loads plugin entries at boot; wait for the entry before the navigation.
    await page.waitForFunction(
      (prefix) =>
        performance
          .getEntriesByType('resource')
          .some((e) => e.name.includes(`${prefix}plugin-entry`)),
      PLUGIN_PREFIX,
      { timeout: 120_000 },
    );
    const apiBefore = c.served.length;
    const socketsBefore = sockets.length;
    await navigate(page, PAGE, evaluated);
    // Watches open once their lists return: the idle window starts after 3 s without a new request.
    for (let n = -1; n !== c.served.length;) {
      n = c.served.length;
      await page.waitForTimeout(3000);
    }
    const apiAtOpen = c.served
      .slice(apiBefore)
      .filter((r) => r.path.startsWith('/api/kubernetes/'))
      .map((r) => `${r.method} ${r.path.replace('/api/kubernetes', '')}`);
    const watchesAtOpen = sockets.slice(socketsBefore).map((s) => s.replace('/api/kubernetes', ''));
    const idleFrom = c.served.length;
    await page.waitForTimeout(opts.idleMs);
    const idle = c.served
      .slice(idleFrom)
      .filter((r) => r.path.startsWith('/api/kubernetes/'))
      .map((r) => `${r.method} ${r.path.replace('/api/kubernetes', '')}`);
    const js = [...new Set(pluginJs)].map((p) => jsFile(opts.pluginDir, p));

    // Navigation: the console's CheCluster list and the plugin's page, alternating, from the same
    // warm console page each time.
    const pluginMs: number[] = [];
    const listMs: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      await home(page);
      listMs.push(await navigate(page, CHECLUSTER_LIST, listed));
      await home(page);
      pluginMs.push(await navigate(page, PAGE, evaluated));
    }
    return {
      version: opts.version,
      sharesPatternFly: consoleSharesPatternFly(opts.version),
      scenario: path.basename(opts.scenario ?? 'default'),
      js,
      apiAtOpen,
      watchesAtOpen,
      idle,
      pluginMs,
      listMs,
      pageErrors,
    };
  } finally {
    await context.close();
    await c.close();
  }
};
