// What the operator says about itself, and gates the viewer may not read, inside the real console:
// a failed reconcile (status.reason InstallOrUpdateFailed, chePhase still Active) is said with the
// operator's own message and where its log is; a server down (Inactive) with everything reconciled
// is "on" with a warning, not "Turning on"; a viewer who may not list SCCs gets "cannot tell" and
// turns on only past a confirmation that names the SCC read and needs its checkbox.
import type { Page } from '@playwright/test';
import { checkStatus, shot } from '../../e2e/fixtures';
import { expect, openChecklist, pluginA11yViolations, test } from './fixtures';

const state = (page: Page) => page.locator('[data-test="nested-containers-state"]').first();
const headline = (page: Page) => page.locator('[data-test="summary-headline"]').first();
const toggle = (page: Page) => page.locator('[data-test="nested-containers-toggle"]').first();
const dialog = (page: Page) => page.locator('[data-test="nested-containers-confirm"]');
/** The sentence the row shows for its reason code (data-reason on the row's reason element). */
const reasonOf = (row: ReturnType<typeof checkStatus>) =>
  row.locator('[data-test="check-reason"]').first();
const OPERATOR_MESSAGE =
  'Failed to reconcile CheCluster resources. The installation is not completed. Check operator logs for details.';

test.describe('che-operator reports a failed reconcile while chePhase still says Active', () => {
  test.use({ scenario: 'reconcile-failed.yaml' });

  test('the page says the reconcile failed, with its message, the log to read and why the SCC is missing', async ({
    page,
    rc,
  }, testInfo) => {
    await openChecklist(page, rc);
    // Not "Turning on": the operator has stopped, it is not catching up.
    await expect(state(page)).toHaveAttribute('data-state', 'enabled');
    await expect(headline(page)).not.toContainText('Turning on');
    const phase = checkStatus(page, 'devspaces-phase');
    await expect(phase).toHaveAttribute('data-status', 'fail');
    await expect(reasonOf(phase)).toHaveAttribute('data-reason', 'reconcile-failed');
    await expect(phase).toContainText(OPERATOR_MESSAGE);
    // The remedy: the operator's log (the command sits in the copy field's input).
    await expect(phase.locator('[data-test="remedy-operator-logs"] input')).toHaveValue(
      'oc logs -n openshift-operators deployment/devspaces-operator --tail=200',
    );
    const scc = checkStatus(page, 'run-scc');
    await expect(reasonOf(scc)).toHaveAttribute('data-reason', 'scc-missing-reconcile-failed');
    await expect(scc).toContainText("because the operator's reconcile failed");
    await expect(reasonOf(checkStatus(page, 'scc-rbac'))).toHaveAttribute(
      'data-reason',
      'rbac-missing-reconcile-failed',
    );
    await shot(page, 'reconcile-failed', testInfo);
  });
});

test.describe('nested containers on and reconciled, the Dev Spaces server down', () => {
  test.use({ scenario: 'server-inactive-on.yaml' });

  test('shows "on" with the server warning, not "Turning on"', async ({ page, rc }, testInfo) => {
    await openChecklist(page, rc);
    await expect(state(page)).toHaveAttribute('data-state', 'enabled');
    await expect(headline(page)).toContainText('On');
    await expect(headline(page)).not.toContainText('Turning on');
    const phase = checkStatus(page, 'devspaces-phase');
    await expect(phase).toHaveAttribute('data-status', 'warn');
    await expect(reasonOf(phase)).toHaveAttribute('data-reason', 'server-inactive');
    await expect(phase).toContainText('The Dev Spaces server is down');
    await expect(checkStatus(page, 'run-scc')).toHaveAttribute('data-status', 'pass');
    await expect(page.locator('[data-test="reconcile-progress"]')).toHaveCount(0);
    await shot(page, 'server-inactive-on', testInfo);
  });
});

test.describe('a Dev Spaces administrator who may not list SCCs, nested containers off', () => {
  test.use({
    scenario: 'no-scc-list-off.yaml',
    // The cluster refuses the SCC list: the console logs the 403 the page is about.
    expectedProblems: [/403.*securitycontextconstraints|status of 403 \(Forbidden\)/],
  });

  test('cannot tell; turning on needs the confirmation that names the unread SCC', async ({
    page,
    rc,
    seen,
  }, testInfo) => {
    await openChecklist(page, rc);
    await expect(state(page)).toHaveAttribute('data-state', 'disabled');
    const scc = checkStatus(page, 'run-scc');
    await expect(scc).toHaveAttribute('data-status', 'unknown');
    await expect(reasonOf(scc)).toHaveAttribute('data-reason', 'forbidden');
    await expect(headline(page)).toContainText('Cannot tell yet');
    await expect(headline(page)).not.toContainText('Ready to turn on');
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'true');
    await expect(toggle(page)).toHaveAttribute('data-unverified', '1');

    await toggle(page).click();
    await expect(dialog(page)).toBeVisible();
    const unverified = dialog(page).locator('[data-test="confirm-unverified"]');
    await expect(unverified).toHaveAttribute('data-count', '1');
    await expect(unverified.locator('[data-test="confirm-unverified-run-scc"]')).toContainText(
      'You may not list securitycontextconstraints (API group security.openshift.io)',
    );
    const submit = dialog(page).locator('[data-test="nested-containers-confirm-button"]');
    await expect(submit).toBeDisabled();
    expect(await pluginA11yViolations(page, '[data-test="nested-containers-confirm"]')).toEqual([]);
    await shot(page, 'confirm-unverified', testInfo);
    await dialog(page).getByLabel('I cannot verify these; turn on anyway').check();
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(dialog(page)).toHaveCount(0);
    const sent = seen.writes.filter((w) => w.method === 'PATCH' && w.url.includes('/checlusters/'));
    expect(sent).toHaveLength(1);
  });
});
