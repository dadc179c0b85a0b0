// Fixtures for the browser suite inside the REAL OpenShift console (one Playwright project per
// release, `realConsole` option): a fresh stand-in backend (../backend.ts) per test on the test's
// scenario, serving the plugin build that release needs (dist-e2e/ for 4.22, dist-e2e-4.21/ for
// 4.20 and 4.21, as the chart's ConsolePlugin basePath picks them), and a page that fails the test
// on any console error, uncaught error or failed request — except the console-side noise below,
// listed once with why, and what a test says it expects (`expectedProblems`).
import { test as base, expect, type Page } from '@playwright/test';
import { pluginDirFor, scenarioPath, seriousA11yViolations } from '../../e2e/fixtures';
import { start, type RealConsole, type RealConsoleOptions } from '../backend';
import { findConsoleBuild, whereToGet, type RealConsoleVersion } from '../console-build';

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

type Fixtures = {
  realConsole: RealConsoleVersion;
  scenario: string;
  consoleOptions: Partial<RealConsoleOptions>;
  /** Problems this test causes on purpose (a denied patch, a conflict), as regexps. */
  expectedProblems: RegExp[];
  rc: RealConsole;
  problems: string[];
};

export const test = base.extend<Fixtures>({
  realConsole: ['4.22', { option: true }],
  scenario: ['default', { option: true }],
  consoleOptions: [{}, { option: true }],
  expectedProblems: [[], { option: true }],
  rc: async ({ realConsole, scenario, consoleOptions }, provide) => {
    if (!findConsoleBuild(realConsole)) {
      // The config leaves the project out when a build is missing, except in CI where it must exist.
      throw new Error(whereToGet(realConsole));
    }
    const rc = await start({
      version: realConsole,
      scenario: scenarioPath(scenario),
      pluginDir: pluginDirFor(realConsole),
      operatorDelayMs: 500,
      ...consoleOptions,
    });
    await provide(rc);
    await rc.close();
  },

  problems: async ({}, provide) => {
    await provide([]);
  },
  // Depends on rc so the backend outlives the page: its teardown check runs with the console still up.
  page: async ({ page, problems, expectedProblems, rc: _rc }, provide) => {
    const note = (line: string, ...where: string[]) => {
      const texts = [line, ...where];
      if (texts.some(isNoise)) return;
      if (texts.some((t) => expectedProblems.some((r) => r.test(t)))) return;
      problems.push(line);
    };
    page.on('pageerror', (e) => note(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') note(`console.error: ${m.text()}`, m.location().url);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) note(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      // A navigation or an unmounted component cancels requests; that is not a failure.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED')
        note(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
    await provide(page);
    expect(problems, 'console errors, uncaught errors and failed requests').toEqual([]);
  },
});

export { expect };

export const PAGE_PATH = '/devspaces-nested-containers';

/** Opens the plugin page in the console and waits until every check row has settled. */
export const openChecklist = async (page: Page, rc: RealConsole, path = PAGE_PATH) => {
  await page.goto(`${rc.url}${path}`);
  await expect(page.locator('[data-test="nested-containers-state"]').first()).toBeVisible({
    timeout: 60_000,
  });
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
