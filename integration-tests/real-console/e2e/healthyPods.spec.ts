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
    // The pod check judged the gateway and project-clone for what they get, and said so.
    await expect(checkStatus(page, 'workspace-pod-config')).toHaveAttribute(
      'data-reason',
      'pod-config-ok',
    );
    await expect(page.locator('[data-test="summary-item"]')).toHaveCount(0);
    await expect(page.locator('[data-test="nested-containers-verdict"]').first()).toHaveAttribute(
      'data-verdict',
      'ready',
    );
    await shot(page, 'healthy-pods', testInfo);
  });
});
