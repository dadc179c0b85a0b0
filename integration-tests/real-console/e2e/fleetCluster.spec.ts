// The fleet's drill-down: one managed cluster's checklist and switch, read and patched through the
// real @stolostron/multicluster-sdk (watches over the stand-in cluster proxy's WebSocket), in the
// real consoles. What it shows comes from the member's scenario, as its own page shows it; what it
// changes is that member's CheCluster only.
import type { Page } from '@playwright/test';
import type { K8sObjectLike } from '../../cluster';
import type { SimulatedCluster } from '../../cluster';
import { checkStatus, shot } from '../../e2e/fixtures';
import type { FleetMember } from '../acmHub';
import type { RealConsole } from '../backend';
import { expect, socketsConnected, test, visit } from './fixtures';

const FLEET_PATH = '/devspaces-nested-containers/fleet';
const MEMBERS: FleetMember[] = [
  {
    name: 'prod-east',
    scenario: 'integration-tests/scenarios/ocp-4.22-ready-off.yaml',
    created: '2026-06-01T00:00:00Z',
  },
  { name: 'edge-down', answer: 502, created: '2026-02-01T00:00:00Z' },
];

type CheCluster = K8sObjectLike & {
  metadata: { name: string; namespace: string };
  spec: { devEnvironments?: Record<string, unknown> };
};
const cheClusterOf = (cluster: SimulatedCluster | undefined): CheCluster => {
  const found = cluster?.objects().find((o) => o.kind === 'CheCluster');
  if (!found) throw new Error('the cluster has no CheCluster');
  return found as unknown as CheCluster;
};
const member = (rc: RealConsole, name: string) => rc.acm?.clusterOf(name);
const switchOf = (c: CheCluster) => c.spec.devEnvironments?.disableContainerRunCapabilities;

const drillDown = (page: Page, cluster: string) =>
  page.locator(`[data-test="fleet-cluster"][data-cluster="${cluster}"]`);

/** From the fleet's row, as an administrator would. */
const openFromFleet = async (page: Page, rc: RealConsole, cluster: string) => {
  await visit(page, rc, FLEET_PATH);
  const row = page.locator(`[data-test="fleet-row"][data-cluster="${cluster}"]`);
  await row.locator('[data-test="fleet-cluster-link"]').click();
  await expect(page).toHaveURL(new RegExp(`${FLEET_PATH}/${cluster}$`));
  await expect(drillDown(page, cluster).locator('[data-test="loading"]')).toHaveCount(0, {
    timeout: 60_000,
  });
};

const state = (page: Page) => page.locator('[data-test="nested-containers-state"]').first();
const toggle = (page: Page) => page.locator('[data-test="nested-containers-toggle"]').first();
const dialog = (page: Page) => page.locator('[data-test="nested-containers-confirm"]');

test.describe('an ACM hub with Dev Spaces (feature on) and a ready managed cluster (feature off)', () => {
  test.use({
    scenario: 'ocp-4.20-ready-on.yaml',
    consoleOptions: { fleet: MEMBERS },
    expectedProblems: async ({}, provide) =>
      provide([/managedclusterproxy\/edge-down\//, /status of 502/]),
  });

  test("shows the managed cluster's own checklist, read through the cluster proxy", async ({
    page,
    rc,
  }, info) => {
    await openFromFleet(page, rc, 'prod-east');
    const view = drillDown(page, 'prod-east');
    await expect(view.getByRole('heading', { level: 1 })).toHaveText(
      /Dev Spaces nested containers on prod-east/,
    );
    // Its remedies are oc commands, and oc here is logged in to the hub: the page says where to log in.
    const where = view.locator('[data-test="managed-cluster-commands"]');
    await expect(where).toContainText(
      'The commands on this page act on the cluster oc is logged in to',
    );
    await expect(where.getByRole('textbox', { name: 'Log in to prod-east' })).toHaveValue(
      'oc login --server=https://api.prod-east.example.com:6443',
    );
    // prod-east runs OpenShift 4.22 with the feature off; the hub runs 4.20 with it on.
    await expect(state(page)).toHaveAttribute('data-state', 'disabled');
    await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'pass');
    await expect(checkStatus(page, 'cluster-version')).toContainText('4.22');
    await expect(view.locator('[data-test="nested-containers-verdict"]').first()).toHaveAttribute(
      'data-verdict',
      'ready-with-warnings',
    );
    // Its lists are watched through the proxy (the SDK's WebSocket), not polled.
    const proxied = rc.served.filter((r) => r.path.includes('/managedclusterproxy/prod-east/'));
    expect(proxied.some((r) => r.method === 'WS' && r.path.includes('watch=true'))).toBe(true);
    // No smoke test here: its pod would be created on this console's cluster.
    await expect(page.locator('[data-test="nested-containers-smoke-test"]')).toHaveCount(0);
    await shot(page, 'fleet-cluster', info);
    // Back to the fleet as an administrator would, once the watches are up (see socketsConnected).
    await socketsConnected(page);
    await view.getByRole('link', { name: 'Fleet' }).click();
    await expect(page).toHaveURL(new RegExp(`${FLEET_PATH}$`));
  });

  test('turning it on patches that cluster only, after a confirmation naming it', async ({
    page,
    rc,
    seen,
  }) => {
    const hubBefore = switchOf(cheClusterOf(rc.cluster));
    await openFromFleet(page, rc, 'prod-east');
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'true');
    await toggle(page).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('heading', { level: 1 })).toContainText(
      'Turn on nested containers for openshift-devspaces/devspaces on cluster prod-east?',
    );
    await dialog(page).locator('[data-test="nested-containers-confirm-button"]').click();
    await expect(state(page)).toHaveAttribute('data-state', 'enabled', { timeout: 30_000 });
    expect(switchOf(cheClusterOf(member(rc, 'prod-east')))).toBe(false);
    expect(switchOf(cheClusterOf(rc.cluster))).toBe(hubBefore);
    // One CheCluster write in all, the core's patch (a resourceVersion test, then the one field),
    // sent to prod-east through the cluster proxy.
    const writes = seen.writes.filter((w) => w.url.includes('/checlusters'));
    expect(writes.map((w) => [w.method, new URL(w.url).pathname])).toEqual([
      [
        'PATCH',
        '/api/proxy/plugin/mce/console/multicloud/managedclusterproxy/prod-east/apis/org.eclipse.che/v2/namespaces/openshift-devspaces/checlusters/devspaces',
      ],
    ]);
    const ops = writes[0]?.body as { op: string; path: string }[];
    expect(ops.map((o) => `${o.op} ${o.path}`)).toEqual([
      'test /metadata/resourceVersion',
      expect.stringMatching(
        /^(add|replace) \/spec\/devEnvironments\/disableContainerRunCapabilities$/,
      ),
    ]);
    // Turned on, the drill-down reads what only scc-rbac needs (core/namedObjects.ts): the test
    // leaves once those new watches are up, as the one above does.
    await socketsConnected(page);
  });

  test.describe('when someone changes its CheCluster while the dialog is open', () => {
    test.use({
      // An array option is read as [value, options]: provided by a function instead.
      expectedProblems: async ({}, provide) =>
        provide([
          /managedclusterproxy\/edge-down\//,
          /status of (502|409)/,
          /managedclusterproxy\/prod-east\/.*\/checlusters\/devspaces/,
        ]),
    });

    test('the patch is refused there, the dialog says so, and their change stays', async ({
      page,
      rc,
    }) => {
      await openFromFleet(page, rc, 'prod-east');
      await toggle(page).click();
      await expect(dialog(page)).toBeVisible();
      const cluster = member(rc, 'prod-east');
      const changed = structuredClone(cheClusterOf(cluster));
      changed.spec.devEnvironments = {
        ...changed.spec.devEnvironments,
        maxNumberOfRunningWorkspacesPerUser: 7,
      };
      cluster?.update(changed);
      await dialog(page).locator('[data-test="nested-containers-confirm-button"]').click();
      await expect(dialog(page).locator('[data-test="toggle-error"]')).toBeVisible();
      const now = cheClusterOf(member(rc, 'prod-east'));
      expect(now.spec.devEnvironments?.maxNumberOfRunningWorkspacesPerUser).toBe(7);
      expect(switchOf(now)).toBe(true);
    });
  });

  test('an unreachable cluster says it cannot be read', async ({ page, rc }) => {
    await visit(page, rc, `${FLEET_PATH}/edge-down`);
    await expect(drillDown(page, 'edge-down').locator('[data-test="empty-error"]')).toBeVisible({
      timeout: 60_000,
    });
  });
});

test.describe('an ACM hub without Dev Spaces (its console has no CheCluster model)', () => {
  test.use({
    scenario: 'devspaces-absent.yaml',
    consoleOptions: { fleet: MEMBERS.slice(0, 1) },
    // The fleet page reads the hub too: it serves no CheCluster, DevWorkspace or DWOC API.
    expectedProblems: async ({}, provide) =>
      provide([
        /\/api\/kubernetes\/apis\/(workspace\.devfile\.io|org\.eclipse\.che|controller\.devfile\.io|apiextensions\.k8s\.io)\//,
        /status of 404/,
      ]),
  });

  test("still shows the managed cluster's CheCluster and checks", async ({ page, rc }) => {
    await openFromFleet(page, rc, 'prod-east');
    await expect(state(page)).toHaveAttribute('data-state', 'disabled');
    await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'pass');
  });
});
