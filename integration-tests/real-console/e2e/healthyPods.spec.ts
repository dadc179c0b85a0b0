// A healthy cluster with nested containers on, whose running workspaces' pods were built the way the
// DevWorkspace Operator and che-operator build them (a tool container, che-gateway, project-clone,
// the editor's injector: integration-tests/cluster/workspaceOperator.ts). What an administrator must
// see there is "Ready" and nothing to do: the gateway's missing HOST_USERS is no problem.
import { checkStatus, shot } from '../../e2e/fixtures';
import { expect, openChecklist, test } from './fixtures';

const WORKSPACE_CHECKS = [
  'legacy-workspaces',
  'workspace-images',
  'workspace-user-namespaces',
  'workspace-pod-config',
  'kubedock-workspaces',
  'root-on-host',
];

test.describe('nested containers on, workspace pods as the operators build them', () => {
  test.use({ scenario: 'ocp-4.22-ready-on.yaml' });

  test('every Workspaces check passes, the summary lists nothing, the verdict is ready', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
      'data-state',
      'enabled',
    );
    for (const id of WORKSPACE_CHECKS)
      await expect(checkStatus(page, id), id).toHaveAttribute('data-status', 'pass');
    await expect(page.locator('[data-test="summary-item"]')).toHaveCount(0);
    await expect(page.locator('[data-test="nested-containers-verdict"]').first()).toHaveAttribute(
      'data-verdict',
      'ready',
    );
    // The evidence an administrator can open: the containers judged, by role.
    const workspaces = page.locator('[data-test="check-group"][aria-label="Workspaces"]');
    await workspaces.locator('[data-test="check-group-fold"] button').first().click();
    const podConfig = checkStatus(page, 'workspace-pod-config');
    await expect(podConfig.locator('[data-test="check-reason"]')).toHaveAttribute(
      'data-reason',
      'pod-config-ok',
    );
    await podConfig.getByRole('button', { name: 'Show details' }).click();
    for (const [key, count] of [
      ['containers.tool', '3'],
      ['containers.routing', '3'],
      ['containers.project-clone', '2'],
      ['containers.init', '3'],
    ])
      await expect(podConfig.locator(`[data-test="detail-${key}"]`), key).toContainText(count);
    await expect(podConfig).toContainText('Routing containers (che-gateway)');
    await shot(page, 'healthy-pods', testInfo);
  });
});
