import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { loaded, LOADING, NOT_FOUND, forbidden } from '../core/snapshot';
import { ALL_CHECKS } from '../core/checks/registry';
import {
  cheCluster,
  clusterVersion,
  devWorkspace,
  offSnapshot,
  onSnapshot,
  runcConfig,
  userNamespace,
  userRoleBinding,
  workspacePod,
} from '../core/testing/builders';
import { clearRecentToggles } from '../hooks/recentToggles';
import { FIRST_ANSWER_WAIT_MS } from '../hooks/useShownSnapshot';
import NestedContainersPage from './NestedContainersPage';
import { installCluster, settleReads } from './testing/fakeConsole';
import { preloadLazyViews } from './testing/lazyViews';
import {
  checkContract,
  follows,
  cheClusterElements,
  sectionOf,
  summaryOf,
  checkRow,
} from './testing/queries';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'));

afterEach(() => clearRecentToggles());

/** A CheCluster's checklist, and (above all checklists) its summary with state and switch. */
const section = sectionOf;
const summary = summaryOf;
const check = (scope: HTMLElement, id: string) => checkRow(id, scope);

beforeAll(preloadLazyViews, 60_000);

describe('NestedContainersPage: empty states', () => {
  it('shows a spinner, not a checklist, while discovery is in flight', async () => {
    installCluster(offSnapshot({ openshiftApis: LOADING }));
    render(<NestedContainersPage />);
    await settleReads();
    expect(screen.getByRole('progressbar', { name: 'Loading the cluster state' })).toBeTruthy();
    expect(checkContract()).toEqual([]);
  });

  // The whole-screen states arrive with their own chunk (ScreenGate.tsx), hence findBy.
  it('says the cluster is not OpenShift when the OpenShift APIs are not served', async () => {
    installCluster(offSnapshot({ openshiftApis: loaded({ config: false, security: false }) }));
    render(<NestedContainersPage />);
    await settleReads();
    expect(await screen.findByText('This cluster is not OpenShift')).toBeTruthy();
    expect(screen.queryByTestId('nested-containers-toggle')).toBeNull();
  });

  it('says Dev Spaces is not installed and still shows the platform checks', async () => {
    installCluster(offSnapshot({ cheClusters: loaded([]) }));
    render(<NestedContainersPage />);
    await settleReads();
    expect(await screen.findByText('Dev Spaces is not installed')).toBeTruthy();
    expect(check(document.body, 'cluster-version').dataset.status).toBe('pass');
    expect(cheClusterElements()).toEqual([]);
  });

  it('treats an absent CheCluster API (404) as not installed', async () => {
    installCluster(offSnapshot({ cheClusters: NOT_FOUND, cheClusterCrd: NOT_FOUND }));
    render(<NestedContainersPage />);
    await settleReads();
    expect(await screen.findByText('Dev Spaces is not installed')).toBeTruthy();
  });

  it('names the CheClusters it may not read and the role that grants it', async () => {
    installCluster(offSnapshot({ cheClusters: forbidden('checlusters is forbidden') }));
    render(<NestedContainersPage />);
    await settleReads();
    const empty = await screen.findByText('You are not allowed to read the data this page needs');
    expect(empty).toBeTruthy();
    const list = screen.getByTestId('forbidden-resources');
    expect(list.textContent).toContain('CheCluster');
    expect(document.body.textContent).toContain(
      'oc create clusterrole devspaces-nested-containers-reader --verb=get,list,watch --resource=checlusters.org.eclipse.che',
    );
  });

  it('keeps the checklist when only some resources are forbidden, and names them', async () => {
    installCluster(offSnapshot({ featureGate: forbidden('featuregates is forbidden') }));
    render(<NestedContainersPage />);
    await settleReads();
    const notice = screen.getByTestId('forbidden-notice');
    expect(await within(notice).findByText('FeatureGate')).toBeTruthy();
    expect(notice.textContent).toContain('featuregates.config.openshift.io');
    const gates = check(document.body, 'feature-gates');
    expect(gates.dataset.status).toBe('unknown');
    expect(within(gates).getByText('Unknown')).toBeTruthy();
  });
});

describe('NestedContainersPage: the first answer', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the spinner, and no verdict, until every read has answered', async () => {
    installCluster(offSnapshot());
    const { rerender } = render(<NestedContainersPage />);
    // The CRD and Node reads have not answered yet: no partial checklist, no "Unknown".
    expect(screen.getByRole('progressbar', { name: 'Loading the cluster state' })).toBeTruthy();
    expect(screen.queryByTestId('nested-containers-verdict')).toBeNull();
    expect(checkContract()).toEqual([]);
    await settleReads();
    rerender(<NestedContainersPage />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getAllByTestId('nested-containers-verdict')[0].dataset.verdict).toBe(
      'ready-with-warnings',
    );
    expect(screen.queryAllByText(/^Loading .*…$/)).toEqual([]);
  });

  it('waits also for a read no check says it waits for: the DWOC, while the switch is off', async () => {
    const cluster = offSnapshot();
    installCluster({
      ...cluster,
      devWorkspaceOperatorConfigs: { 'openshift-devspaces': LOADING },
    });
    const { rerender } = render(<NestedContainersPage />);
    await settleReads();
    // workspace-images reads the DWOC's pull policy, with a default without it: not a final answer.
    expect(screen.getByRole('progressbar', { name: 'Loading the cluster state' })).toBeTruthy();
    expect(screen.queryByTestId('nested-containers-verdict')).toBeNull();
    installCluster(cluster);
    rerender(<NestedContainersPage />);
    await settleReads();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getAllByTestId('nested-containers-verdict')[0].dataset.verdict).toBe(
      'ready-with-warnings',
    );
  });

  it('shows what answered once the wait is over, the rest saying what it loads', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    installCluster(offSnapshot({ featureGate: LOADING }));
    render(<NestedContainersPage />);
    await settleReads();
    expect(screen.getByRole('progressbar', { name: 'Loading the cluster state' })).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(FIRST_ANSWER_WAIT_MS));
    const gates = check(document.body, 'feature-gates');
    expect(gates.dataset.status).toBe('unknown');
    const reason = within(gates).getByTestId('check-reason');
    expect(reason.dataset.reason).toBe('loading');
    expect(reason.textContent).toMatch(/^Loading .+…$/);
    expect(check(document.body, 'cluster-version').dataset.status).toBe('pass');
    // Slow, not missing: the verdict says it is still checking.
    const verdicts = screen.getAllByTestId('nested-containers-verdict');
    expect(verdicts.map((v) => v.textContent)).toEqual(['Checking…', 'Checking…']);
  });

  it('says data is missing when a read was refused, even while another still loads', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    installCluster(offSnapshot({ featureGate: LOADING, clusterVersion: forbidden('no') }));
    render(<NestedContainersPage />);
    await settleReads();
    await act(() => vi.advanceTimersByTimeAsync(FIRST_ANSWER_WAIT_MS));
    const verdicts = screen.getAllByTestId('nested-containers-verdict');
    expect(verdicts[0].textContent).toBe('Unknown: data missing');
  });

  it('once answered, a check loading again does not bring the spinner back', async () => {
    const cluster = offSnapshot();
    installCluster(cluster);
    const { rerender } = render(<NestedContainersPage />);
    await settleReads();
    installCluster({ ...cluster, devWorkspaces: LOADING });
    rerender(<NestedContainersPage />);
    await settleReads();
    expect(screen.queryByRole('progressbar', { name: 'Loading the cluster state' })).toBeNull();
    expect(check(document.body, 'cluster-version').dataset.status).toBe('pass');
  });
});

describe('NestedContainersPage: the checklist', () => {
  it('renders every check once for the platform and per CheCluster, with its status', async () => {
    installCluster(offSnapshot());
    render(<NestedContainersPage />);
    await settleReads();
    const cc = section('openshift-devspaces/devspaces');
    for (const id of ['devspaces-installed', 'operator-support', 'devspaces-phase'])
      expect(check(cc, id)).toBeTruthy();
    for (const id of ALL_CHECKS)
      expect(screen.queryAllByTestId(`check-${id}`).length).toBeLessThanOrEqual(1);
    expect(check(document.body, 'cluster-version').dataset.status).toBe('pass');
    expect(check(document.body, 'cluster-version').textContent).toContain(
      'OpenShift 4.20.3 meets the minimum version',
    );
    const state = within(summary('openshift-devspaces/devspaces')).getByTestId(
      'nested-containers-state',
    );
    expect(state.dataset.state).toBe('disabled');
    expect(state.textContent).toBe('Nested containers: off');
  });

  it('shows a failure with its evidence and a copyable remedy', async () => {
    installCluster(
      offSnapshot({
        clusterVersion: loaded(clusterVersion('4.18.20')),
      }),
    );
    render(<NestedContainersPage />);
    await settleReads();
    const row = check(document.body, 'cluster-version');
    expect(row.dataset.status).toBe('fail');
    expect(within(row).getByText('Failed')).toBeTruthy();
    expect(row.textContent).toContain('OpenShift 4.18.20 is older than 4.20');
    // Failures open their details: the version found, and a command with a copy button.
    expect(row.textContent).toContain('4.18.20');
    expect((await within(row).findAllByRole('button', { name: /^Copy:/ })).length).toBeGreaterThan(
      0,
    );
  });

  it('shows a warning for a pool forced to runc, with its remedy', async () => {
    installCluster(offSnapshot({ containerRuntimeConfigs: loaded([runcConfig('force-runc')]) }));
    render(<NestedContainersPage />);
    await settleReads();
    const row = check(document.body, 'container-runtime');
    expect(row.dataset.status).toBe('warn');
    expect(within(row).getByText('Warning')).toBeTruthy();
    expect(row.textContent).toContain('force-runc');
  });

  it('shows the state on for a reconciled cluster, and not-applicable checks as words', async () => {
    installCluster(onSnapshot());
    render(<NestedContainersPage />);
    await settleReads();
    const cc = section('openshift-devspaces/devspaces');
    const top = summary('openshift-devspaces/devspaces');
    expect(within(top).getByTestId('nested-containers-state').dataset.state).toBe('enabled');
    expect(check(cc, 'run-scc').dataset.status).toBe('pass');
  });

  it('names the user namespaces whose users may not use the SCC, served by the RoleBinding watch', async () => {
    installCluster(
      onSnapshot({
        userNamespaces: loaded([userNamespace(), userNamespace('dave-devspaces', 'dave')]),
        userRoleBindings: { 'devspaces-user-container-run': loaded([userRoleBinding()]) },
      }),
    );
    render(<NestedContainersPage />);
    await settleReads();
    const row = check(section('openshift-devspaces/devspaces'), 'scc-rbac');
    expect(row.dataset.status).toBe('fail');
    expect(row.textContent).toContain('without the RoleBinding devspaces-user-container-run');
    expect(row.textContent).toContain('dave-devspaces');
    expect(row.textContent).not.toContain('alice-devspaces');
    expect(row.textContent).toContain('not permitted to use the SCC');
  });

  it('gives each CheCluster its own summary, section, state and toggle, in a stable order', async () => {
    installCluster(
      offSnapshot({
        cheClusters: loaded([
          cheCluster(),
          cheCluster({
            name: 'eclipse-che',
            namespace: 'eclipse-che',
            enabled: true,
            phase: 'RollingUpdate',
          }),
        ]),
        // The second namespace has no DevWorkspaceOperatorConfig: its one-name list is empty.
        devWorkspaceOperatorConfigs: {
          ...offSnapshot().devWorkspaceOperatorConfigs,
          'eclipse-che': NOT_FOUND,
        },
      }),
    );
    render(<NestedContainersPage />);
    await settleReads();
    expect(screen.getAllByTestId('checluster-section').length).toBe(2);
    // One summary each, by namespace then name, all above the first checklist.
    const summaries = screen.getAllByTestId('nested-containers-summary');
    expect(summaries.map((s) => s.dataset.checluster)).toEqual([
      'eclipse-che/eclipse-che',
      'openshift-devspaces/devspaces',
    ]);
    const firstList = screen.getAllByTestId('check-group')[0];
    for (const s of summaries) expect(follows(s, firstList)).toBe(true);
    // The contract attribute stays one per CheCluster.
    expect(screen.getAllByTestId('nested-containers-state').length).toBe(2);
    const che = summary('eclipse-che/eclipse-che');
    expect(within(che).getByTestId('nested-containers-state').dataset.state).toBe('enabling');
    expect(within(che).getByTestId('nested-containers-toggle').textContent).toBe(
      'Turn off nested containers',
    );
    const ds = summary('openshift-devspaces/devspaces');
    expect(within(ds).getByTestId('nested-containers-toggle').textContent).toBe(
      'Turn on nested containers',
    );
  });
});

describe('NestedContainersPage: workspaces', () => {
  it('pages tens of thousands of legacy workspaces, rendering one page of rows', async () => {
    const many = Array.from({ length: 20000 }, (_, i) =>
      devWorkspace({
        name: `ws-${String(i).padStart(5, '0')}`,
        id: `w${i}`,
        scc: 'container-build',
      }),
    );
    installCluster(offSnapshot({ devWorkspaces: loaded(many), workspacePods: loaded([]) }));
    render(<NestedContainersPage />);
    await settleReads();
    const table = await screen.findByTestId('legacy-workspaces-table');
    expect(table.dataset.count).toBe('20000');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBe(11); // header + 10
    expect(within(table).getByText('ws-00000')).toBeTruthy();
    expect(within(table).queryByText('ws-00010')).toBeNull();
  });

  it('lists workspaces with no recorded SCC apart from the ones to recreate', async () => {
    installCluster(
      offSnapshot({
        devWorkspaces: loaded([
          devWorkspace({ name: 'old-build', scc: 'container-build', id: 'w1' }),
          devWorkspace({ name: 'no-scc', id: 'w2' }),
        ]),
      }),
    );
    render(<NestedContainersPage />);
    await settleReads();
    const legacy = await screen.findByTestId('legacy-workspaces-table');
    expect(within(legacy).getByText('old-build')).toBeTruthy();
    expect(within(legacy).queryByText('no-scc')).toBeNull();
    const unrecorded = await screen.findByTestId('unrecorded-workspaces-table');
    expect(within(unrecorded).getByText('no-scc')).toBeTruthy();
  });

  it('lists a workspace pod that is root on the node', async () => {
    installCluster(
      offSnapshot({
        workspacePods: loaded([
          workspacePod({ name: 'rooty', runAsUser: 0, runAsNonRoot: false, scc: 'anyuid' }),
        ]),
      }),
    );
    render(<NestedContainersPage />);
    await settleReads();
    const row = check(section('openshift-devspaces/devspaces'), 'root-on-host');
    expect(row.dataset.status).toBe('fail');
    const table = await screen.findByTestId('root-on-host-table');
    expect(within(table).getByText('rooty')).toBeTruthy();
    expect(table.textContent).toContain('runs as root');
  });
});
