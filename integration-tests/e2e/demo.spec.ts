// The offline demo (`npm run demo`): its host, the console shell, loads the real plugin build on
// the demo's scenario: nav item, route, the CheCluster tab, every code reference resolving. Every
// other browser test runs in the real consoles (../real-console/e2e); this file only keeps the
// demo working, in both of its modes (4.22, and 4.20 on the SDK 4.21 build).
import { expect, openChecklist, shot, test } from './fixtures';

test('the admin navigation has the plugin item in Administration and it opens the page', async ({
  page,
  server,
}, testInfo) => {
  await page.goto(`${server.url}/`);
  const item = page.locator(
    '[data-test="nav-section-administration"] [data-test="nav-item-devspaces-nested-containers"] a',
  );
  await expect(item).toHaveText('Dev Spaces nested containers');
  await item.click();
  await expect(page).toHaveURL(/\/devspaces-nested-containers$/);
  await expect(page.locator('[data-test="nested-containers-state"]').first()).toBeVisible();
  await shot(page, 'page-default', testInfo);
});

test('every code reference in the manifest resolves to an export', async ({ page, server }) => {
  await page.goto(`${server.url}/console-plugins`);
  const status = page.locator('[data-test="plugin-status-devspaces-nested-containers"]');
  await expect(status).toHaveAttribute('data-status', 'loaded');
  await expect(status.locator('[data-test="code-refs"]')).toHaveAttribute('data-state', 'resolved');
  await expect(status.locator('[data-test="plugin-warning"]')).toHaveCount(0);
});

test('the CheCluster details page shows the plugin tab with the same checks', async ({
  page,
  server,
}, testInfo) => {
  const base = `${server.url}/k8s/ns/openshift-devspaces/org.eclipse.che~v2~CheCluster/devspaces`;
  await page.goto(base);
  const tab = page.locator('[data-test="horizontal-link-nested-containers"]');
  await expect(tab).toHaveText('Nested containers');
  await tab.click();
  await expect(page).toHaveURL(`${base}/nested-containers`);
  await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
    'data-state',
    'disabled',
  );
  await expect(page.locator('[data-test="nested-containers-toggle"]').first()).toBeVisible();
  await shot(page, 'checluster-tab', testInfo);
});

test('the checklist page loads directly by URL', async ({ page, server }) => {
  await openChecklist(page, server);
  // Passed checks are folded (hidden but present); the first problem or fold line is visible.
  await expect(page.locator('li[data-test^="check-"][data-status]').first()).toBeAttached();
  await expect(page.locator('[data-test="check-group"]').first()).toBeVisible();
});
