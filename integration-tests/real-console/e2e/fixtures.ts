// Fixtures for the browser suite inside the REAL OpenShift console (one Playwright project per
// release, `realConsole` option). Booting the console costs its ~20 MB of JavaScript, so each worker
// starts ONE stand-in backend (../backend.ts) and ONE browser page, and reuses them across tests:
// before each test the page leaves the plugin (an in-console navigation to a route without it), the
// backend swaps in a fresh simulated cluster on the test's scenario (`rc.reset`), and the test opens
// its path with `visit` — an in-console navigation (history.pushState + popstate, what the console's
// router listens to), or a full load when the logged-in user or the plugin build changed (those the
// console reads once, at boot). The page fails the test on any console error, uncaught error or failed
// request — except the console-side noise below, listed once with why, and what a test says it
// expects (`expectedProblems`). 4.22 serves dist-e2e/, 4.20 and 4.21 dist-e2e-4.21/, as the chart's
// ConsolePlugin basePath picks them.
import {
  test as base,
  expect,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
} from '@playwright/test';
import { pluginDirFor, scenarioPath, seriousA11yViolations } from '../../e2e/fixtures';
import {
  PLUGIN_NAME,
  start,
  type RealConsole,
  type RealConsoleReset,
  type ServedConsole,
} from '../backend';
import { pluginOfViolation } from '../csp';
import { findConsoleBuild, whereToGet, type RealConsoleVersion } from '../consoleBuild';

/**
 * What the real console does at boot that fails against the stand-in or the simulated cluster, and
 * has nothing to do with the plugin. Matched against the failed request's URL or the console text.
 */
export const CONSOLE_NOISE: { match: RegExp; reason: string }[] = [
  {
    match: /\/api\/kubernetes\/openapi\/v2|Could not get OpenAPI definitions/,
    reason:
      'the simulated API server does not serve /openapi/v2 (404, a choice: the console then ' +
      'logs "Could not get OpenAPI definitions" and works without the schemas)',
  },
  {
    match: /\/api\/olm\/check-package-manifests\/|\/api\/check-package-manifest\//,
    reason:
      "the bridge's OLM handler (pkg/olm) is not in the stand-in: the console's Lightspeed probe " +
      'for the lightspeed-operator package gets 404',
  },
  {
    match: /\/apis\/image\.openshift\.io\/v1\/namespaces\/openshift\/imagestreams\//,
    reason:
      'dev-console probes the java ImageStream; the simulated cluster serves no image.openshift.io',
  },
  {
    match: /\/apis\/metal3\.io\//,
    reason:
      'the metal3 plugin reads its Provisioning; not a bare-metal cluster (404 on a real one too)',
  },
  {
    match: /\/apis\/operators\.coreos\.com\/|OpenShift Pipelines Operator version/,
    reason:
      "OLM (operators.coreos.com) is not simulated; 4.20's pipelines plugin looks for its CSV",
  },
  {
    match: /\/locales\/resource\.json\?lng=en&ns=(lso-plugin|notification-drawer)$/,
    reason:
      '4.20 asks for i18n namespaces its own build does not ship; the bridge (http.ServeFile) ' +
      'answers 404 as well',
  },
];

const isNoise = (s: string) => CONSOLE_NOISE.some((n) => n.match.test(s));

/** A `securitypolicyviolation` event as the page reported it (SecurityPolicyViolationEvent's fields). */
export type CspViolation = {
  effectiveDirective: string;
  blockedURI: string;
  sourceFile: string;
  disposition: string;
  /** document.baseURI when it fired (the console attributes plugins relative to it). */
  baseURI: string;
};

/** What the page saw during one test (console errors, uncaught errors, writes it sent, CSP). */
export type Seen = {
  consoleErrors: string[];
  consoleWarnings: string[];
  pageErrors: string[];
  writes: { method: string; url: string; body: unknown }[];
  cspViolations: CspViolation[];
};

/** Reports every CSP violation of the page to the test, before the console's own scripts run. */
const REPORT_CSP_VIOLATIONS = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    const report = (window as unknown as { __e2eCspViolation: (v: unknown) => void })
      .__e2eCspViolation;
    report({
      effectiveDirective: e.effectiveDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
      disposition: e.disposition,
      baseURI: document.baseURI,
    });
  });
};

/** What TRACK_WEBSOCKETS adds to the page's window. */
type SocketTracking = { __e2eSocketsConnecting: () => number };

/**
 * Keeps the page's WebSockets in a list the test can read. The multicluster SDK logs two console
 * errors for a watch closed before its handshake ends (fleetK8sWatchResource.js: onerror, then
 * "did not close cleanly"), which leaving a drill-down right after it loaded does.
 */
const TRACK_WEBSOCKETS = () => {
  const Native = window.WebSocket;
  const sockets = new Set<WebSocket>();
  class Tracked extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      sockets.add(this);
      this.addEventListener('close', () => sockets.delete(this));
    }
  }
  window.WebSocket = Tracked;
  (window as unknown as SocketTracking).__e2eSocketsConnecting = () =>
    [...sockets].filter((s) => s.readyState === Native.CONNECTING).length;
};

/**
 * Waits until no WebSocket of the page is still connecting. Once a page has loaded, every watch it
 * needs has been created (the SDKs open a watch when its list arrives), so after this, leaving the
 * page closes open sockets only.
 */
export const socketsConnected = (page: Page) =>
  page.waitForFunction(() => (window as unknown as SocketTracking).__e2eSocketsConnecting() === 0);

type WorkerFixtures = {
  realConsole: RealConsoleVersion;
  /** The stand-in backend this worker shares across its tests. */
  backend: RealConsole;
  /** The browser page this worker shares across its tests (one context, one console boot). */
  consolePage: Page;
  /** Every CSP violation the page reports, in order (the page fixture takes each test's share). */
  cspViolations: CspViolation[];
};

type Fixtures = {
  scenario: string;
  /** Changes to what the backend serves for this test (plugin build, user). */
  consoleOptions: Omit<RealConsoleReset, 'scenario'>;
  /** Problems this test causes on purpose (a denied patch, a conflict), as regexps. */
  expectedProblems: RegExp[];
  rc: RealConsole;
  seen: Seen;
};

/** A console route no extension claims: the console draws its 404 page and watches nothing of ours. */
const BETWEEN_TESTS = '/e2e-between-tests';

/**
 * What each page booted with: the console reads the user and the plugin manifest once, and keeps
 * API discovery (in memory, and in localStorage for the next boot) until its next poll, minutes
 * later. A scenario that serves other API groups than the last one needs a fresh console too.
 */
const bootedWith = new WeakMap<Page, string>();
const keyOf = (c: ServedConsole) =>
  `${c.url}|${c.identity}|${c.pluginSource}|${c.servedGroups.join(',')}|${c.fleet}`;
const bootKey = (rc: RealConsole) =>
  keyOf({
    url: rc.url,
    identity: rc.identity,
    pluginSource: rc.pluginSource,
    servedGroups: rc.cluster.servedGroups(),
    fleet: rc.fleet,
  });

/**
 * Ends the running console: no timer or watch of its own can act any more (a settings write for
 * the last user, a discovery write to localStorage). Then clears what it kept in this origin's
 * storage, from a same-origin document that runs no script, so the next boot starts as a first
 * visit in a fresh browser.
 */
const unload = async (page: Page, rc: RealConsole) => {
  await page.goto('about:blank');
  bootedWith.delete(page);
  await page.goto(`${rc.url}/api/console/version`);
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
};

/** Navigates inside the already running console, as its router does on a link. */
const pushRoute = (page: Page, to: string) =>
  page.evaluate((p) => {
    const prev = (window.history.state ?? {}) as { idx?: number };
    // Both routers' state shapes: history v4 (4.20/4.21) reads key/state, react-router 7 usr/key/idx.
    const state = { usr: null, key: `e2e${Date.now()}`, idx: (prev.idx ?? 0) + 1 };
    window.history.pushState(state, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state }));
  }, to);

/**
 * Opens `to` (a console path) in the test's console: in-console when the page already runs this
 * backend's console for the same user and plugin build, else by loading the console afresh.
 */
export const visit = async (page: Page, rc: RealConsole, to: string) => {
  if (bootedWith.get(page) === bootKey(rc) && page.url().startsWith(rc.url)) {
    await pushRoute(page, to);
  } else await boot(page, rc, to);
};

/** Loads the console afresh at `to` (what a test of the console's boot needs). */
export const boot = async (page: Page, rc: RealConsole, to: string) => {
  await unload(page, rc);
  await page.goto(`${rc.url}${to}`);
  bootedWith.set(page, bootKey(rc));
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  realConsole: ['4.22', { option: true, scope: 'worker' }],
  backend: [
    async ({ realConsole }, provide) => {
      if (!findConsoleBuild(realConsole)) {
        // The config leaves the project out when a build is missing, except in CI where it must exist.
        throw new Error(whereToGet(realConsole));
      }
      const rc = await start({
        version: realConsole,
        pluginDir: pluginDirFor(realConsole),
        operatorDelayMs: 500,
        // The console's own directives, enforced: what it would only report also breaks here.
        csp: 'enforce',
      });
      await provide(rc);
      await rc.close();
    },
    { scope: 'worker' },
  ],
  cspViolations: [async ({}, provide) => provide([]), { scope: 'worker' }],
  consolePage: [
    async ({ browser, cspViolations }, provide) => {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      await context.exposeBinding('__e2eCspViolation', (_source, v: CspViolation) => {
        cspViolations.push(v);
      });
      await context.addInitScript(REPORT_CSP_VIOLATIONS);
      await context.addInitScript(TRACK_WEBSOCKETS);
      await provide(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  scenario: ['default', { option: true }],
  consoleOptions: [{}, { option: true }],
  expectedProblems: [[], { option: true }],
  rc: async ({ backend, consolePage, realConsole, scenario, consoleOptions }, provide) => {
    // Unmount the plugin first, so its watches end and the next mount lists the new cluster afresh.
    if (bootedWith.get(consolePage) === bootKey(backend)) {
      await pushRoute(consolePage, BETWEEN_TESTS);
      await expect(consolePage.getByText('404: Page Not Found')).toBeVisible();
      await expect(consolePage.locator('[data-test="nested-containers-state"]')).toHaveCount(0);
    }
    await backend.reset({
      scenario: scenarioPath(scenario),
      pluginDir: pluginDirFor(realConsole),
      operatorDelayMs: 500,
      ...consoleOptions,
      // A console that will boot anew must not first meet the new cluster as the old user.
      beforeSwap: async (next) => {
        const booted = bootedWith.get(consolePage);
        if (booted !== undefined && booted !== keyOf(next)) await unload(consolePage, backend);
      },
    });
    await provide(backend);
  },

  seen: async ({}, provide) => {
    await provide({
      consoleErrors: [],
      consoleWarnings: [],
      pageErrors: [],
      writes: [],
      cspViolations: [],
    });
  },
  // Depends on rc: the scenario is in place before the test's listeners start.
  page: async ({ consolePage: page, seen, expectedProblems, cspViolations, rc: _rc }, provide) => {
    cspViolations.length = 0;
    const problems: string[] = [];
    const note = (line: string, ...where: string[]) => {
      const texts = [line, ...where];
      if (texts.some(isNoise)) return;
      if (texts.some((t) => expectedProblems.some((r) => r.test(t)))) return;
      problems.push(line);
    };
    const onPageError = (e: Error) => {
      seen.pageErrors.push(e.message);
      note(`pageerror: ${e.message}`);
    };
    const onConsole = (m: ConsoleMessage) => {
      if (m.type() === 'warning') seen.consoleWarnings.push(m.text());
      if (m.type() !== 'error') return;
      seen.consoleErrors.push(m.text());
      note(`console.error: ${m.text()}`, m.location().url);
    };
    const onRequest = (r: Request) => {
      // To the console's cluster, or to a managed one through ACM's cluster proxy (the fleet).
      const toACluster = /\/api\/kubernetes\/|\/managedclusterproxy\//.test(r.url());
      if (['GET', 'HEAD', 'OPTIONS'].includes(r.method()) || !toACluster) return;
      let body: unknown;
      try {
        body = r.postDataJSON();
      } catch {
        body = r.postData();
      }
      seen.writes.push({ method: r.method(), url: r.url(), body });
    };
    const onResponse = (r: Response) => {
      if (r.status() >= 400) note(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
    };
    const onRequestFailed = (r: Request) => {
      // A navigation or an unmounted component cancels requests; that is not a failure.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED')
        note(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    };
    page.on('pageerror', onPageError);
    page.on('console', onConsole);
    page.on('request', onRequest);
    page.on('response', onResponse);
    page.on('requestfailed', onRequestFailed);
    await provide(page);
    page.off('pageerror', onPageError);
    page.off('console', onConsole);
    page.off('request', onRequest);
    page.off('response', onResponse);
    page.off('requestfailed', onRequestFailed);
    // A violation the console would attribute to this plugin (its own rule) fails the test.
    seen.cspViolations.push(...cspViolations.splice(0));
    for (const v of seen.cspViolations)
      if (pluginOfViolation(v, v.baseURI) === PLUGIN_NAME)
        note(
          `csp: ${v.effectiveDirective} blocked ${v.blockedURI} (from ${v.sourceFile || 'the page'})`,
        );
    expect(problems, 'console errors, uncaught errors, failed requests, CSP violations').toEqual(
      [],
    );
  },
});

export { expect };

export const PAGE_PATH = '/devspaces-nested-containers';

/** Opens the plugin page (or `path`) in the console and waits until every check row has settled. */
export const openChecklist = async (page: Page, rc: RealConsole, path = PAGE_PATH) => {
  await visit(page, rc, path);
  try {
    await expect(page.locator('[data-test="nested-containers-state"]').first()).toBeVisible({
      timeout: 60_000,
    });
  } catch (e) {
    // CI keeps only this log: say where the console stood and what it showed instead.
    const shown = await page
      .locator('body')
      .innerText({ timeout: 1_000 })
      .catch(() => '(unreadable)');
    throw new Error(
      `the checklist did not open at ${page.url()}; the page showed:\n${shown.slice(0, 1500)}`,
      { cause: e },
    );
  }
  await expect(page.locator('[data-test="loading"]')).toHaveCount(0);
};

export const cheClusterPath = (ns = 'openshift-devspaces', name = 'devspaces') =>
  `/k8s/ns/${ns}/org.eclipse.che~v2~CheCluster/${name}`;

/**
 * Console components inside the plugin's area whose axe findings are the console's: the resource
 * badge ResourceLink draws (`co-m-resource-icon`, white text on the console's per-kind colour) fails
 * color-contrast wherever the console shows a resource link — its colours are the console's CSS.
 */
export const CONSOLE_OWNED_A11Y: { rule: string; target: RegExp; reason: string }[] = [
  {
    rule: 'color-contrast',
    target: /^\.co-m-resource-[a-z0-9-]+$/,
    reason: "ResourceLink's kind badge (co-m-resource-icon): colour and text are the console's",
  },
];

/** Serious/critical axe violations in the console's route area (#content-scrollable). */
export const pluginA11yViolations = async (page: Page, scope = '#content-scrollable') =>
  (await seriousA11yViolations(page, scope)).filter((v) => {
    const rule = v.slice(0, v.indexOf(' '));
    const targets = v.slice(v.indexOf('): ') + 3).split(', ');
    return !CONSOLE_OWNED_A11Y.some(
      (o) => o.rule === rule && targets.every((t) => o.target.test(t)),
    );
  });
