// Failures the page must survive inside the real console: a list that keeps failing, one that
// fails once, slow API calls. No crash, no endless spinner; the console's own retries bring it back.
// (Dropped watches: watch.spec.ts.)
import { checkStatus, shot } from '../../e2e/fixtures';
import { expect, openChecklist, PAGE_PATH, test, visit } from './fixtures';

test.describe('the faults scenario (500 on workspaces, slow pods, CheCluster watch drops)', () => {
  test.use({
    scenario: 'faults.yaml',
    // The scenario's own failure: the response, and the browser's line for it (located at its URL).
    expectedProblems: async ({}, provide) => provide([/\/devworkspaces\?/]),
  });

  test('the page settles: the failed read is reported, the rest is evaluated', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    await expect(checkStatus(page, 'legacy-workspaces')).toHaveAttribute('data-status', 'unknown');
    await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'pass');
    await shot(page, 'faults', testInfo);
  });
});

test.describe('a transient 500 on the CheCluster list', () => {
  test.use({ expectedProblems: async ({}, provide) => provide([/\/checlusters\?/]) });

  test("recovers through the console's own retry", async ({ page, rc }) => {
    rc.faults.set({ fail: [{ pattern: '/checlusters\\?limit', status: 500, count: 1 }] });
    await visit(page, rc, PAGE_PATH);
    await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
      'data-state',
      'disabled',
      { timeout: 60_000 },
    );
    await expect(page.locator('[data-test="loading"]')).toHaveCount(0);
  });
});

test('with 1.5 s latency on every API call the page still loads', async ({ page, rc }) => {
  rc.faults.set({ latencyMs: 1500 });
  await openChecklist(page, rc);
  await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'pass');
});
