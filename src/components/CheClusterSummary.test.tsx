import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loaded } from '../core/snapshot';
import type { ClusterSnapshot } from '../core/snapshot';
import {
  cheCluster,
  clusterVersion,
  crdWithoutSwitch,
  offSnapshot,
  onSnapshot,
  runcConfig,
  workspacePod,
} from '../core/testing/builders';
import { clearRecentToggles, recordToggle } from '../hooks/recentToggles';
import CheClusterNestedContainersTab from './CheClusterNestedContainersTab';
import NestedContainersPage from './NestedContainersPage';
import { installCluster, settleReads } from './testing/fakeConsole';
import { preloadLazyViews } from './testing/lazyViews';
import { checkRow, checkRows, focused } from './testing/queries';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'));

beforeAll(preloadLazyViews);
afterEach(() => clearRecentToggles());

const summary = () => screen.getByTestId('nested-containers-summary');
const headline = () => screen.getByTestId('summary-headline').textContent;
const items = () =>
  within(summary())
    .queryAllByTestId('summary-item')
    .map((li) => `${li.dataset.check}:${li.dataset.status}`);

const renderPage = async (snapshot: ClusterSnapshot) => {
  installCluster(snapshot);
  const view = render(<NestedContainersPage />);
  await settleReads();
  return view;
};

describe('summary on each verdict', () => {
  it('off and ready: says it can be turned on, and lists the one warning', async () => {
    await renderPage(offSnapshot());
    expect(headline()).toBe('Ready to turn on — read 1 finding first');
    expect(items()).toEqual(['legacy-workspaces:warn']);
    expect(within(summary()).getByTestId('nested-containers-toggle').dataset.allowed).toBe('true');
  });

  it('off with nothing to read: "Ready to turn on"', async () => {
    await renderPage(offSnapshot({ devWorkspaces: loaded([]), workspacePods: loaded([]) }));
    expect(headline()).toBe('Ready to turn on');
    expect(items()).toEqual([]);
  });

  it('blocked by OpenShift 4.19.3: the version comes from the check, the blocker leads', async () => {
    await renderPage(offSnapshot({ clusterVersion: loaded(clusterVersion('4.19.3')) }));
    expect(headline()).toBe('Blocked: OpenShift 4.19.3 is older than 4.20');
    expect(items()[0]).toBe('cluster-version:fail');
    const first = within(summary()).getAllByTestId('summary-item')[0];
    expect(first.dataset.blocking).toBe('true');
    expect(first.textContent).toContain('Blocks turning on');
    expect(first.textContent).toContain('OpenShift 4.19.3 is older than 4.20');
    expect(within(summary()).getByTestId('nested-containers-toggle').dataset.allowed).toBe('false');
  });

  it('blocked by an operator that lacks the setting', async () => {
    await renderPage(offSnapshot({ cheClusterCrd: loaded(crdWithoutSwitch()) }));
    expect(headline()).toBe(
      'Blocked: the installed Dev Spaces operator does not know the nested containers setting',
    );
    expect(items()[0]).toBe('operator-support:fail');
  });

  it('on with two problems: counts them, failure before warning', async () => {
    await renderPage(
      onSnapshot({
        containerRuntimeConfigs: loaded([runcConfig('force-runc')]),
        workspacePods: loaded([workspacePod({ name: 'rooty', runAsUser: 0, runAsNonRoot: false })]),
      }),
    );
    expect(headline()).toBe(`On — ${items().length} problems need attention`);
    expect(items()).toContain('root-on-host:fail');
    expect(items()).toContain('container-runtime:warn');
    expect(items().indexOf('root-on-host:fail')).toBeLessThan(
      items().indexOf('container-runtime:warn'),
    );
  });

  it('on and clean', async () => {
    await renderPage(onSnapshot());
    expect(headline()).toBe('On — every check passes');
    expect(items()).toEqual([]);
  });

  it('turning on: waits for the operator step by step, and says how long it has been', async () => {
    const now = Date.now();
    recordToggle({ namespace: 'openshift-devspaces', name: 'devspaces', enabled: true, at: now });
    await renderPage(offSnapshot({ cheClusters: loaded([cheCluster({ enabled: true })]) }));
    expect(headline()).toBe('Turning on: waiting for the operator to create the SCC container-run');
    // The page's badge and the CheCluster's: waiting, not "data missing".
    expect(screen.getAllByTestId('nested-containers-verdict').map((b) => b.textContent)).toEqual([
      'Waiting for the operator',
      'Waiting for the operator',
    ]);
    const progress = screen.getByTestId('reconcile-progress');
    expect(progress.dataset.current).toBe('scc-created');
    expect(progress.dataset.stalled).toBe('false');
    expect(within(progress).getByTestId('reconcile-elapsed').textContent).toMatch(
      /^Changed \d+ s ago\.$/,
    );
    // The checks the operator is still working on are progress, not problems.
    expect(items()).not.toContain('run-scc:unknown');
  });

  it('a stalled step says what to look at', async () => {
    // Turned on from this page longer ago than the operator normally needs.
    const now = Date.now();
    recordToggle({
      namespace: 'openshift-devspaces',
      name: 'devspaces',
      enabled: true,
      at: now - 4 * 60 * 1000,
    });
    await renderPage(offSnapshot({ cheClusters: loaded([cheCluster({ enabled: true })]) }));
    const progress = screen.getByTestId('reconcile-progress');
    expect(progress.dataset.stalled).toBe('true');
    expect(within(progress).getByTestId('reconcile-stalled').textContent).toContain(
      'oc get checluster devspaces -n openshift-devspaces -o yaml',
    );
  });

  it('on, SCC missing, Active, no toggle from this page: "On", and the SCC failure leads', async () => {
    await renderPage(offSnapshot({ cheClusters: loaded([cheCluster({ enabled: true })]) }));
    expect(screen.queryByTestId('reconcile-progress')).toBeNull();
    expect(screen.getByTestId('nested-containers-state').dataset.state).toBe('enabled');
    expect(headline()).toMatch(/^On — \d+ problems? needs? attention$/);
    expect(items()).toContain('run-scc:fail');
  });
});

describe('the smoke test beside the headline', () => {
  it('is not offered while nested containers are off', async () => {
    installCluster(offSnapshot());
    render(<NestedContainersPage />);
    await settleReads();
    expect(headline()).toMatch(/^Ready to turn on/);
    expect(screen.queryByTestId('nested-containers-smoke-test')).toBeNull();
  });

  it('is offered beside the headline once on, once per CheCluster, and not in the checklist', async () => {
    installCluster(onSnapshot());
    render(<NestedContainersPage />);
    await settleReads();
    const b = await within(summary()).findByTestId('nested-containers-smoke-test');
    expect(b.textContent).toBe('Prove it: run a smoke test');
    // Disabled while its chunk and the access reviews load, then usable.
    await waitFor(() =>
      expect(within(summary()).getByTestId('nested-containers-smoke-test').dataset.allowed).toBe(
        'true',
      ),
    );
    // The button and the headline share one row.
    const row = within(summary()).getByTestId('summary-headline-row');
    expect(within(row).getByTestId('summary-headline')).toBeTruthy();
    expect(within(row).getByTestId('nested-containers-smoke-test')).toBeTruthy();
    expect(screen.getAllByTestId('nested-containers-smoke-test')).toHaveLength(1);
    expect(screen.queryByTestId('smoke-test-section')).toBeNull();
  });
});

describe('summary links', () => {
  it('move focus to the row of the check and open its details', async () => {
    await renderPage(offSnapshot({ containerRuntimeConfigs: loaded([runcConfig('force-runc')]) }));
    const item = within(summary())
      .getAllByTestId('summary-item')
      .find((li) => li.dataset.check === 'container-runtime') as HTMLElement;
    await userEvent.click(within(item).getByRole('button', { name: /^Show check: / }));
    const row = checkRow('container-runtime');
    expect(focused()).toBe(row);
    expect(within(row).getByRole('button', { name: 'Hide details' })).toBeTruthy();
  });

  it('on the tab, move focus to the check inside the one section', async () => {
    const cc = cheCluster();
    installCluster(offSnapshot({ cheClusters: loaded([cc]) }));
    render(<CheClusterNestedContainersTab obj={cc} />);
    await settleReads();
    await userEvent.click(
      screen.getByRole('button', { name: 'Show check: Workspaces to recreate' }),
    );
    expect(focused()).toBe(checkRow('legacy-workspaces'));
  });
});

describe('the checklist under the summary', () => {
  it('folds passed and not-applicable checks per group, keeping their rows in the DOM', async () => {
    await renderPage(offSnapshot({ containerRuntimeConfigs: loaded([runcConfig('force-runc')]) }));
    const platform = screen.getAllByTestId('check-group')[0];
    const rows = checkRows(platform);
    // The warning first, then the folded passes.
    expect(rows[0].dataset.test).toBe('check-container-runtime');
    expect(rows.slice(1).every((r) => r.dataset.status === 'pass')).toBe(true);
    const fold = within(platform).getByTestId('check-group-fold');
    expect(fold.dataset.folded).toBe('true');
    const toggle = within(fold).getByRole('button', { name: 'Passed: 5' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(fold.dataset.folded).toBe('false');
  });

  it('no passed check comes before a problem in any group', async () => {
    await renderPage(
      offSnapshot({
        clusterVersion: loaded(clusterVersion('4.19.3')),
        containerRuntimeConfigs: loaded([runcConfig('force-runc')]),
      }),
    );
    for (const group of screen.getAllByTestId('check-group')) {
      const statuses = checkRows(group).map((r) => r.dataset.status);
      const firstQuiet = statuses.findIndex((s) => s === 'pass' || s === 'na');
      if (firstQuiet >= 0)
        expect(statuses.slice(firstQuiet).every((s) => s === 'pass' || s === 'na')).toBe(true);
    }
  });
});
