// The scenarios an administrator meets most (issue #9), in the real consoles: what the page says, the
// names it gives, and whether the switch can be used. Expectations come from DOMAIN.md and the
// scenario files, not from the UI's output.
import type { Page } from '@playwright/test';
import { checkStatus, shot } from '../../e2e/fixtures';
import { expect, openChecklist, test } from './fixtures';

const verdict = (page: Page) => page.locator('[data-test="nested-containers-verdict"]').first();
const toggle = (page: Page) => page.locator('[data-test="nested-containers-toggle"]').first();
const state = (page: Page) => page.locator('[data-test="nested-containers-state"]').first();
const reason = (page: Page, id: string) =>
  checkStatus(page, id).locator('[data-test="check-reason"]');
/** The row of a check with its details open (rows that need attention open by themselves). */
const showDetails = async (page: Page, id: string) => {
  const row = checkStatus(page, id);
  const button = row.getByRole('button', { name: /^(Show|Hide) details$/ });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  return row;
};

test.describe('default cluster (container-build workspaces running)', () => {
  test.use({ scenario: 'container-build-default.yaml' });

  test('reads ready with warnings, and the switch can be turned on', async ({ page, rc }) => {
    await openChecklist(page, rc);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ready-with-warnings');
    await expect(state(page)).toHaveAttribute('data-state', 'disabled');
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'true');
    await expect(toggle(page)).toBeEnabled();
    // The container-build pods: escalation without a user namespace is shown, naming the pods,
    // but does not make the cluster "not ready".
    await expect(checkStatus(page, 'root-on-host')).toHaveAttribute('data-status', 'warn');
    await expect(reason(page, 'root-on-host')).toHaveAttribute(
      'data-reason',
      'escalation-possible',
    );
    // The pods are named in the commands offered to inspect them (copyable fields).
    const root = await showDetails(page, 'root-on-host');
    for (const pod of [
      'workspacea1b2c3d4e5f60001-6c9f7d8b5-x2k4q',
      'workspaceb0b0c3d4e5f60003-5d8c6f7a9-p8m2z',
    ])
      await expect(root.locator(`input[value*="${pod}"]`)).toHaveCount(1);
    await expect(checkStatus(page, 'container-runtime')).toHaveAttribute('data-status', 'pass');
  });
});

test.describe('the Jira SCC (nested-podman-scc, SETUID and SETGID only)', () => {
  test.use({ scenario: 'jira-scc.yaml' });

  test('reads not ready, names CHOWN, and blocks turning on', async ({ page, rc }, info) => {
    await openChecklist(page, rc);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'not-ready');
    await expect(checkStatus(page, 'run-scc')).toHaveAttribute('data-status', 'fail');
    await expect(reason(page, 'run-scc')).toContainText('nested-podman-scc');
    const row = await showDetails(page, 'run-scc');
    await expect(row).toContainText('CHOWN');
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'false');
    await expect(page.locator('[data-test="summary-headline"]').first()).toContainText('Blocked');
    await shot(page, 'jira-scc', info);
  });
});

test.describe('pinned to runc by MCO after an update from 4.17', () => {
  test.use({ scenario: 'runc-pinned.yaml' });

  test('warns naming both MachineConfigs and how to delete them', async ({ page, rc }, info) => {
    await openChecklist(page, rc);
    const row = checkStatus(page, 'container-runtime');
    await expect(row).toHaveAttribute('data-status', 'warn');
    await expect(reason(page, 'container-runtime')).toHaveAttribute(
      'data-reason',
      'runtime-runc-pinned',
    );
    for (const pool of ['master', 'worker'])
      await expect(reason(page, 'container-runtime')).toContainText(
        `00-override-${pool}-generated-crio-default-container-runtime`,
      );
    await expect(reason(page, 'container-runtime')).toContainText('crio-default-container-runtime');
    await showDetails(page, 'container-runtime');
    for (const pool of ['master', 'worker'])
      await expect(
        row.locator(
          `input[value="oc delete machineconfig 00-override-${pool}-generated-crio-default-container-runtime"]`,
        ),
      ).toHaveCount(1);
    await expect(reason(page, 'container-runtime')).not.toContainText('—');
    // A warning: the cluster is still ready for the feature, and the switch works.
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'ready-with-warnings');
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'true');
    await shot(page, 'runc-pinned', info);
  });
});

test.describe('a workspace on the retired ubi8 developer image', () => {
  test.use({ scenario: 'old-workspace-image.yaml' });

  test('workspace-images fails naming the workspace and its image', async ({ page, rc }) => {
    await openChecklist(page, rc);
    await expect(checkStatus(page, 'workspace-images')).toHaveAttribute('data-status', 'fail');
    await expect(reason(page, 'workspace-images')).toContainText('alice-devspaces/legacy-ubi8');
    const row = await showDetails(page, 'workspace-images');
    await expect(row).toContainText('quay.io/devfile/universal-developer-image:ubi8-latest');
  });
});

test.describe('hosted control plane (no machineconfiguration API)', () => {
  test.use({
    scenario: 'hosted-control-plane.yaml',
    // The point of the scenario: machineconfiguration.openshift.io is not served (404).
    expectedProblems: async ({}, provide) => provide([/\/machineconfiguration\.openshift\.io\//]),
  });

  test('container-runtime cannot tell, and does not block', async ({ page, rc }) => {
    await openChecklist(page, rc);
    await expect(checkStatus(page, 'container-runtime')).toHaveAttribute('data-status', 'unknown');
    await expect(reason(page, 'container-runtime')).toHaveAttribute(
      'data-reason',
      'runtime-api-absent',
    );
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'true');
  });
});

test.describe('an update within 4.20, FeatureGate status only for the new release', () => {
  test.use({ scenario: 'upgrade-within-minor.yaml' });

  test('feature-gates reads the same-minor entry and says so; the switch works', async ({
    page,
    rc,
  }) => {
    await openChecklist(page, rc);
    await expect(checkStatus(page, 'feature-gates')).toHaveAttribute('data-status', 'pass');
    await expect(reason(page, 'feature-gates')).toHaveAttribute(
      'data-reason',
      'gates-enabled-same-minor',
    );
    await expect(reason(page, 'feature-gates')).toContainText('4.20.5');
    // Both ends of an update within 4.20 support the feature: a note, not a warning.
    await expect(checkStatus(page, 'cluster-version')).toHaveAttribute('data-status', 'pass');
    await expect(reason(page, 'cluster-version')).toHaveAttribute(
      'data-reason',
      'upgrade-in-progress',
    );
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'true');
  });
});

test.describe('switch on, CheCluster Active, run SCC deleted', () => {
  test.use({ scenario: 'on-run-scc-missing.yaml' });

  test('reads on and not ready, not "turning on"', async ({ page, rc }) => {
    await openChecklist(page, rc);
    await expect(state(page)).toHaveAttribute('data-state', 'enabled');
    await expect(checkStatus(page, 'run-scc')).toHaveAttribute('data-status', 'fail');
    await expect(page.locator('[data-test="reconcile-progress"]')).toHaveCount(0);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'not-ready');
  });
});

test.describe('DevWorkspace Operator too old for hostUsers', () => {
  test.use({ scenario: 'dwo-too-old.yaml' });

  test('devworkspace-operator fails and blocks turning on', async ({ page, rc }) => {
    await openChecklist(page, rc);
    await expect(checkStatus(page, 'devworkspace-operator')).toHaveAttribute('data-status', 'fail');
    await expect(reason(page, 'devworkspace-operator')).toHaveAttribute(
      'data-reason',
      'dwo-too-old',
    );
    await expect(toggle(page)).toHaveAttribute('data-allowed', 'false');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'not-ready');
  });
});
