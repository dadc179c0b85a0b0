// Per scenario: what an administrator sees for each check, the feature state and the toggle.
// Expectations come from the domain rules (DOMAIN.md), not from the UI's output.
import { shot } from '../../e2e/fixtures';
import { expect, openChecklist, PAGE_PATH, test, visit } from './fixtures';

type Expectation = {
  scenario: string;
  checks: Record<string, string>;
  state?: string;
  toggleAllowed?: boolean;
};

const CASES: Expectation[] = [
  {
    scenario: 'default',
    checks: {
      'openshift-apis': 'pass',
      'cluster-version': 'pass',
      'feature-gates': 'pass',
      'feature-set': 'pass',
      'devspaces-installed': 'pass',
      'operator-support': 'pass',
      // Its workspaces have no recorded SCC: the dashboard records the run SCC when it starts them.
      'legacy-workspaces': 'pass',
    },
    state: 'disabled',
    toggleAllowed: true,
  },
  {
    scenario: 'legacy-workspaces.yaml',
    checks: { 'legacy-workspaces': 'warn', 'scc-rbac': 'pass' },
    state: 'enabled',
  },
  {
    scenario: 'ocp-4.18-blocked.yaml',
    checks: { 'cluster-version': 'fail' },
    state: 'disabled',
    toggleAllowed: false,
  },
  {
    scenario: 'ocp-4.19-blocked.yaml',
    checks: { 'cluster-version': 'fail' },
    state: 'disabled',
    toggleAllowed: false,
  },
  {
    scenario: 'ocp-4.22-ready-off.yaml',
    checks: { 'cluster-version': 'pass', 'feature-gates': 'pass' },
    state: 'disabled',
    toggleAllowed: true,
  },
  {
    scenario: 'ocp-4.23-ready-on.yaml',
    checks: { 'cluster-version': 'pass', 'feature-gates': 'pass', 'run-scc': 'pass' },
    state: 'enabled',
    toggleAllowed: true,
  },
  {
    scenario: 'ocp-4.20-ready-on.yaml',
    checks: { 'run-scc': 'pass', 'scc-rbac': 'pass', 'workspace-config': 'pass' },
    state: 'enabled',
  },
  { scenario: 'tech-preview.yaml', checks: { 'feature-set': 'warn' } },
  { scenario: 'runc-pool.yaml', checks: { 'container-runtime': 'warn' } },
  {
    scenario: 'operator-too-old.yaml',
    checks: { 'operator-support': 'fail' },
    toggleAllowed: false,
  },
  { scenario: 'root-on-host.yaml', checks: { 'root-on-host': 'fail' } },
  {
    scenario: 'rbac-missing-user-binding.yaml',
    checks: { 'run-scc': 'pass', 'scc-rbac': 'fail', 'workspace-config': 'pass' },
    state: 'enabled',
  },
  {
    scenario: 'pod-run-as-user-rejected.yaml',
    checks: { 'run-scc': 'pass', 'workspace-config': 'fail' },
  },
  { scenario: 'read-only-user.yaml', checks: { 'cluster-version': 'pass' }, toggleAllowed: false },
];

for (const c of CASES) {
  test.describe(c.scenario, () => {
    test.use({ scenario: c.scenario });

    test(`checks, state and toggle`, async ({ page, rc }, testInfo) => {
      await openChecklist(page, rc);
      for (const [id, status] of Object.entries(c.checks)) {
        await expect(
          page.locator(`[data-test="check-${id}"]`).first(),
          `check ${id}`,
        ).toHaveAttribute('data-status', status);
      }
      if (c.state) {
        await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
          'data-state',
          c.state,
        );
      }
      if (c.toggleAllowed !== undefined) {
        const toggle = page.locator('[data-test="nested-containers-toggle"]').first();
        await expect(toggle).toHaveAttribute('data-allowed', String(c.toggleAllowed));
        if (!c.toggleAllowed) {
          await toggle.hover();
          await expect(page.getByRole('tooltip')).not.toBeEmpty();
        }
      }
      await shot(page, c.scenario.replace(/\.yaml$/, ''), testInfo);
    });
  });
}

test.describe('no Dev Spaces', () => {
  test.use({
    scenario: 'devspaces-absent.yaml',
    // No Dev Spaces operator: the CheCluster and DevWorkspace APIs and their CRDs answer 404.
    expectedProblems: async ({}, provide) =>
      provide([/\/(checlusters|devworkspaces|customresourcedefinitions\/[a-z.]+)(\?|$)/]),
  });

  test('says Dev Spaces is not installed', async ({ page, rc }) => {
    await visit(page, rc, PAGE_PATH);
    await expect(page.locator('[data-test="empty-not-installed"]')).toBeVisible();
  });
});

test.describe('not OpenShift', () => {
  test.use({
    scenario: 'not-openshift.yaml',
    // A plain Kubernetes API server: every OpenShift and operator API the console and the plugin
    // ask for answers 404 (the console keeps asking for users/~ and its Infrastructure).
    expectedProblems: async ({}, provide) =>
      provide([/\/api\/kubernetes\/apis\/[a-z.]+\//, /reading infrastructure CR/]),
  });

  // On a first visit the console's model store holds only what this API server's discovery lists,
  // so neither the ClusterVersion nor the SCC model exists: the page says so before any check, and
  // offers nothing to turn on. (A console that kept another cluster's discovery in localStorage
  // would still know those models; the fixtures boot each scenario as a fresh browser would.)
  test('says the cluster is not OpenShift and offers nothing to turn on', async ({ page, rc }) => {
    await visit(page, rc, PAGE_PATH);
    const empty = page.locator('[data-test="empty-not-openshift"]');
    await expect(empty).toBeVisible({ timeout: 60_000 });
    await expect(empty).toContainText('This cluster is not OpenShift');
    await expect(empty).toContainText(
      'this cluster does not serve the config.openshift.io and security.openshift.io APIs',
    );
    await expect(page.locator('[data-test="nested-containers-verdict"]')).toHaveAttribute(
      'data-verdict',
      'unavailable',
    );
    await expect(page.locator('[data-test="nested-containers-toggle"]')).toHaveCount(0);
    await expect(page.locator('[data-test^="check-"]')).toHaveCount(0);
  });
});

test.describe('several CheClusters', () => {
  test.use({ scenario: 'several-checlusters.yaml' });

  test('each has its own section', async ({ page, rc }) => {
    await openChecklist(page, rc);
    expect(await page.locator('[data-checluster]').count()).toBeGreaterThan(1);
  });
});
