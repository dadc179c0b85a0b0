// The healthy matrix in the real consoles (issue 20; the full 32 clusters are in
// src/core/healthyMatrix.test.ts): healthy clusters with nested containers on and reconciled, one
// per row of what varies — flavor, run SCC name, Web Terminals, running or stopped workspaces, an
// upgrade in progress. Each must read "On", ready, with every check passed or not applicable and
// nothing in the summary. Pods are the ones the simulated DevWorkspace Operator builds.
import { shot } from '../../e2e/fixtures';
import { expect, openChecklist, test } from './fixtures';

const HEALTHY = [
  // Dev Spaces, container-run, one running workspace (pods built), no terminal, 4.20 steady.
  'ocp-4.20-ready-on.yaml',
  // Dev Spaces, container-run, one running workspace, two Web Terminals (one in a user namespace).
  'web-terminals.yaml',
  // Eclipse Che, SCC nested-podman-run, stopped workspaces, a Web Terminal, 4.20.8 -> 4.21.2 half-way.
  'healthy-che-custom-scc-upgrading.yaml',
];

for (const scenario of HEALTHY) {
  test.describe(scenario, () => {
    test.use({ scenario });

    test('on and ready: every check passes or is n/a, the summary lists nothing', async ({
      page,
      rc,
    }, testInfo) => {
      await openChecklist(page, rc);
      const summary = page.locator('[data-test="nested-containers-summary"]').first();
      await expect(summary.locator('[data-test="nested-containers-state"]')).toHaveAttribute(
        'data-state',
        'enabled',
      );
      await expect(page.locator('[data-test="nested-containers-verdict"]').first()).toHaveAttribute(
        'data-verdict',
        'ready',
      );
      await expect(summary.locator('[data-test="summary-headline"]')).toHaveText(
        'On — every check passes',
      );
      await expect(summary.locator('[data-test="summary-item"]')).toHaveCount(0);
      const statuses = await page
        .locator('li[data-test^="check-"][data-status]')
        .evaluateAll((lis) =>
          lis.map((li) => `${li.getAttribute('data-test')} ${li.getAttribute('data-status')}`),
        );
      expect(statuses.length).toBeGreaterThan(15);
      expect(statuses.filter((s) => !/ (pass|na)$/.test(s))).toEqual([]);
      await shot(page, `healthy-${scenario.replace(/\.yaml$/, '')}`, testInfo);
    });
  });
}

test.describe('healthy-che-custom-scc-upgrading.yaml: the evidence of workspace-images', () => {
  test.use({ scenario: 'healthy-che-custom-scc-upgrading.yaml' });

  test('the fine workspaces are one row that counts each image, not a row each', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    // Passed checks sit folded under the group's "Passed: n".
    await page
      .getByRole('region', { name: 'Workspaces', exact: true })
      .getByRole('button', { name: /^Passed: / })
      .click();
    const row = page.locator('[data-test="check-workspace-images"]').first();
    await row.getByRole('button', { name: 'Show details' }).click();
    // Four Eclipse Che workspaces on the operator's default image; the Web Terminal is not theirs.
    const ok = row.locator('[data-test="detail-workspaces.images.ok"]');
    await expect(ok).toContainText('Images of the workspaces whose every image is fine');
    await expect(ok).toContainText(
      'quay.io/devfile/universal-developer-image:ubi9-latest (ok) × 4',
    );
    await expect(row).not.toContainText('web-terminal-tooling');
    await expect(row.locator('[data-test^="detail-alice-che/"]')).toHaveCount(0);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'healthy-che-workspace-images-details', testInfo);
  });
});
