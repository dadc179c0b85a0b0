// The nested-container smoke test end to end: the plugin creates the pod through the shell's SDK,
// the simulated cluster admits it against the run SCC and plays its life (events, status, pods/log),
// the plugin reads the result and deletes the pod. Every test ends with no smoke-test pod stored.
import type { Page } from '@playwright/test';
import type { ConsoleServer } from '../console/server';
import { expect, openChecklist, shot, test } from './fixtures';

const LABEL = 'devspaces-nested-containers.io/smoke-test';

const smokePods = (server: ConsoleServer) =>
  server.cluster.objects().filter((o) => o.kind === 'Pod' && o.metadata?.labels?.[LABEL]);

const podRequests = (server: ConsoleServer, method: string, suffix = '') =>
  server.cluster
    .requestLog()
    .filter(
      (r) =>
        r.method === method &&
        /\/api\/v1\/namespaces\/openshift-devspaces\/pods/.test(r.path) &&
        r.path.endsWith(suffix),
    );

/** Opens the confirmation, checks what it promises, runs, and waits for the final result. */
const runSmokeTest = async (page: Page) => {
  const button = page.locator('[data-test="nested-containers-smoke-test"]').first();
  await expect(button).toHaveAttribute('data-allowed', 'true');
  await button.click();
  const dialog = page.locator('[data-test="smoke-test-confirm"]');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('openshift-devspaces');
  await expect(dialog).toContainText('container-run');
  await expect(dialog.locator('[data-test="smoke-test-confirm-removal"]')).toContainText('deleted');
  await dialog.locator('[data-test="smoke-test-run"]').click();
  const result = page.locator('[data-test="smoke-test-result"]');
  await expect(result).toHaveAttribute('data-outcome', /passed|failed/, { timeout: 30_000 });
  return result;
};

const expectNoPodLeft = async (page: Page, server: ConsoleServer) => {
  await expect(page.locator('[data-test="smoke-test-cleanup"]')).toHaveAttribute(
    'data-state',
    'deleted',
  );
  expect(smokePods(server)).toEqual([]);
  expect(podRequests(server, 'DELETE')).toHaveLength(1);
};

for (const scenario of ['ocp-4.20-ready-on.yaml', 'ocp-4.22-ready-on.yaml']) {
  test.describe(`on ${scenario}`, () => {
    test.use({ scenario });

    test('the smoke test passes, shows each step with its evidence, and deletes its pod', async ({
      page,
      server,
    }, testInfo) => {
      await openChecklist(page, server);
      const result = await runSmokeTest(page);
      await expect(result).toHaveAttribute('data-outcome', 'passed');
      const steps = result.locator('[data-test="smoke-test-step"]');
      await expect(steps).toHaveCount(7);
      for (const s of await steps.all()) await expect(s).toHaveAttribute('data-status', 'pass');
      await expect(
        result.locator('[data-test="smoke-test-step"][data-step="admitted"]'),
      ).toContainText('container-run');
      await expect(
        result.locator('[data-test="smoke-test-step"][data-step="pod-user-namespace"]'),
      ).toContainText('0 1481179136 65536');
      await expect(
        result.locator('[data-test="smoke-test-step"][data-step="inner-container"]'),
      ).toContainText('0 1000 1');
      await expectNoPodLeft(page, server);
      // The log was read through pods/log once the container had finished.
      expect(podRequests(server, 'GET', '/log')).toHaveLength(1);
      await shot(page, 'smoke-test-passed', testInfo);
    });
  });
}

const failures = [
  {
    scenario: 'ocp-4.20-smoke-scc-rejects.yaml',
    step: 'admitted',
    check: 'run-scc',
    text: 'capability may not be added',
    created: false,
  },
  {
    scenario: 'ocp-4.20-smoke-newuidmap.yaml',
    step: 'inner-container',
    check: 'workspace-images',
    text: 'newuidmap',
    created: true,
  },
  {
    scenario: 'ocp-4.20-smoke-no-fuse.yaml',
    step: 'devices',
    check: 'workspace-pod-config',
    text: 'vfs',
    created: true,
  },
];

for (const f of failures) {
  test.describe(`on ${f.scenario}`, () => {
    test.use({ scenario: f.scenario });

    test(`the smoke test fails at "${f.step}" and points to ${f.check}`, async ({
      page,
      server,
    }, testInfo) => {
      await openChecklist(page, server);
      const result = await runSmokeTest(page);
      await expect(result).toHaveAttribute('data-outcome', 'failed');
      const failure = result.locator('[data-test="smoke-test-failure"]');
      await expect(failure).toHaveAttribute('data-step', f.step);
      await expect(failure).toHaveAttribute('data-check', f.check);
      await expect(
        result.locator(`[data-test="smoke-test-step"][data-step="${f.step}"]`),
      ).toHaveAttribute('data-status', 'fail');
      await expect(result).toContainText(f.text);
      await expect(result.locator('[data-test="smoke-test-remedy-link"]')).toBeVisible();
      if (f.created) await expectNoPodLeft(page, server);
      else {
        // Admission refused the create: nothing was stored, nothing to delete.
        expect(smokePods(server)).toEqual([]);
        expect(podRequests(server, 'DELETE')).toHaveLength(0);
      }
      await shot(page, `smoke-test-${f.step}`, testInfo);
    });
  });
}

test.describe('leftovers and access', () => {
  test.use({ scenario: 'ocp-4.20-ready-on.yaml' });

  test('a pod left by an interrupted run is listed on the CheCluster tab and can be removed', async ({
    page,
    server,
  }) => {
    server.cluster.update({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'nested-containers-smoke-old01',
        namespace: 'openshift-devspaces',
        labels: { [LABEL]: 'old01' },
      },
      spec: { containers: [{ name: 'smoke-test', image: 'udi:1' }] },
      status: { phase: 'Running' },
    });
    await page.goto(
      `${server.url}/k8s/ns/openshift-devspaces/org.eclipse.che~v2~CheCluster/devspaces/nested-containers`,
    );
    const leftover = page.locator('[data-test="smoke-test-leftover"]');
    await expect(leftover).toHaveAttribute('data-name', 'nested-containers-smoke-old01');
    await expect(page.locator('[data-test="nested-containers-smoke-test"]')).toBeVisible();
    await leftover.locator('[data-test="smoke-test-remove-leftover"]').click();
    await expect(leftover).toHaveCount(0);
    expect(smokePods(server)).toEqual([]);
  });
});
