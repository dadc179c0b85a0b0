// The smoke test from the summary, inside the real console: "Prove it: run a smoke test" beside
// the headline once nested containers are on, the console's k8sCreate, watches, pods/log and
// k8sDelete against the simulated cluster (which admits the pod against the run SCC and plays its
// life: integration-tests/cluster/smokePods.ts), and the outcome in the summary. No pod is left.
import type { Locator, Page } from '@playwright/test';
import type { RealConsole } from '../backend';
import { shot } from '../../e2e/fixtures';
import { expect, openChecklist, pluginA11yViolations, test, visit } from './fixtures';

const LABEL = 'devspaces-nested-containers.io/smoke-test';
const SUMMARY =
  '[data-test="nested-containers-summary"][data-checluster="openshift-devspaces/devspaces"]';

const smokePods = (rc: RealConsole) =>
  rc.cluster.objects().filter((o) => o.kind === 'Pod' && o.metadata?.labels?.[LABEL]);

const podWrites = (rc: RealConsole, method: string) =>
  rc.cluster
    .requestLog()
    .filter(
      (r) => r.method === method && /\/api\/v1\/namespaces\/openshift-devspaces\/pods/.test(r.path),
    );

/** Clicks the summary's button, confirms, and returns the summary's outcome once it is final. */
const runFromSummary = async (page: Page): Promise<{ summary: Locator; result: Locator }> => {
  const summary = page.locator(SUMMARY);
  const row = summary.locator('[data-test="summary-headline-row"]');
  const button = row.locator('[data-test="nested-containers-smoke-test"]');
  await expect(button).toHaveText('Prove it: run a smoke test');
  await expect(button).toHaveAttribute('data-allowed', 'true');
  await button.click();
  const dialog = page.locator('[data-test="smoke-test-confirm"]');
  await expect(dialog).toContainText('openshift-devspaces');
  await expect(dialog).toContainText('container-run');
  await dialog.locator('[data-test="smoke-test-run"]').click();
  const result = summary.locator('[data-test="smoke-test-result"]');
  await expect(result).toHaveAttribute('data-outcome', /passed|failed/, { timeout: 30_000 });
  return { summary, result };
};

const expectPodDeleted = async (result: Locator, rc: RealConsole) => {
  await expect(result.locator('[data-test="smoke-test-cleanup"]')).toHaveAttribute(
    'data-state',
    'deleted',
  );
  expect(smokePods(rc)).toEqual([]);
  expect(podWrites(rc, 'POST')).toHaveLength(1);
  expect(podWrites(rc, 'DELETE')).toHaveLength(1);
};

test.describe('nested containers on and reconciled (ocp-4.20-ready-on.yaml)', () => {
  test.use({ scenario: 'ocp-4.20-ready-on.yaml' });

  test('the summary proves it: the smoke test passes there, and its steps and log unfold', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    // The smoke test is offered whatever the checks say: proving (or locating) a failure is its job.
    await expect(page.locator(SUMMARY).locator('[data-test="summary-headline"]')).toHaveText(/^On/);
    // The checklist has no second copy of the smoke test.
    await expect(page.locator('[data-test="nested-containers-smoke-test"]')).toHaveCount(1);
    const { summary, result } = await runFromSummary(page);
    await expect(result).toHaveAttribute('data-outcome', 'passed');
    await expect(result).toContainText('podman run works in a workspace pod on this cluster.');
    await expectPodDeleted(result, rc);

    const details = result.locator('[data-test="smoke-test-details"]');
    await details.getByRole('button', { name: 'Steps, pod events and log' }).click();
    const steps = details.locator('[data-test="smoke-test-step"]');
    await expect(steps).toHaveCount(7);
    for (const s of await steps.all()) await expect(s).toHaveAttribute('data-status', 'pass');
    await expect(steps.and(page.locator('[data-step="pod-user-namespace"]'))).toContainText(
      '0 1481179136 65536',
    );
    await expect(details.locator('[data-test="smoke-test-log"]')).toContainText(
      'smoke-test: inner-exit 0',
    );
    expect(await pluginA11yViolations(page, SUMMARY)).toEqual([]);
    await summary.scrollIntoViewIfNeeded();
    await shot(page, 'smoke-test-summary-passed', testInfo);
  });
});

test.describe('a ubi8 default developer image (ocp-4.20-smoke-newuidmap.yaml)', () => {
  test.use({ scenario: 'ocp-4.20-smoke-newuidmap.yaml' });

  test('the summary shows the failure, its reason, and the check to read', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    const { result } = await runFromSummary(page);
    await expect(result).toHaveAttribute('data-outcome', 'failed');
    const failure = result.locator('[data-test="smoke-test-failure"]');
    await expect(failure).toHaveAttribute('data-step', 'inner-container');
    await expect(failure).toHaveAttribute('data-reason', 'newuidmap-failed');
    await expect(failure).toContainText('Smoke test failed: Nested container ran');
    await expect(failure).toContainText('did not rewrite /etc/subuid and /etc/subgid');
    await expect(failure.locator('[data-test="smoke-test-failure-message"]')).toContainText(
      'newuidmap',
    );
    await expectPodDeleted(result, rc);
    await shot(page, 'smoke-test-summary-newuidmap', testInfo);

    // Where to look: the check whose remedy applies, focused in the checklist.
    await failure.locator('[data-test="smoke-test-remedy-link"]').click();
    await expect(page.locator('[data-test="check-workspace-images"]').first()).toBeFocused();
  });
});

/** The other ways a run fails, each at the step that shows it and pointing to the check to read. */
const FAILURES = [
  {
    scenario: 'ocp-4.20-smoke-scc-rejects.yaml',
    step: 'admitted',
    check: 'run-scc',
    text: 'capability may not be added',
    // Admission refused the create: nothing was stored, so there is nothing to delete.
    created: false,
    // The refusal is the API server's 403 to the create, which the browser logs.
    expected: [/403 POST .*\/namespaces\/openshift-devspaces\/pods$/, /status of 403/],
  },
  {
    scenario: 'ocp-4.20-smoke-no-fuse.yaml',
    step: 'devices',
    check: 'workspace-pod-config',
    text: 'vfs',
    created: true,
    expected: [],
  },
];

for (const f of FAILURES) {
  test.describe(f.scenario, () => {
    test.use({
      scenario: f.scenario,
      expectedProblems: async ({}, provide) => provide(f.expected),
    });

    test(`the smoke test fails at "${f.step}" and points to ${f.check}`, async ({ page, rc }) => {
      await openChecklist(page, rc);
      const { result } = await runFromSummary(page);
      await expect(result).toHaveAttribute('data-outcome', 'failed');
      const failure = result.locator('[data-test="smoke-test-failure"]');
      await expect(failure).toHaveAttribute('data-step', f.step);
      await expect(failure).toHaveAttribute('data-check', f.check);
      await expect(result).toContainText(f.text);
      if (f.created) await expectPodDeleted(result, rc);
      else {
        expect(smokePods(rc)).toEqual([]);
        expect(podWrites(rc, 'DELETE')).toHaveLength(0);
      }
      await failure.locator('[data-test="smoke-test-remedy-link"]').click();
      await expect(page.locator(`[data-test="check-${f.check}"]`).first()).toBeFocused();
    });
  });
}

test.describe('a pod left by an interrupted run (ocp-4.20-ready-on.yaml)', () => {
  test.use({ scenario: 'ocp-4.20-ready-on.yaml' });

  test('is listed on the CheCluster tab and can be removed', async ({ page, rc }) => {
    rc.cluster.update({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'nested-containers-smoke-old01',
        namespace: 'openshift-devspaces',
        labels: { [LABEL]: 'old01' },
      },
      spec: { containers: [{ name: 'smoke-test', image: 'udi:1' }] },
      status: { phase: 'Running' },
    });
    await visit(
      page,
      rc,
      '/k8s/ns/openshift-devspaces/org.eclipse.che~v2~CheCluster/devspaces/nested-containers',
    );
    const leftover = page.locator('[data-test="smoke-test-leftover"]');
    await expect(leftover).toHaveAttribute('data-name', 'nested-containers-smoke-old01');
    await expect(leftover).toContainText('nested-containers-smoke-old01');
    await leftover.locator('[data-test="smoke-test-remove-leftover"]').click();
    await expect(leftover).toHaveCount(0);
    expect(smokePods(rc)).toEqual([]);
    expect(podWrites(rc, 'DELETE')).toHaveLength(1);
  });
});
