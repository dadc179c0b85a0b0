// The plugin inside the real console: the admin navigation item, the page on the scenarios an
// administrator meets most, the axe check, and the CheCluster "Nested containers" tab reached the
// way an administrator does (the CheCluster link on the page, then the tab).
import { checkStatus, shot } from '../../e2e/fixtures';
import {
  cheClusterPath,
  expect,
  openChecklist,
  PAGE_PATH,
  pluginA11yViolations,
  test,
  visit,
} from './fixtures';

test('Administration has the plugin item; the page evaluates the default cluster and passes axe', async ({
  page,
  rc,
}, testInfo) => {
  await visit(page, rc, '/');
  await page.getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'Dev Spaces nested containers' }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE_PATH}$`));
  const state = page.locator('[data-test="nested-containers-state"]').first();
  await expect(state).toHaveAttribute('data-state', 'disabled', { timeout: 30_000 });
  await expect(page.locator('[data-test="loading"]')).toHaveCount(0);
  // OpenShift 4.20.3, Dev Spaces installed with the feature off; its workspaces recorded no SCC,
  // which the dashboard adds when it starts them: a pass, with a note.
  for (const [id, status] of Object.entries({
    'openshift-apis': 'pass',
    'cluster-version': 'pass',
    'feature-gates': 'pass',
    'devspaces-installed': 'pass',
    'operator-support': 'pass',
    'legacy-workspaces': 'pass',
  }))
    await expect(checkStatus(page, id)).toHaveAttribute('data-status', status);
  await expect(page.locator('[data-test="nested-containers-toggle"]').first()).toHaveAttribute(
    'data-allowed',
    'true',
  );
  await shot(page, 'page', testInfo);
  // The plugin's content (the console's route area), not the masthead and navigation around it.
  expect(await pluginA11yViolations(page)).toEqual([]);

  // The CheCluster link leads to its details page, where the plugin adds its tab.
  await page.getByRole('link', { name: 'devspaces', exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${cheClusterPath()}$`));
  const tab = page.locator('[data-test-id="horizontal-link-Nested containers"]');
  await tab.click();
  await expect(page).toHaveURL(new RegExp(`${cheClusterPath()}/nested-containers$`));
  await expect(state).toHaveAttribute('data-state', 'disabled');
  await expect(checkStatus(page, 'legacy-workspaces')).toHaveAttribute('data-status', 'pass');
  await shot(page, 'checluster-tab', testInfo);
});

test.describe('on a cluster where nested containers cannot be turned on (OpenShift 4.18)', () => {
  test.use({ scenario: 'ocp-4.18-blocked.yaml' });

  test('the version check fails and the toggle is refused', async ({ page, rc }) => {
    await openChecklist(page, rc);
    await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'fail');
    await expect(page.locator('[data-test="nested-containers-toggle"]').first()).toHaveAttribute(
      'data-allowed',
      'false',
    );
  });
});

test.describe('the CheCluster tab on a cluster with the feature on', () => {
  test.use({ scenario: 'ocp-4.20-ready-on.yaml' });

  test('opened by URL, it shows the operator-created objects as passing', async ({ page, rc }) => {
    await openChecklist(page, rc, `${cheClusterPath()}/nested-containers`);
    await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
      'data-state',
      'enabled',
    );
    for (const id of ['run-scc', 'scc-rbac', 'workspace-config'])
      await expect(checkStatus(page, id)).toHaveAttribute('data-status', 'pass');
  });
});
