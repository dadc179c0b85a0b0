import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { loaded, NOT_FOUND } from '../core/snapshot';
import {
  cheCluster,
  clusterVersion,
  devWorkspace,
  offSnapshot,
  onSnapshot,
  runcConfig,
} from '../core/testing/builders';
import { clearRecentToggles } from '../hooks/recentToggles';
import { CheClusterModel } from '../models/cheCluster';
import CheClusterNestedContainersTab from './CheClusterNestedContainersTab';
import {
  httpError,
  installCluster,
  patchFails,
  patchSucceeds,
  settleReads,
} from './testing/fakeConsole';
import { preloadLazyViews } from './testing/lazyViews';
import { checkRow, reasonOf } from './testing/queries';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('./testing/sdkMock'));

afterEach(() => {
  clearRecentToggles();
  vi.mocked(k8sPatch).mockReset();
});

const off = cheCluster({ resourceVersion: '4242' });
const offCluster = (o: Parameters<typeof offSnapshot>[0] = {}) =>
  offSnapshot({ cheClusters: loaded([off]), ...o });

const toggle = () => screen.getByTestId('nested-containers-toggle');
const state = () => screen.getByTestId('nested-containers-state').dataset.state;

const openConfirmation = async () => {
  await userEvent.click(toggle());
  // The dialog's code loads on first open.
  return screen.findByRole('dialog');
};

beforeAll(preloadLazyViews, 60_000);

describe('CheCluster tab', () => {
  it('shows exactly one CheCluster, from obj, with the platform checks included', async () => {
    installCluster(
      offCluster({
        cheClusters: loaded([off, cheCluster({ name: 'other', namespace: 'other-ns' })]),
      }),
    );
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    const sections = screen.getAllByTestId('checluster-section');
    expect(sections.length).toBe(1);
    expect(sections[0].dataset.checluster).toBe('openshift-devspaces/devspaces');
    expect(checkRow('cluster-version')).toBeTruthy();
    expect(state()).toBe('disabled');
  });

  it('says so when its CheCluster is no longer in the list, instead of spinning', async () => {
    installCluster(offCluster({ cheClusters: loaded([cheCluster({ name: 'other' })]) }));
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    expect(await screen.findByText('This CheCluster was not found')).toBeTruthy();
    expect(screen.queryByTestId('nested-containers-toggle')).toBeNull();
  });

  it('uses the same watch specs as the page (one watch each in the console)', async () => {
    installCluster(offCluster());
    const { default: Page } = await import('./NestedContainersPage');
    const { watchCalls } = await import('./testing/fakeConsole');
    render(<Page />);
    await settleReads();
    const fromPage = JSON.stringify(watchCalls);
    watchCalls.length = 0;
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    expect(JSON.stringify(watchCalls)).toBe(fromPage);
  });
});

describe('the toggle', () => {
  it('is enabled when the core allows it and the user may patch the CheCluster', async () => {
    installCluster(offCluster(), { access: [true, false] });
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    expect(toggle().getAttribute('aria-disabled')).not.toBe('true');
    expect(toggle().dataset.allowed).toBe('true');
    expect(vi.mocked(useAccessReview)).toHaveBeenCalledWith({
      group: 'org.eclipse.che',
      resource: 'checlusters',
      verb: 'patch',
      namespace: 'openshift-devspaces',
      name: 'devspaces',
    });
  });

  it('is disabled with the reason when the user may not patch', async () => {
    installCluster(offCluster(), { access: [false, false] });
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    expect(toggle().getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(toggle());
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.hover(toggle());
    expect(
      await screen.findByText(
        'You are not allowed to patch the CheCluster openshift-devspaces/devspaces.',
      ),
    ).toBeTruthy();
  });

  it('is disabled while the permission check runs', async () => {
    installCluster(offCluster(), { access: [false, true] });
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    expect(toggle().getAttribute('aria-disabled')).toBe('true');
    await userEvent.hover(toggle());
    expect(await screen.findByText('Checking your permissions…')).toBeTruthy();
  });

  it('is blocked by the core on OpenShift older than 4.20, saying why', async () => {
    installCluster(offCluster({ clusterVersion: loaded(clusterVersion('4.19.9')) }));
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    expect(toggle().getAttribute('aria-disabled')).toBe('true');
    await userEvent.hover(toggle());
    expect(
      await screen.findByText(/OpenShift version: OpenShift 4\.19\.9 is older than/),
    ).toBeTruthy();
  });
});

describe('the confirmation', () => {
  it('says which SCC the operator creates, which workspaces must be recreated, and open warnings', async () => {
    const workspaces = [
      ...Array.from({ length: 7 }, (_, i) =>
        devWorkspace({
          name: `ws-${i}`,
          namespace: `user${i}-devspaces`,
          id: `id${i}`,
          scc: 'container-build',
        }),
      ),
      devWorkspace({ name: 'no-scc', namespace: 'dora-devspaces', id: 'id-dora' }),
    ];
    installCluster(
      offCluster({
        devWorkspaces: loaded(workspaces),
        workspacePods: loaded([]),
        containerRuntimeConfigs: loaded([runcConfig('force-runc')]),
      }),
    );
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    const dialog = await openConfirmation();
    expect(
      within(dialog).getByText('Turn on nested containers for openshift-devspaces/devspaces?'),
    ).toBeTruthy();
    expect(dialog.textContent).toContain('will create the SCC container-run');
    const legacy = within(dialog).getByTestId('confirm-legacy');
    expect(legacy.dataset.count).toBe('7');
    expect(legacy.textContent).toContain('their owners must recreate them: 7');
    for (let i = 0; i < 5; i++) expect(legacy.textContent).toContain(`user${i}-devspaces/ws-${i}`);
    expect(legacy.textContent).not.toContain('user5-devspaces/ws-5');
    expect(legacy.textContent).toContain('…and 2 more.');
    expect(legacy.textContent).not.toContain('no-scc');
    // No recorded SCC: a separate note, not "must recreate" (the dashboard records it at start).
    const unrecorded = within(dialog).getByTestId('confirm-unrecorded');
    expect(unrecorded.dataset.count).toBe('1');
    expect(unrecorded.textContent).toContain('keep starting from the dashboard');
    expect(unrecorded.textContent).toContain('dora-devspaces/no-scc');
    expect(unrecorded.textContent).not.toContain('recreate');
    const warnings = within(dialog).getByTestId('confirm-warnings');
    expect(warnings.textContent).toContain('Container runtime');
    expect(warnings.textContent).toContain('force-runc');
  });

  it('turning off says what stops working for running workspaces', async () => {
    const on = cheCluster({ enabled: true, resourceVersion: '77' });
    installCluster(onSnapshot({ cheClusters: loaded([on]) }));
    render(<CheClusterNestedContainersTab obj={on} />);
    await settleReads();
    expect(state()).toBe('enabled');
    const dialog = await openConfirmation();
    expect(dialog.textContent).toContain('podman run inside them stops working');
    expect(dialog.textContent).toContain('The operator deletes the SCC container-run');
    // The workspace recreated with the run SCC is named: it cannot start again once off.
    const affected = within(dialog).getByTestId('confirm-run-scc-workspaces');
    expect(affected.dataset.count).toBe('1');
    expect(affected.textContent).toContain('running ones keep running until they stop');
    expect(affected.textContent).toContain('alice-devspaces/nodejs-web-app');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Turn off nested containers' }),
    );
    expect(vi.mocked(k8sPatch).mock.calls[0]?.[0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '77' },
      { op: 'add', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: true },
    ]);
  });

  it('closes on Escape and on Cancel without patching', async () => {
    installCluster(offCluster());
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    await openConfirmation();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    const dialog = await openConfirmation();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(k8sPatch).not.toHaveBeenCalled();
  });

  it('a watch update while the dialog is open changes neither the change nor the version it protects', async () => {
    installCluster(offCluster());
    patchSucceeds();
    const { rerender } = render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    await openConfirmation();
    // Someone else turns it on while the dialog is open; the watch delivers it.
    const theirs = cheCluster({ enabled: true, resourceVersion: '4243' });
    installCluster(offCluster({ cheClusters: loaded([theirs]) }));
    rerender(<CheClusterNestedContainersTab obj={theirs} />);
    const dialog = screen.getByRole('dialog', {
      name: 'Turn on nested containers for openshift-devspaces/devspaces?',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Turn on nested containers' }),
    );
    // The patch is the one for the object the administrator reviewed: the API server refuses it.
    expect(vi.mocked(k8sPatch).mock.calls[0][0].data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '4242' },
      { op: 'add', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: false },
    ]);
  });

  it('after a conflict, confirming again applies to the newer version the page now shows', async () => {
    installCluster(offCluster());
    patchFails(httpError(409, 'the object has been modified', 'Conflict'));
    const { rerender } = render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    const dialog = await openConfirmation();
    const newer = cheCluster({ resourceVersion: '4250' });
    installCluster(offCluster({ cheClusters: loaded([newer]) }));
    rerender(<CheClusterNestedContainersTab obj={newer} />);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Turn on nested containers' }),
    );
    expect(await within(dialog).findByTestId('toggle-error')).toBeTruthy();
    patchSucceeds();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Turn on nested containers' }),
    );
    const calls = vi.mocked(k8sPatch).mock.calls.map((c) => c[0].data);
    expect(calls).toEqual([
      [
        { op: 'test', path: '/metadata/resourceVersion', value: '4242' },
        { op: 'add', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: false },
      ],
      [
        { op: 'test', path: '/metadata/resourceVersion', value: '4250' },
        { op: 'add', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: false },
      ],
    ]);
  });

  it('sends exactly the core patch, keeps the dialog open with a spinner, then shows progress until reconciled', async () => {
    installCluster(offCluster());
    let release!: () => void;
    patchSucceeds(new Promise<void>((r) => (release = r)));
    const { rerender } = render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    const dialog = await openConfirmation();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Turn on nested containers' }),
    );

    const call = vi.mocked(k8sPatch).mock.calls[0][0];
    expect(call.data).toEqual([
      { op: 'test', path: '/metadata/resourceVersion', value: '4242' },
      { op: 'add', path: '/spec/devEnvironments/disableContainerRunCapabilities', value: false },
    ]);
    expect(call.resource).toBe(off);
    expect(call.model.apiGroup).toBe(CheClusterModel.group);
    expect(call.model.plural).toBe('checlusters');

    // Pending: still open, the confirm button busy and disabled.
    expect(screen.getByRole('dialog')).toBeTruthy();
    const busy = within(dialog).getByRole('button', { name: /Applying…/ });
    expect(busy.hasAttribute('disabled')).toBe(true);
    expect(within(dialog).getByRole('progressbar')).toBeTruthy();

    await act(async () => {
      release();
      await Promise.resolve();
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The watch delivers the new spec; the operator has not created the SCC yet.
    const requested = cheCluster({ enabled: true, resourceVersion: '4243' });
    installCluster(
      offCluster({ cheClusters: loaded([requested]), sccs: { 'container-run': NOT_FOUND } }),
    );
    rerender(<CheClusterNestedContainersTab obj={requested} />);
    expect(state()).toBe('enabling');
    expect(screen.getByTestId('summary-headline').textContent).toBe(
      'Turning on: waiting for the operator to create the SCC container-run',
    );
    const steps = within(screen.getByTestId('reconcile-progress')).getAllByTestId('reconcile-step');
    expect(steps.map((s) => `${s.dataset.step}:${s.dataset.status}`)).toEqual([
      'patch-accepted:done',
      'scc-created:current',
      'rbac:pending',
      'workspace-config:pending',
    ]);
    // The toggle this session made tells the core a missing SCC is expected for now.
    expect(reasonOf('run-scc')).toBe('reconciling');

    // The operator caught up.
    installCluster(onSnapshot({ cheClusters: loaded([requested]) }));
    rerender(<CheClusterNestedContainersTab obj={{ ...requested }} />);
    expect(state()).toBe('enabled');
    expect(screen.queryByTestId('reconcile-progress')).toBeNull();
  });

  it.each([
    [
      httpError(409, 'Operation cannot be fulfilled: the object has been modified', 'Conflict'),
      'conflict',
      'Someone else changed this CheCluster',
    ],
    [
      httpError(
        422,
        'the server rejected our request: testing value /metadata/resourceVersion failed: test failed',
      ),
      'conflict',
      'Someone else changed this CheCluster',
    ],
    [
      httpError(403, 'checlusters.org.eclipse.che "devspaces" is forbidden', 'Forbidden'),
      'forbidden',
      'You are not allowed to change this CheCluster.',
    ],
    [
      httpError(
        422,
        'CheCluster.org.eclipse.che "devspaces" is invalid: spec.devEnvironments',
        'Invalid',
      ),
      'invalid',
      'The API server rejected the change as invalid.',
    ],
    [
      httpError(500, 'Internal error occurred: failed calling webhook'),
      'server',
      'The API server failed to apply the change.',
    ],
  ])('keeps the dialog open and names the cause of %s', async (error, kind, title) => {
    installCluster(offCluster());
    patchFails(error);
    render(<CheClusterNestedContainersTab obj={off} />);
    await settleReads();
    const dialog = await openConfirmation();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Turn on nested containers' }),
    );
    const alert = await within(dialog).findByTestId('toggle-error');
    expect(alert.dataset.kind).toBe(kind);
    expect(alert.textContent).toContain(title);
    expect(alert.textContent).toContain(error.message);
    expect(screen.getByRole('dialog')).toBeTruthy();
    // Retry stays possible.
    expect(
      within(dialog)
        .getByRole('button', { name: 'Turn on nested containers' })
        .hasAttribute('disabled'),
    ).toBe(false);
    expect(state()).toBe('disabled');
  });
});
