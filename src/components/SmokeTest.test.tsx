// The smoke test from the summary: offered beside the headline once the switch is on, run through
// the mocked console (create, watch, pods/log, delete), its outcome shown in the summary.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { k8sCreate, k8sDelete } from '@openshift-console/dynamic-plugin-sdk';
import { loaded } from '../core/snapshot';
import { cheCluster, onSnapshot } from '../core/testing/builders';
import CheClusterNestedContainersTab from './CheClusterNestedContainersTab';
import NestedContainersPage from './NestedContainersPage';
import { installCluster, settleReads } from './testing/fakeConsole';
import { installSmokeTest } from './testing/fakeSmokeTest';
import { preloadLazyViews } from './testing/lazyViews';
import { checkRow, focused, summaryOf } from './testing/queries';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'));

beforeAll(preloadLazyViews);

const REF = 'openshift-devspaces/devspaces';
const summary = () => summaryOf(REF);
const button = () => within(summary()).findByTestId('nested-containers-smoke-test');
/** The button once its chunk has loaded and the access reviews have answered. */
const usableButton = async () => {
  await waitFor(() =>
    expect(within(summary()).getByTestId('nested-containers-smoke-test').dataset.allowed).toBe(
      'true',
    ),
  );
  return button();
};
const outcome = () => within(summary()).getByTestId('smoke-test-result');

/** Opens the confirmation from the summary and runs the test with the CheCluster's image. */
const runFromSummary = async () => {
  await userEvent.click(await usableButton());
  const dialog = await screen.findByTestId('smoke-test-confirm');
  expect(dialog.textContent).toContain('openshift-devspaces');
  expect(dialog.textContent).toContain('container-run');
  await userEvent.click(within(dialog).getByTestId('smoke-test-run'));
};

describe('the smoke test in the summary', () => {
  it('is disabled, saying which permission is missing, for a user who may not create pods', async () => {
    installCluster(onSnapshot(), { access: [false, false] });
    installSmokeTest();
    render(<NestedContainersPage />);
    await settleReads();
    const b = await button();
    expect(b.dataset.allowed).toBe('false');
    expect(b.getAttribute('aria-disabled')).toBe('true');
    await userEvent.hover(b);
    expect((await screen.findByRole('tooltip')).textContent).toContain(
      'You may not: create pods, delete pods, list pods, get pods/log, use SCC container-run in openshift-devspaces.',
    );
    await userEvent.click(b);
    expect(screen.queryByTestId('smoke-test-confirm')).toBeNull();
  });

  it('runs when clicked: shows the steps while running, then "passed", and deletes the pod', async () => {
    installCluster(onSnapshot());
    const cluster = installSmokeTest();
    render(<NestedContainersPage />);
    await settleReads();
    await runFromSummary();

    const [pod] = cluster.created();
    expect(vi.mocked(k8sCreate)).toHaveBeenCalledTimes(1);
    expect(pod.metadata?.namespace).toBe('openshift-devspaces');
    expect(pod.metadata?.annotations?.['openshift.io/required-scc']).toBe('container-run');
    expect(pod.spec?.hostUsers).toBe(false);

    expect(outcome().dataset.outcome).toBe('running');
    expect(within(outcome()).getByText('Smoke test running…')).toBeTruthy();
    const steps = within(outcome()).getAllByTestId('smoke-test-step');
    expect(steps.map((s) => `${s.dataset.step}:${s.dataset.status}`).slice(0, 3)).toEqual([
      'admitted:pass',
      'scheduled:pass',
      'image-pulled:running',
    ]);
    // One run at a time: the button says so while this one runs.
    expect((await button()).dataset.allowed).toBe('false');

    await cluster.finish('passed');
    expect(outcome().dataset.outcome).toBe('passed');
    expect(outcome().textContent).toContain('podman run works in a workspace pod on this cluster.');
    expect(within(outcome()).getByTestId('smoke-test-cleanup').dataset.state).toBe('deleted');
    expect(vi.mocked(k8sDelete)).toHaveBeenCalledTimes(1);
    expect(cluster.stored()).toEqual([]);
    // The steps, events and log stay one click away, folded.
    const details = within(outcome()).getByTestId('smoke-test-details');
    const toggle = within(details).getByRole('button', { name: 'Steps, pod events and log' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(within(details).getByTestId('smoke-test-log').textContent).toContain(
      'smoke-test: inner-uid-map 0 1000 1;1 1001 64535;',
    );
    expect((await usableButton()).dataset.allowed).toBe('true');
  });

  it('fails with the reason and points to the check whose remedy applies', async () => {
    installCluster(onSnapshot());
    const cluster = installSmokeTest();
    render(<NestedContainersPage />);
    await settleReads();
    await runFromSummary();
    await cluster.finish('newuidmap');

    expect(outcome().dataset.outcome).toBe('failed');
    const failure = within(outcome()).getByTestId('smoke-test-failure');
    expect(failure.dataset.step).toBe('inner-container');
    expect(failure.dataset.reason).toBe('newuidmap-failed');
    expect(failure.textContent).toContain('Smoke test failed: Nested container ran');
    expect(failure.textContent).toContain(
      'newuidmap failed: the image did not rewrite /etc/subuid and /etc/subgid',
    );
    expect(within(failure).getByTestId('smoke-test-failure-message').textContent).toBe(
      'Error: cannot set up namespace using "/usr/bin/newuidmap": exit status 1',
    );
    expect(cluster.stored()).toEqual([]);

    await userEvent.click(within(failure).getByTestId('smoke-test-remedy-link'));
    expect(focused()).toBe(checkRow('workspace-images'));
  });

  it('on the CheCluster tab, the same button and outcome sit in the one summary', async () => {
    const cc = cheCluster({ enabled: true });
    installCluster(onSnapshot({ cheClusters: loaded([cc]) }));
    const cluster = installSmokeTest();
    render(<CheClusterNestedContainersTab obj={cc} />);
    await settleReads();
    await runFromSummary();
    await cluster.finish('passed');
    expect(outcome().dataset.outcome).toBe('passed');
    expect(screen.getAllByTestId('smoke-test-result')).toHaveLength(1);
  });
});
