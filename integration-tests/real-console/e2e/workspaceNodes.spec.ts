// workspace-nodes in the real console: what an administrator sees when the control plane says
// 4.20 but the workers still run the 4.18 kubelet (a Control Plane Only update with the worker
// pool paused), and that an ordinary upgrade to the next minor, pools rolling, says nothing.
import { checkStatus, shot } from '../../e2e/fixtures';
import { expect, openChecklist, test } from './fixtures';

const WORKERS = [10, 11, 12].map((i) => `ip-10-0-1-${i}.us-east-2.compute.internal`);

test.describe('EUS-to-EUS update with the worker pool paused on 4.18', () => {
  test.use({ scenario: 'eus-update-workers-paused.yaml' });

  test('turning on is blocked; the check names the pool and its nodes and shows the unpause command', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    const row = checkStatus(page, 'workspace-nodes');
    await expect(row).toHaveAttribute('data-status', 'fail');
    const reason = row.locator('[data-test="check-reason"]');
    await expect(reason).toHaveAttribute('data-reason', 'nodes-kubelet-too-old');
    await expect(reason).toContainText('v1.33');
    await expect(reason).toContainText('worker');
    for (const name of WORKERS) await expect(reason).toContainText(name);
    // The control plane is on 4.20: only the kubelets tell.
    await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'pass');

    // Each remedy: its explanation, and the command in a copyable field.
    await expect(row.locator('[data-test="remedy-unpause-pool"]').getByRole('textbox')).toHaveValue(
      `oc patch mcp/worker --type merge -p '{"spec":{"paused":false}}'`,
    );
    await expect(row.locator('[data-test="remedy-show-pools"]').getByRole('textbox')).toHaveValue(
      'oc get mcp',
    );
    await expect(
      row.locator('[data-test="detail-machineConfigPool.worker.spec.paused"]'),
    ).toBeVisible();

    const summary = page.locator('[data-test="nested-containers-summary"]').first();
    await expect(
      summary.locator('[data-test="summary-item"][data-check="workspace-nodes"]'),
    ).toHaveAttribute('data-blocking', 'true');
    await expect(page.locator('[data-test="nested-containers-toggle"]').first()).toHaveAttribute(
      'data-allowed',
      'false',
    );
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'workspace-nodes-eus-paused', testInfo);
  });
});

test.describe('an ordinary 4.20 → 4.21 upgrade half-way', () => {
  test.use({ scenario: 'upgrade-4.20-to-4.21.yaml' });

  test('the pools are updating, every kubelet is 1.33 or later: the check passes with no summary item', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    const row = checkStatus(page, 'workspace-nodes');
    await expect(row).toHaveAttribute('data-status', 'pass');
    await expect(row.locator('[data-test="check-reason"]')).toHaveAttribute(
      'data-reason',
      'nodes-kubelet-ok',
    );
    const summary = page.locator('[data-test="nested-containers-summary"]').first();
    await expect(summary.locator('[data-test="summary-item"]').first()).toBeVisible();
    await expect(
      summary.locator('[data-test="summary-item"][data-check="workspace-nodes"]'),
    ).toHaveCount(0);
    await expect(page.locator('[data-test="nested-containers-toggle"]').first()).toHaveAttribute(
      'data-allowed',
      'true',
    );
    // The evidence names the pools still rolling, without calling them a problem. Passed checks
    // are folded: unfold the platform group first.
    await page
      .locator('[data-test="check-group"][aria-label="Platform"]')
      .getByRole('button', { name: /^Passed: / })
      .click();
    await row.getByRole('button', { name: 'Show details' }).click();
    await expect(
      row.locator('[data-test="detail-machineConfigPool.worker.status.updatedMachineCount"]'),
    ).toContainText('1/3');
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'workspace-nodes-upgrade-4.21', testInfo);
  });
});
