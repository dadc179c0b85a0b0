// Failures the page must survive: 500s, latency and dropped watches. No crash, no endless spinner.
import { expect, openChecklist, shot, test } from './fixtures';

test.describe('the faults scenario (500 on workspaces, slow pods, CheCluster watch drops)', () => {
  test.use({ scenario: 'faults.yaml' });

  test('the page settles: the failed read is reported, the rest is evaluated', async ({
    page,
    server,
  }, testInfo) => {
    await openChecklist(page, server);
    await expect(page.locator('[data-test="check-legacy-workspaces"]').first()).toHaveAttribute(
      'data-status',
      'unknown',
    );
    await expect(page.locator('[data-test="check-cluster-version"]').first()).toHaveAttribute(
      'data-status',
      'pass',
    );
    await shot(page, 'faults', testInfo);
  });
});

test('a transient 500 on a list recovers after the console-style 15 s retry', async ({
  page,
  server,
}) => {
  server.faults.set({ fail: [{ pattern: '/checlusters\\?limit', status: 500, count: 1 }] });
  await page.goto(`${server.url}/devspaces-nested-containers`);
  await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
    'data-state',
    'disabled',
    { timeout: 40_000 },
  );
  await expect(page.locator('[data-test="loading"]')).toHaveCount(0);
});

test('with 1.5 s latency on every API call the page still loads', async ({ page, server }) => {
  server.faults.set({ latencyMs: 1500 });
  await openChecklist(page, server);
  await expect(page.locator('[data-test="check-cluster-version"]').first()).toHaveAttribute(
    'data-status',
    'pass',
  );
});

test('dropped watches are re-established and later changes still reach the page', async ({
  page,
  server,
}) => {
  await openChecklist(page, server);
  const state = page.locator('[data-test="nested-containers-state"]').first();
  await expect(state).toHaveAttribute('data-state', 'disabled');
  expect(server.faults.dropWatches()).toBeGreaterThan(0);
  await expect.poll(() => server.faults.openWatches(), { timeout: 20_000 }).toBeGreaterThan(0);
  const che = structuredClone(server.cluster.objects().find((o) => o.kind === 'CheCluster')!);
  (
    che.spec as { devEnvironments: Record<string, unknown> }
  ).devEnvironments.disableContainerRunCapabilities = false;
  server.cluster.update(che);
  await expect(state).toHaveAttribute('data-state', /enabl/, { timeout: 20_000 });
});
