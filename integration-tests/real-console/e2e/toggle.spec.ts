// Turning nested containers on and off inside the real console (its k8sPatch, its watches), a user
// the cluster denies the patch, and a conflict: the CheCluster changes while the dialog is open.
import type { Page } from '@playwright/test';
import type { K8sObjectLike } from '../../cluster';
import type { RealConsole } from '../backend';
import { checkStatus, shot } from '../../e2e/fixtures';
import { expect, openChecklist, pluginA11yViolations, test } from './fixtures';

type CheCluster = K8sObjectLike & {
  metadata: { name: string; namespace: string; resourceVersion?: string };
  spec: { devEnvironments?: Record<string, unknown> } & Record<string, unknown>;
};

const cheCluster = (rc: RealConsole): CheCluster =>
  rc.cluster.objects().find((o) => o.kind === 'CheCluster') as unknown as CheCluster;

const patches = (rc: RealConsole) =>
  rc.cluster.requestLog().filter((r) => r.method === 'PATCH' && r.path.includes('checlusters'));

const state = (page: Page) => page.locator('[data-test="nested-containers-state"]').first();
const toggle = (page: Page) => page.locator('[data-test="nested-containers-toggle"]').first();
const dialog = (page: Page) => page.locator('[data-test="nested-containers-confirm"]');

test.describe("on a ready cluster of the console's own release, feature off", () => {
  test.use({
    scenario: async ({ realConsole }, provide) => provide(`ocp-${realConsole}-ready-off.yaml`),
  });

  test('on, with the confirmation, patches only the switch; then off again', async ({
    page,
    rc,
    seen,
  }, testInfo) => {
    const sent = () =>
      seen.writes.filter((w) => w.method === 'PATCH' && w.url.includes('/checlusters/'));
    await openChecklist(page, rc);
    await expect(state(page)).toHaveAttribute('data-state', 'disabled');
    await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'pass');
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'true');

    await toggle(page).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText('devspaces');
    expect(await pluginA11yViolations(page, '[data-test="nested-containers-confirm"]')).toEqual([]);
    await shot(page, 'confirm-enable', testInfo);
    expect(patches(rc)).toHaveLength(0);
    await dialog(page).locator('[data-test="nested-containers-confirm-button"]').click();
    await expect(state(page)).toHaveAttribute('data-state', 'enabled', { timeout: 30_000 });
    const ops = sent().flatMap((w) => w.body) as { op: string; path: string }[];
    expect(ops.filter((o) => o.op !== 'test').map((o) => o.path)).toEqual([
      '/spec/devEnvironments/disableContainerRunCapabilities',
    ]);
    expect(cheCluster(rc).spec.devEnvironments?.disableContainerRunCapabilities).toBe(false);
    // The operator's objects arrive through the console's watches.
    await expect(checkStatus(page, 'run-scc')).toHaveAttribute('data-status', 'pass');
    // The objects come before the operator's last write (chePhase Active). Turning off before the
    // page has that write would patch an outdated CheCluster, which the patch's resourceVersion
    // test rightly refuses (the conflict test below covers that); this test turns off after it.
    await rc.cluster.operatorSettled();
    await expect(checkStatus(page, 'devspaces-phase')).toHaveAttribute('data-status', 'pass');

    await expect(toggle(page)).toHaveAttribute('data-action', 'disable');
    await toggle(page).click();
    await expect(dialog(page)).toBeVisible();
    await dialog(page).locator('[data-test="nested-containers-confirm-button"]').click();
    await expect(state(page)).toHaveAttribute('data-state', 'disabled', { timeout: 30_000 });
    expect(cheCluster(rc).spec.devEnvironments?.disableContainerRunCapabilities).toBe(true);
    expect(patches(rc)).toHaveLength(2);
  });

  test('cancelling the confirmation changes nothing', async ({ page, rc }) => {
    await openChecklist(page, rc);
    await toggle(page).click();
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog(page)).toBeHidden();
    await expect(state(page)).toHaveAttribute('data-state', 'disabled');
    expect(patches(rc)).toHaveLength(0);
    expect(cheCluster(rc).spec.devEnvironments?.disableContainerRunCapabilities).toBe(true);
  });

  test.describe('when someone else changes the CheCluster while the dialog is open', () => {
    // The API server refuses the stale patch; that failed request is the point of the test.
    test.use({ expectedProblems: [/\/checlusters\/devspaces/] });

    test('the patch is refused, the dialog says so, and their change stays', async ({
      page,
      rc,
    }, testInfo) => {
      await openChecklist(page, rc);
      await toggle(page).click();
      await expect(dialog(page)).toBeVisible();
      const changed = structuredClone(cheCluster(rc));
      changed.spec.devEnvironments = {
        ...changed.spec.devEnvironments,
        maxNumberOfRunningWorkspacesPerUser: 7,
      };
      rc.cluster.update(changed);
      await dialog(page).locator('[data-test="nested-containers-confirm-button"]').click();
      await expect(dialog(page).locator('[data-test="toggle-error"]')).toBeVisible();
      await shot(page, 'conflict', testInfo);
      const now = cheCluster(rc);
      expect(now.spec.devEnvironments?.maxNumberOfRunningWorkspacesPerUser).toBe(7);
      expect(now.spec.devEnvironments?.disableContainerRunCapabilities).toBe(true);
    });
  });
});

test.describe('logged in as a user who may not patch CheClusters', () => {
  test.use({ scenario: 'read-only-user.yaml' });

  test('the toggle is disabled with a reason and nothing is patched', async ({ page, rc }) => {
    await openChecklist(page, rc);
    // The console's masthead shows who is logged in (from SelfSubjectReview).
    await expect(page.getByText('viewer', { exact: true }).first()).toBeVisible();
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'false');
    await expect(toggle(page)).toHaveAttribute('aria-disabled', 'true');
    await toggle(page).hover();
    await expect(page.getByRole('tooltip')).toContainText(/permission|not allowed|cannot|may not/i);
    // A click on the aria-disabled switch itself (it stays focusable): nothing may open.
    // eslint-disable-next-line playwright/no-force-option
    await toggle(page).click({ force: true });
    await expect(dialog(page)).toHaveCount(0);
    expect(patches(rc)).toHaveLength(0);
  });
});
