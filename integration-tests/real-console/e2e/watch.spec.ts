// The console's own WebSocket watches: when the API server drops them, the console reconnects
// and later changes still reach the plugin's page.
import { expect, openChecklist, test } from './fixtures';

test('a dropped watch reconnects and a later change reaches the page', async ({ page, rc }) => {
  await openChecklist(page, rc);
  const state = page.locator('[data-test="nested-containers-state"]').first();
  await expect(state).toHaveAttribute('data-state', 'disabled');
  const cheWatches = () =>
    rc.cluster.requestLog().filter((r) => r.watch && r.path.endsWith('/checlusters')).length;
  const before = cheWatches();
  expect(rc.dropWatches()).toBeGreaterThan(0);
  // The console opens the CheCluster watch again on its own.
  await expect.poll(cheWatches, { timeout: 30_000 }).toBeGreaterThan(before);
  const che = structuredClone(rc.cluster.objects().find((o) => o.kind === 'CheCluster')!);
  (
    che.spec as { devEnvironments: Record<string, unknown> }
  ).devEnvironments.disableContainerRunCapabilities = false;
  rc.cluster.update(che);
  await expect(state).toHaveAttribute('data-state', /enabl/, { timeout: 30_000 });
});
