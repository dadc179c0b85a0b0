// Full toggle flows against the simulated cluster: enable, disable, a denied user, and a conflict
// (the CheCluster changes between opening the dialog and confirming).
import type { ConsoleServer } from '../console/server';
import { expect, openChecklist, seriousA11yViolations, shot, test } from './fixtures';

type CheCluster = {
  kind: string;
  metadata: {
    name: string;
    namespace: string;
    resourceVersion?: string;
    generation?: number;
    managedFields?: unknown;
  };
  spec: { devEnvironments?: Record<string, unknown> } & Record<string, unknown>;
  status?: unknown;
};

const cheCluster = (server: ConsoleServer): CheCluster =>
  server.cluster.objects().find((o) => o.kind === 'CheCluster') as unknown as CheCluster;

/**
 * Everything an administrator configured, minus the switch and what the server maintains:
 * che-operator's webhook adds `containerRunConfiguration` (then CRD defaults fill it) when the switch
 * turns on and none is set. What the plugin itself sent is checked on the patch body.
 */
const userFields = (c: CheCluster) => {
  const devEnvironments = { ...c.spec.devEnvironments };
  delete devEnvironments.disableContainerRunCapabilities;
  delete devEnvironments.containerRunConfiguration;
  return {
    spec: { ...c.spec, devEnvironments },
    labels: (c.metadata as Record<string, unknown>).labels,
  };
};

const patches = (server: ConsoleServer) =>
  server.cluster.requestLog().filter((r) => r.method === 'PATCH' && r.path.includes('checlusters'));

test.describe('on a ready 4.20 cluster with the feature off', () => {
  test.use({ scenario: 'ocp-4.20-ready-off.yaml' });

  test('enabling shows the confirmation, patches only the switch, and ends enabled', async ({
    page,
    server,
  }, testInfo) => {
    const sent: unknown[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().includes('/checlusters/')) sent.push(r.postDataJSON());
    });
    await openChecklist(page, server);
    const before = cheCluster(server);
    expect(before.spec.devEnvironments?.containerRunConfiguration).toBeUndefined();
    const state = page.locator('[data-test="nested-containers-state"]').first();
    await expect(state).toHaveAttribute('data-state', 'disabled');
    const toggle = page.locator('[data-test="nested-containers-toggle"]').first();
    await expect(toggle).toHaveAttribute('data-allowed', 'true');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await toggle.click();
    const dialog = page.locator('[data-test="nested-containers-confirm"]');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('devspaces');
    await shot(page, 'confirm-enable', testInfo);
    expect(await seriousA11yViolations(page, '[data-test="nested-containers-confirm"]')).toEqual(
      [],
    );
    expect(patches(server)).toHaveLength(0);

    await dialog.locator('[data-test="nested-containers-confirm-button"]').click();
    await expect(state).toHaveAttribute('data-state', /enabling|enabled/);
    await expect(state).toHaveAttribute('data-state', 'enabled', { timeout: 30_000 });
    await shot(page, 'enabled', testInfo);

    expect(patches(server)).toHaveLength(1);
    // The plugin's JSON patch writes the switch and nothing else (a `test` op may guard it).
    const ops = sent.flat() as { op: string; path: string }[];
    expect(ops.filter((o) => o.op !== 'test').map((o) => o.path)).toEqual([
      '/spec/devEnvironments/disableContainerRunCapabilities',
    ]);
    const after = cheCluster(server);
    expect(after.spec.devEnvironments?.disableContainerRunCapabilities).toBe(false);
    expect(userFields(after)).toEqual(userFields(before));
  });

  test('cancelling the dialog changes nothing', async ({ page, server }) => {
    await openChecklist(page, server);
    await page.locator('[data-test="nested-containers-toggle"]').first().click();
    const dialog = page.locator('[data-test="nested-containers-confirm"]');
    await dialog.getByRole('button', { name: /cancel/i }).click();
    await expect(dialog).toBeHidden();
    expect(patches(server)).toHaveLength(0);
  });

  test('a CheCluster changed after loading is not overwritten: the patch is rejected and the dialog says so', async ({
    page,
    server,
  }, testInfo) => {
    await openChecklist(page, server);
    await page.locator('[data-test="nested-containers-toggle"]').first().click();
    const dialog = page.locator('[data-test="nested-containers-confirm"]');
    await expect(dialog).toBeVisible();
    // Someone else edits the CheCluster (turns the switch on and changes another field).
    const changed = structuredClone(cheCluster(server));
    changed.spec.devEnvironments = {
      ...changed.spec.devEnvironments,
      disableContainerRunCapabilities: false,
      maxNumberOfRunningWorkspacesPerUser: 7,
    };
    // Keep the page's copy stale: stop the watch from delivering the change first.
    server.faults.dropWatches();
    server.cluster.update(changed);
    await dialog.locator('[data-test="nested-containers-confirm-button"]').click();
    await expect(dialog.locator('[data-test="toggle-error"]')).toBeVisible();
    await shot(page, 'conflict', testInfo);
    const now = cheCluster(server);
    expect(now.spec.devEnvironments?.maxNumberOfRunningWorkspacesPerUser).toBe(7);
    expect(now.spec.devEnvironments?.disableContainerRunCapabilities).toBe(false);
  });
});

test.describe('on a ready cluster with the feature on', () => {
  test.use({ scenario: 'ocp-4.20-ready-on.yaml' });

  test('disabling asks for confirmation and ends disabled', async ({ page, server }, testInfo) => {
    await openChecklist(page, server);
    const state = page.locator('[data-test="nested-containers-state"]').first();
    await expect(state).toHaveAttribute('data-state', 'enabled');
    const toggle = page.locator('[data-test="nested-containers-toggle"]').first();
    await expect(toggle).toHaveAttribute('data-action', 'disable');
    await toggle.click();
    const dialog = page.locator('[data-test="nested-containers-confirm"]');
    await expect(dialog).toBeVisible();
    await shot(page, 'confirm-disable', testInfo);
    await dialog.locator('[data-test="nested-containers-confirm-button"]').click();
    await expect(state).toHaveAttribute('data-state', 'disabled', { timeout: 30_000 });
    expect(cheCluster(server).spec.devEnvironments?.disableContainerRunCapabilities).toBe(true);
  });
});

test.describe('as a user who may not patch the CheCluster', () => {
  test.use({ scenario: 'read-only-user.yaml' });

  test('the toggle is disabled with a reason and nothing is patched', async ({
    page,
    server,
  }, testInfo) => {
    await openChecklist(page, server);
    const toggle = page.locator('[data-test="nested-containers-toggle"]').first();
    await expect(toggle).toHaveAttribute('data-allowed', 'false');
    await expect(toggle).toHaveAttribute('aria-disabled', 'true');
    await toggle.hover();
    await expect(page.getByRole('tooltip')).toContainText(/permission|not allowed|cannot|may not/i);
    await shot(page, 'denied', testInfo);
    // A click on the aria-disabled switch itself (it stays focusable): nothing may open.
    // eslint-disable-next-line playwright/no-force-option
    await toggle.click({ force: true });
    await expect(page.locator('[data-test="nested-containers-confirm"]')).toHaveCount(0);
    expect(patches(server)).toHaveLength(0);
  });
});
