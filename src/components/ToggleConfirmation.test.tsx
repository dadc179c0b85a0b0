// The confirmation dialog: it names only Dev Spaces workspaces (a Web Terminal — also a
// DevWorkspace, also in a Dev Spaces user namespace when a developer opens one there — is never "to
// recreate" or "start from the dashboard"), and it lets the administrator past gates that could not
// be read only after saying so.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { forbidden, loaded } from '../core/snapshot';
import {
  cheCluster,
  devWorkspace,
  nestedPod,
  offSnapshot,
  onSnapshot,
} from '../core/testing/builders';
import { webTerminalPod, webTerminalWorkspace } from '../core/testing/devWorkspaceShapes';
import { clearRecentToggles } from '../hooks/recentToggles';
import CheClusterNestedContainersTab from './CheClusterNestedContainersTab';
import { installCluster, patchSucceeds, settleReads } from './testing/fakeConsole';
import { preloadLazyViews } from './testing/lazyViews';
import { checkRow } from './testing/queries';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'));

afterEach(() => {
  clearRecentToggles();
  vi.mocked(k8sPatch).mockReset();
});

beforeAll(preloadLazyViews, 60_000);

const toggle = () => screen.getByTestId('nested-containers-toggle');
const openConfirmation = async () => {
  await userEvent.click(toggle());
  return screen.findByRole('dialog');
};

const adminTerminal = webTerminalWorkspace();
const developerTerminal = webTerminalWorkspace({
  namespace: 'alice-devspaces',
  name: 'terminal-p9r3zd',
  id: 'workspace1f2e3d4c5b6a7988',
  creator: 'uid-alice',
});
const terminals = [adminTerminal, developerTerminal];
const terminalPods = terminals.map((t) => webTerminalPod(t));

describe('the confirmation with Web Terminals on the cluster', () => {
  it('turning on: lists the Dev Spaces workspaces to recreate or start from the dashboard, no terminal', async () => {
    const off = cheCluster({ resourceVersion: '4242' });
    installCluster(
      offSnapshot({
        cheClusters: loaded([off]),
        devWorkspaces: loaded([
          devWorkspace({ name: 'old-build', scc: 'container-build', id: 'w1' }),
          devWorkspace({ name: 'no-scc', id: 'w2' }),
          ...terminals,
        ]),
        workspacePods: loaded(terminalPods),
      }),
    );
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    const dialog = await openConfirmation();
    const legacy = within(dialog).getByTestId('confirm-legacy');
    expect(legacy.dataset.count).toBe('1');
    expect(legacy.textContent).toContain('alice-devspaces/old-build');
    const unrecorded = within(dialog).getByTestId('confirm-unrecorded');
    expect(unrecorded.dataset.count).toBe('1');
    expect(unrecorded.textContent).toContain('alice-devspaces/no-scc');
    for (const t of terminals) expect(dialog.textContent).not.toContain(t.metadata!.name!);
  });

  it('turning off: names the workspace created with the run SCC, no terminal', async () => {
    const on = cheCluster({ enabled: true, resourceVersion: '77' });
    installCluster(
      onSnapshot({
        cheClusters: loaded([on]),
        devWorkspaces: loaded([devWorkspace({ scc: 'container-run' }), ...terminals]),
        workspacePods: loaded([nestedPod(), ...terminalPods]),
      }),
    );
    render(<CheClusterNestedContainersTab obj={on} />);
    await settleReads();
    const dialog = await openConfirmation();
    const affected = within(dialog).getByTestId('confirm-run-scc-workspaces');
    expect(affected.dataset.count).toBe('1');
    expect(affected.textContent).toContain('alice-devspaces/nodejs-web-app');
    for (const t of terminals) expect(dialog.textContent).not.toContain(t.metadata!.name!);
  });
});

const off = cheCluster({ resourceVersion: '4242' });
const submit = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Turn on nested containers' });

describe('the confirmation past gates that could not be read', () => {
  it('names each unread gate with the access that would tell; submit waits for the checkbox', async () => {
    // A viewer who may neither list SCCs nor read OLM's CSVs.
    installCluster(
      offSnapshot({
        cheClusters: loaded([off]),
        sccs: { 'container-run': forbidden() },
        devWorkspaceOperatorCsvs: forbidden(),
      }),
    );
    patchSucceeds();
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    // Not "Ready to turn on": the run SCC is cannot-tell, never n/a.
    expect(checkRow('run-scc').dataset.status).toBe('unknown');
    expect(screen.getByTestId('summary-headline').textContent).toContain('Cannot tell yet');
    expect(toggle().dataset.allowed).toBe('true');
    expect(toggle().dataset.unverified).toBe('2');

    const dialog = await openConfirmation();
    const list = within(dialog).getByTestId('confirm-unverified');
    expect(list.dataset.count).toBe('2');
    expect(within(list).getByTestId('confirm-unverified-run-scc').textContent).toContain(
      'You may not list securitycontextconstraints (API group security.openshift.io)',
    );
    expect(
      within(list).getByTestId('confirm-unverified-devworkspace-operator').textContent,
    ).toContain('clusterserviceversions (API group operators.coreos.com)');

    expect((submit(dialog) as HTMLButtonElement).disabled).toBe(true);
    const checkbox = within(dialog).getByLabelText('I cannot verify these; turn on anyway');
    await userEvent.click(checkbox);
    expect((submit(dialog) as HTMLButtonElement).disabled).toBe(false);
    // Unticked again: the submit waits again.
    await userEvent.click(checkbox);
    expect((submit(dialog) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(checkbox);
    await userEvent.click(submit(dialog));
    expect(vi.mocked(k8sPatch).mock.calls[0]?.[0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '4242' },
      { op: 'add', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: false },
    ]);
  });

  it('with every gate read, there is no checkbox and the submit is usable at once', async () => {
    installCluster(offSnapshot({ cheClusters: loaded([off]) }));
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    const dialog = await openConfirmation();
    expect(within(dialog).queryByTestId('confirm-unverified')).toBeNull();
    expect((submit(dialog) as HTMLButtonElement).disabled).toBe(false);
  });
});
