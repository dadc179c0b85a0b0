import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { buildTogglePatch } from '../core';
import { forbidden, loaded } from '../core/snapshot';
import { cheCluster, offSnapshot } from '../core/testing/builders';
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

const off = cheCluster({ resourceVersion: '4242' });
const toggle = () => screen.getByTestId('nested-containers-toggle');
const submit = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Turn on nested containers' });

const openConfirmation = async () => {
  await userEvent.click(toggle());
  return screen.findByRole('dialog');
};

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
    expect(vi.mocked(k8sPatch).mock.calls[0]?.[0].data).toEqual(buildTogglePatch(off, true));
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
