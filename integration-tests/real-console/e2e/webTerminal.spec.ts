// Web Terminals beside Dev Spaces, in the real console: nested containers on and reconciled, one
// running Dev Spaces workspace, an administrator's terminal in openshift-terminal and a developer's
// in her Dev Spaces namespace. The terminals are DevWorkspaces the DevWorkspace Operator runs, not
// Dev Spaces workspaces: the page counts them apart and no finding, list or command names them.
import { checkStatus, shot } from '../../e2e/fixtures';
import { expect, openChecklist, test } from './fixtures';

test.use({ scenario: 'web-terminals.yaml' });

/** What would name a terminal: its DevWorkspace, its pod (by workspace id), its namespace. */
const TERMINAL_WORDS = [
  'terminal-k7x2qp',
  'terminal-p9r3zd',
  'workspace0e1d2c3b4a596877',
  'workspace1f2e3d4c5b6a7988',
  'openshift-terminal',
];

test('Web Terminals are counted apart, never a finding, and no command targets them', async ({
  page,
  rc,
}, testInfo) => {
  await openChecklist(page, rc);
  await expect(page.locator('[data-test="nested-containers-state"]').first()).toHaveAttribute(
    'data-state',
    'enabled',
  );
  // The checks the terminals' restricted-v2 pods (no user namespace) used to fail or warn.
  const judged = [
    'legacy-workspaces',
    'workspace-user-namespaces',
    'root-on-host',
    'workspace-images',
    'kubedock-workspaces',
  ];
  for (const id of judged)
    await expect(checkStatus(page, id)).toHaveAttribute('data-status', 'pass');
  await expect(
    checkStatus(page, 'workspace-user-namespaces').locator('[data-test="check-reason"]'),
  ).toHaveAttribute('data-reason', 'userns-all');
  // No summary item for any of them. workspace-pod-config is left to the containers-by-role work:
  // until it lands it fails on the Dev Spaces pod's che-gateway (no HOST_USERS, which traefik does
  // not need), never on a terminal (the page-wide check below).
  for (const id of judged)
    await expect(page.locator(`[data-test="summary-item"][data-check="${id}"]`)).toHaveCount(0);

  // Each workspace check says how many DevWorkspaces it left out: the two terminals. Passed checks
  // sit folded under the group's "Passed: n".
  await page
    .getByRole('region', { name: 'Workspaces', exact: true })
    .getByRole('button', { name: /^Passed: / })
    .click();
  for (const id of ['legacy-workspaces', 'workspace-user-namespaces', 'root-on-host']) {
    const row = checkStatus(page, id);
    await row.getByRole('button', { name: 'Show details' }).click();
    const detail = row.locator('[data-test="detail-workspaces.notDevSpaces"]');
    await expect(detail).toContainText('Not Dev Spaces workspaces');
    await expect(detail).toContainText('2');
  }

  // The Dev Spaces workspace with no recorded SCC is listed; neither terminal is.
  const unrecorded = page.locator('[data-test="unrecorded-workspaces-table"]');
  await expect(unrecorded).toContainText('docs-site');
  await expect(page.locator('[data-test="legacy-workspaces-table"]')).toHaveCount(0);
  await expect(page.locator('[data-test="root-on-host-table"]')).toHaveCount(0);

  // Nothing on the page (checks, details, tables, summary, commands) names a terminal.
  const content = page.locator('#content-scrollable');
  for (const word of TERMINAL_WORDS) await expect(content).not.toContainText(word);
  await expect(page.locator('[data-test="remedy-record-workspace-scc"]')).toHaveCount(0);
  await shot(page, 'web-terminals', testInfo);
});
