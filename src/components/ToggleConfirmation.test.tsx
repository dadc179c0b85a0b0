// The confirmation dialog names only Dev Spaces workspaces: a Web Terminal (also a DevWorkspace,
// also in a Dev Spaces user namespace when a developer opens one there) is never "to recreate" or
// "start from the dashboard".
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loaded } from '../core/snapshot';
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
import { installCluster, settleReads } from './testing/fakeConsole';
import { preloadLazyViews } from './testing/lazyViews';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'));

afterEach(() => clearRecentToggles());
beforeAll(preloadLazyViews, 60_000);

const adminTerminal = webTerminalWorkspace();
const developerTerminal = webTerminalWorkspace({
  namespace: 'alice-devspaces',
  name: 'terminal-p9r3zd',
  id: 'workspace1f2e3d4c5b6a7988',
  creator: 'uid-alice',
});
const terminals = [adminTerminal, developerTerminal];
const terminalPods = terminals.map((t) => webTerminalPod(t));

const openConfirmation = async () => {
  await userEvent.click(screen.getByTestId('nested-containers-toggle'));
  return screen.findByRole('dialog');
};

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
