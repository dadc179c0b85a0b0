// The top of the page and the tab, in the real console: per CheCluster, the summary names the
// checks that need attention and nothing else, blocking ones first, under a headline that says what
// to do; the switch sits above the checklist and above the fold of a 1280x800 window; no passed
// check is listed above a problem. The expected items are written out per scenario (what the
// scenario's file sets up, read against docs/checks.md), not read back from the page.
import type { Locator, Page } from '@playwright/test';
import { shot } from '../../e2e/fixtures';
import {
  cheClusterPath,
  expect,
  openChecklist,
  pluginA11yViolations,
  test,
  visit,
} from './fixtures';

const PROBLEM = new Set(['fail', 'warn', 'unknown']);
const DEVSPACES = 'openshift-devspaces/devspaces';

/** One summary: its headline and its items as `check:status`, with `!` for a blocking one. */
type Expected = { headline: string | RegExp; items: string[] };

// workspace-images warns on every scenario whose workspaces run Red Hat's udi-rhel9 image: nothing
// upstream says that image rewrites /etc/subuid, so the check asks the administrator to verify it.
const CASES: { scenario: string; summaries: Record<string, Expected> }[] = [
  {
    scenario: 'default',
    summaries: {
      [DEVSPACES]: {
        headline: 'Ready to turn on — read 1 finding first',
        items: ['workspace-images:warn'],
      },
    },
  },
  {
    scenario: 'ocp-4.19-blocked.yaml',
    summaries: {
      [DEVSPACES]: {
        headline: /^Blocked: OpenShift 4\.19\.\d+ is older than 4\.20$/,
        // 4.19's gates are off and its kubelets are 1.32: each is its own reason, and each blocks.
        items: [
          'cluster-version:fail!',
          'feature-gates:fail!',
          'workspace-nodes:fail!',
          'workspace-images:warn',
        ],
      },
    },
  },
  {
    scenario: 'ocp-4.20-ready-on.yaml',
    summaries: { [DEVSPACES]: { headline: 'On — every check passes', items: [] } },
  },
  {
    scenario: 'runc-pool.yaml',
    summaries: {
      [DEVSPACES]: {
        headline: 'Ready to turn on — read 2 findings first',
        items: ['container-runtime:warn', 'workspace-images:warn'],
      },
    },
  },
  {
    scenario: 'tech-preview.yaml',
    summaries: {
      [DEVSPACES]: {
        headline: 'Ready to turn on — read 2 findings first',
        items: ['feature-set:warn', 'workspace-images:warn'],
      },
    },
  },
  {
    scenario: 'root-on-host.yaml',
    summaries: {
      [DEVSPACES]: {
        headline: 'On — 4 problems need attention',
        items: [
          'root-on-host:fail',
          'legacy-workspaces:warn',
          'workspace-images:warn',
          'workspace-user-namespaces:warn',
        ],
      },
    },
  },
  {
    scenario: 'legacy-workspaces.yaml',
    summaries: {
      [DEVSPACES]: {
        headline: 'On — 3 problems need attention',
        items: [
          'legacy-workspaces:warn',
          'workspace-images:warn',
          'workspace-user-namespaces:warn',
        ],
      },
    },
  },
  {
    // Readiness is the cluster's: the viewer's missing patch right shows on the switch, not here.
    scenario: 'read-only-user.yaml',
    summaries: {
      [DEVSPACES]: {
        headline: 'Ready to turn on — read 1 finding first',
        items: ['workspace-images:warn'],
      },
    },
  },
  {
    scenario: 'several-checlusters.yaml',
    summaries: {
      'eclipse-che/eclipse-che': {
        headline: 'On — 1 problem needs attention',
        items: ['scc-rbac:fail'],
      },
      [DEVSPACES]: {
        headline: 'Ready to turn on — read 2 findings first',
        items: ['run-scc:warn', 'workspace-images:warn'],
      },
    },
  },
];

const itemsOf = (summary: Locator) =>
  summary
    .locator('[data-test="summary-item"]')
    .evaluateAll((lis) =>
      lis.map(
        (li) =>
          `${li.getAttribute('data-check')}:${li.getAttribute('data-status')}${li.getAttribute('data-blocking') === 'true' ? '!' : ''}`,
      ),
    );

const expectSwitchAboveFoldAndChecklist = async (page: Page, summary: Locator) => {
  const toggle = await summary.locator('[data-test="nested-containers-toggle"]').boundingBox();
  const firstGroup = await page.locator('[data-test="check-group"]').first().boundingBox();
  expect(toggle, 'the switch is rendered').not.toBeNull();
  expect(toggle!.y + toggle!.height, 'the switch is above the fold').toBeLessThanOrEqual(800);
  expect(toggle!.y, 'the switch is above the checklist').toBeLessThan(firstGroup!.y);
};

const expectNoPassAboveProblem = async (page: Page) => {
  for (const group of await page.locator('[data-test="check-group"]').all()) {
    const statuses = await group
      .locator('li[data-test^="check-"][data-status]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-status') ?? ''));
    const firstQuiet = statuses.findIndex((s) => !PROBLEM.has(s));
    if (firstQuiet >= 0)
      expect(
        statuses.slice(firstQuiet).filter((s) => PROBLEM.has(s)),
        'problems first',
      ).toEqual([]);
  }
};

// The worker's console page is shared: take the 1280x800 window for this file and give it back.
test.beforeEach(({ page }) => page.setViewportSize({ width: 1280, height: 800 }));

test.afterEach(({ page }) => page.setViewportSize({ width: 1400, height: 1000 }));

for (const c of CASES) {
  test.describe(c.scenario, () => {
    test.use({ scenario: c.scenario });

    test('the summary lists exactly the checks that need attention, the switch above the fold', async ({
      page,
      rc,
    }, testInfo) => {
      await openChecklist(page, rc);
      const summaries = page.locator('[data-test="nested-containers-summary"]');
      await expect(summaries).toHaveCount(Object.keys(c.summaries).length);
      const refs = await summaries.evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-checluster') ?? ''),
      );
      expect(refs, 'one summary per CheCluster, in a stable order').toEqual(
        Object.keys(c.summaries).sort(),
      );
      for (const [ref, expected] of Object.entries(c.summaries)) {
        const summary = page.locator(
          `[data-test="nested-containers-summary"][data-checluster="${ref}"]`,
        );
        await expect(summary.locator('[data-test="summary-headline"]')).toHaveText(
          expected.headline,
        );
        expect(await itemsOf(summary), `summary of ${ref}`).toEqual(expected.items);
      }
      await expectSwitchAboveFoldAndChecklist(page, summaries.first());
      await expectNoPassAboveProblem(page);
      await shot(page, `summary-${c.scenario}`, testInfo);
    });
  });
}

test.describe('a blocked cluster (ocp-4.19-blocked.yaml)', () => {
  test.use({ scenario: 'ocp-4.19-blocked.yaml' });

  test('the item link moves focus to its check, and the summary passes axe', async ({
    page,
    rc,
  }) => {
    await openChecklist(page, rc);
    const summary = page.locator('[data-test="nested-containers-summary"]').first();
    const item = summary.locator('[data-test="summary-item"][data-check="cluster-version"]');
    await item.getByRole('button', { name: /^Show check: / }).press('Enter');
    const row = page.locator('[data-test="check-cluster-version"]');
    await expect(row).toBeFocused();
    await expect(row).toBeInViewport();
    expect(await pluginA11yViolations(page)).toEqual([]);
  });
});

test.describe('the CheCluster tab (default)', () => {
  test('leads with the summary and the switch above the fold', async ({ page, rc }) => {
    await visit(page, rc, `${cheClusterPath()}/nested-containers`);
    const summary = page.locator('[data-test="nested-containers-summary"]');
    await expect(summary).toHaveCount(1);
    await expect(summary.locator('[data-test="summary-headline"]')).toHaveText(
      'Ready to turn on — read 1 finding first',
    );
    expect(await itemsOf(summary)).toEqual(['workspace-images:warn']);
    await expectSwitchAboveFoldAndChecklist(page, summary);
    await expectNoPassAboveProblem(page);
  });
});

test.describe('after turning on (ocp-4.20-ready-off.yaml, a slow operator)', () => {
  test.use({
    scenario: 'ocp-4.20-ready-off.yaml',
    consoleOptions: async ({}, provide) => provide({ operatorDelayMs: 6000 }),
  });

  test('the summary ticks the operator steps as the watches report them', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    const summary = page.locator(`[data-test="nested-containers-summary"]`).first();
    await summary.locator('[data-test="nested-containers-toggle"]').click();
    await page.locator('[data-test="nested-containers-confirm-button"]').click();
    const progress = summary.locator('[data-test="reconcile-progress"]');
    // Patch accepted; the simulated che-operator creates the SCC, role and config later.
    await expect(progress).toHaveAttribute('data-current', 'scc-created');
    await expect(progress.locator('[data-step="patch-accepted"]')).toHaveAttribute(
      'data-status',
      'done',
    );
    await expect(summary.locator('[data-test="summary-headline"]')).toHaveText(
      /^Turning on: waiting for the operator to create the SCC /,
    );
    // The page's verdict and the CheCluster's say what they wait for, not "data missing".
    await expect(page.locator('[data-test="nested-containers-verdict"]')).toHaveText([
      'Waiting for the operator',
      'Waiting for the operator',
    ]);
    await expect(progress.locator('[data-test="reconcile-elapsed"]')).toHaveText(
      /^Changed .* ago\.$/,
    );
    await shot(page, 'summary-enabling', testInfo);
    // Then the operator's objects exist, and the summary says the feature is on (the server's
    // rollout that follows is devspaces-phase's warning, not a step of turning on).
    await expect(summary.locator('[data-test="nested-containers-state"]')).toHaveAttribute(
      'data-state',
      'enabled',
      { timeout: 30_000 },
    );
    await expect(progress).toHaveCount(0);
    await expect(summary.locator('[data-test="summary-headline"]')).toHaveText(/^On — /);
  });
});
