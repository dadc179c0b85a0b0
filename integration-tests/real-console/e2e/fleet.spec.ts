// The fleet page on an ACM hub (real-console/acmHub.ts stands in for ACM's backend, its
// clusterview list and its console plugin), with the real @stolostron/multicluster-sdk in the
// plugin, in every real console (4.20, 4.21, 4.22). Expectations come from each member's scenario, as
// its own page answers it (scenarios.spec.ts, adminScenarios.spec.ts).
import type { Page } from '@playwright/test';
import { shot } from '../../e2e/fixtures';
import type { FleetMember } from '../acmHub';
import { expect, test, visit } from './fixtures';

const FLEET_PATH = '/devspaces-nested-containers/fleet';
const MEMBERS: FleetMember[] = [
  {
    name: 'prod-east',
    scenario: 'integration-tests/scenarios/ocp-4.22-ready-off.yaml',
    created: '2026-06-01T00:00:00Z',
  },
  {
    name: 'legacy-419',
    scenario: 'integration-tests/scenarios/ocp-4.19-blocked.yaml',
    created: '2026-05-01T00:00:00Z',
  },
  {
    name: 'runc-pinned',
    scenario: 'integration-tests/scenarios/runc-pinned.yaml',
    created: '2026-04-01T00:00:00Z',
  },
  {
    name: 'data-lake',
    scenario: 'integration-tests/scenarios/devspaces-absent.yaml',
    created: '2026-03-01T00:00:00Z',
  },
  { name: 'edge-down', answer: 502, created: '2026-02-01T00:00:00Z' },
  { name: 'partner', answer: 403, created: '2026-01-15T00:00:00Z' },
  { name: 'retired', unavailable: true, created: '2026-01-01T00:00:00Z' },
];

/** Every row is there and has its answer (a fresh mount starts with no rows at all). */
const allAnswered = async (page: Page) => {
  await expect(page.locator('[data-test="fleet-row"]')).toHaveCount(MEMBERS.length + 1, {
    timeout: 60_000,
  });
  await expect(page.locator('[data-test="fleet-row"][data-read="pending"]')).toHaveCount(0, {
    timeout: 60_000,
  });
};

const row = (page: Page, cluster: string) =>
  page.locator(`[data-test="fleet-row"][data-cluster="${cluster}"]`);

test.describe('an ACM hub with seven managed clusters', () => {
  test.use({
    scenario: 'ocp-4.20-ready-on.yaml',
    consoleOptions: { fleet: MEMBERS },
    // The members' answers, as the browser logs them: the unreachable one's 502, the refused one's
    // 403s, and the 404s of the cluster without Dev Spaces (no CheCluster or DevWorkspace API).
    expectedProblems: async ({}, provide) =>
      provide([
        /managedclusterproxy\/edge-down\//,
        /managedclusterproxy\/partner\//,
        /managedclusterproxy\/data-lake\/apis\/(workspace\.devfile\.io|org\.eclipse\.che|controller\.devfile\.io|apiextensions\.k8s\.io)\//,
        /status of (502|403|404)/,
      ]),
  });

  test('answers for every cluster, each in its own row', async ({ page, rc }, info) => {
    // Reached from Administration, as an administrator on the hub would.
    await visit(page, rc, '/');
    await page.getByRole('button', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Dev Spaces nested containers: fleet' }).click();
    await expect(page).toHaveURL(new RegExp(`${FLEET_PATH}$`));
    await allAnswered(page);
    const expected: Record<string, [string, string, RegExp]> = {
      'local-cluster': ['ready', 'enabled', /^On$/],
      // Its one workspace runs an image the page cannot vouch for: a warning, as on its own page,
      // and the row asks to read it as the page's headline does, not a bare "Ready".
      'prod-east': ['ready-with-warnings', 'disabled', /^Ready to turn on — read 1 finding first$/],
      'legacy-419': [
        'not-ready',
        'disabled',
        /Blocked: OpenShift version: OpenShift 4\.19\.\d+ is older than 4\.20/,
      ],
      'runc-pinned': [
        'ready-with-warnings',
        'disabled',
        /^Ready to turn on — read \d+ findings? first$/,
      ],
      'data-lake': ['unavailable', '', /No Dev Spaces/],
      'edge-down': ['unknown', '', /does not answer through the cluster proxy/],
      partner: ['unknown', '', /you may not read this cluster/],
      retired: ['unknown', '', /ACM reports the cluster unavailable/],
    };
    for (const [cluster, [verdict, state, text]] of Object.entries(expected)) {
      await expect(row(page, cluster)).toHaveAttribute('data-verdict', verdict);
      await expect(row(page, cluster)).toHaveAttribute('data-state', state);
      await expect(row(page, cluster).locator('[data-test="fleet-verdict"]')).toHaveText(text);
    }
    await expect(row(page, 'runc-pinned')).toContainText('—');
    await expect(row(page, 'legacy-419')).toContainText('4.19.');
    await shot(page, 'fleet', info);
    await row(page, 'local-cluster').scrollIntoViewIfNeeded();
    await shot(page, 'fleet-ready-rows', info);
  });

  test('filters by verdict and searches by name', async ({ page, rc }) => {
    await visit(page, rc, FLEET_PATH);
    await allAnswered(page);
    await page.locator('[data-test="fleet-filter-verdict"]').selectOption('not-ready');
    await expect(page.locator('[data-test="fleet-row"]')).toHaveCount(1);
    await expect(row(page, 'legacy-419')).toBeVisible();
    await page.locator('[data-test="fleet-filter-verdict"]').selectOption('');
    await page.locator('[data-test="fleet-search"]').fill('EDGE');
    await expect(page.locator('[data-test="fleet-row"]')).toHaveCount(1);
    await expect(row(page, 'edge-down')).toBeVisible();
  });

  test('downloads the fleet as JSON', async ({ page, rc }) => {
    await visit(page, rc, FLEET_PATH);
    await allAnswered(page);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="fleet-export-json"]').click(),
    ]);
    expect(file.suggestedFilename()).toBe('nested-containers-fleet.json');
    const doc = JSON.parse(
      await (await file.createReadStream()).toArray().then((b) => Buffer.concat(b).toString()),
    ) as {
      schema: string;
      pluginVersion: string;
      clusters: { cluster: string; verdict: string; checks: unknown[] }[];
    };
    expect(doc.schema).toBe('devspaces-nested-containers.fleet-report/v1');
    expect(doc.pluginVersion).toBe('0.1.0');
    expect(doc.clusters).toHaveLength(MEMBERS.length + 1);
    expect(doc.clusters.find((c) => c.cluster === 'legacy-419')?.verdict).toBe('not-ready');
  });
});

test.describe('a cluster without ACM', () => {
  test('has no fleet page and no fleet navigation item', async ({ page, rc }) => {
    await visit(page, rc, '/');
    await page.getByRole('button', { name: 'Administration' }).click();
    await expect(
      page.getByRole('link', { name: 'Dev Spaces nested containers', exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Dev Spaces nested containers: fleet' }),
    ).toHaveCount(0);
    await visit(page, rc, FLEET_PATH);
    await expect(page.getByText('404: Page Not Found')).toBeVisible();
    await expect(page.locator('[data-test="fleet-table"]')).toHaveCount(0);
  });
});
