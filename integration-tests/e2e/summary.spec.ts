// The top of the page and the tab: per CheCluster, the summary names exactly the checks that need
// attention (failing, warning, could not run) and nothing else, blocking ones first; the switch
// sits above the checklist and above the fold of a 1280x800 window; no passed check is shown
// above a problem. Expected sets are read from the checklist rows (the core's results), so the
// test holds for any check the registry adds.
import type { Locator, Page } from '@playwright/test';
import { expect, openChecklist, seriousA11yViolations, shot, test } from './fixtures';

const PROBLEM = new Set(['fail', 'warn', 'unknown']);

type Row = { id: string; status: string; reason: string };

const rowsIn = (scope: Locator): Promise<Row[]> =>
  scope.locator('li[data-test^="check-"][data-status]').evaluateAll((lis) =>
    lis.map((li) => ({
      id: (li.getAttribute('data-test') ?? '').replace(/^check-/, ''),
      status: li.getAttribute('data-status') ?? '',
      reason: li.querySelector('[data-test="check-reason"]')?.getAttribute('data-reason') ?? '',
    })),
  );

/** The checks a summary must list: problems, except those the operator is still reconciling. */
const expectedItems = (rows: Row[]): string[] =>
  rows
    .filter((r) => PROBLEM.has(r.status) && r.reason !== 'reconciling')
    .map((r) => r.id)
    .sort();

const summaryItems = (summary: Locator) =>
  summary.locator('[data-test="summary-item"]').evaluateAll((lis) =>
    lis.map((li) => ({
      id: li.getAttribute('data-check') ?? '',
      status: li.getAttribute('data-status') ?? '',
      blocking: li.getAttribute('data-blocking') === 'true',
    })),
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
    const statuses = (await rowsIn(group)).map((r) => r.status);
    const firstQuiet = statuses.findIndex((s) => !PROBLEM.has(s));
    if (firstQuiet >= 0)
      expect(statuses.slice(firstQuiet).every((s) => !PROBLEM.has(s))).toBe(true);
  }
};

const SCENARIOS = [
  'default',
  'ocp-4.19-blocked.yaml',
  'ocp-4.20-ready-on.yaml',
  'runc-pool.yaml',
  'tech-preview.yaml',
  'root-on-host.yaml',
  'legacy-workspaces.yaml',
  'read-only-user.yaml',
  'several-checlusters.yaml',
];

test.use({ viewport: { width: 1280, height: 800 } });

for (const scenario of SCENARIOS) {
  test.describe(scenario, () => {
    test.use({ scenario });

    test('the summary lists exactly the checks that need attention, the switch above the fold', async ({
      page,
      server,
    }, testInfo) => {
      await openChecklist(page, server);
      const summaries = page.locator('[data-test="nested-containers-summary"]');
      const sections = page.locator('[data-test="checluster-section"]');
      await expect(summaries).toHaveCount(await sections.count());
      const platform = await rowsIn(page.locator('[data-test="check-group"]').first());
      const refs = await summaries.evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-checluster') ?? ''),
      );
      expect(refs, 'summaries in a stable order').toEqual([...refs].sort());
      for (const ref of refs) {
        const summary = page.locator(
          `[data-test="nested-containers-summary"][data-checluster="${ref}"]`,
        );
        const own = await rowsIn(
          page.locator(`[data-test="checluster-section"][data-checluster="${ref}"]`),
        );
        const items = await summaryItems(summary);
        expect(items.map((i) => i.id).sort(), `summary of ${ref}`).toEqual(
          expectedItems([...platform, ...own]),
        );
        // Blocking checks lead.
        const firstFree = items.findIndex((i) => !i.blocking);
        if (firstFree >= 0) expect(items.slice(firstFree).every((i) => !i.blocking)).toBe(true);
        await expect(summary.locator('[data-test="summary-headline"]')).not.toBeEmpty();
      }
      await expectSwitchAboveFoldAndChecklist(page, summaries.first());
      await expectNoPassAboveProblem(page);
      await shot(page, `summary-${scenario}`, testInfo);
    });
  });
}

test.describe('a blocked cluster', () => {
  test.use({ scenario: 'ocp-4.19-blocked.yaml' });

  test('says why in the headline, and the link moves focus to the check', async ({
    page,
    server,
  }) => {
    await openChecklist(page, server);
    const summary = page.locator('[data-test="nested-containers-summary"]').first();
    await expect(summary.locator('[data-test="summary-headline"]')).toHaveText(
      /^Blocked: OpenShift 4\.19\.\d+ is older than 4\.20$/,
    );
    const item = summary.locator('[data-test="summary-item"][data-check="cluster-version"]');
    await expect(item).toHaveAttribute('data-blocking', 'true');
    await item.getByRole('button', { name: /^Show check: / }).press('Enter');
    const row = page.locator('[data-test="check-cluster-version"]');
    await expect(row).toBeFocused();
    await expect(row).toBeInViewport();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});

test.describe('the CheCluster tab', () => {
  test('leads with the summary and the switch above the fold', async ({ page, server }) => {
    await page.goto(
      `${server.url}/k8s/ns/openshift-devspaces/org.eclipse.che~v2~CheCluster/devspaces/nested-containers`,
    );
    const summary = page.locator('[data-test="nested-containers-summary"]');
    await expect(summary).toHaveCount(1);
    await expect(page.locator('[data-test="loading"]')).toHaveCount(0);
    const rows = await rowsIn(page.locator('[data-test="checluster-section"]'));
    expect((await summaryItems(summary)).map((i) => i.id).sort()).toEqual(expectedItems(rows));
    await expectSwitchAboveFoldAndChecklist(page, summary);
    await expectNoPassAboveProblem(page);
  });
});

test.describe('after turning on', () => {
  test.use({ scenario: 'ocp-4.20-ready-off.yaml', serverOptions: { operatorDelayMs: 6000 } });

  test('the summary ticks the operator steps as the watches report them', async ({
    page,
    server,
  }, testInfo) => {
    await openChecklist(page, server);
    const summary = page.locator('[data-test="nested-containers-summary"]').first();
    await summary.locator('[data-test="nested-containers-toggle"]').click();
    await page.locator('[data-test="nested-containers-confirm-button"]').click();
    const progress = summary.locator('[data-test="reconcile-progress"]');
    // Patch accepted; the simulated che-operator creates the SCC, role and config after 9 s.
    await expect(progress).toHaveAttribute('data-current', 'scc-created');
    await expect(progress.locator('[data-step="patch-accepted"]')).toHaveAttribute(
      'data-status',
      'done',
    );
    await expect(summary.locator('[data-test="summary-headline"]')).toHaveText(
      /^Turning on: waiting for the operator to create the SCC /,
    );
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
