import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { loaded } from '../core/snapshot';
import { cheCluster, dwoCsv, dwocCrdWithoutHostUsers, offSnapshot } from '../core/testing/builders';
import { installCluster, settleReads } from '../components/testing/fakeConsole';
import { CRD_RETRY_MS } from './useCustomResourceDefinition';
import { useNestedContainersSnapshot } from './useNestedContainersSnapshot';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../components/testing/sdkMock'));

const DWOC_CRD = 'devworkspaceoperatorconfigs.controller.devfile.io';
const CHECLUSTER_CRD = 'checlusters.org.eclipse.che';
const readsOf = (name: string) =>
  vi.mocked(k8sGet).mock.calls.filter(([o]) => (o as { name?: string }).name === name).length;
const dwoCheck = (r: ReturnType<typeof useNestedContainersSnapshot>) =>
  r.report.checks.find((c) => c.id === 'devworkspace-operator');

afterEach(() => {
  vi.useRealTimers();
});

describe('the CRDs the checks read, read once', () => {
  it('are read again when the operator is upgraded, and only then', async () => {
    const old = offSnapshot({
      devWorkspaceOperatorConfigCrd: loaded(dwocCrdWithoutHostUsers()),
      devWorkspaceOperatorCsvs: loaded([dwoCsv('0.36.0')]),
    });
    installCluster(old);
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(dwoCheck(result.current)?.status).toBe('fail');
    expect(readsOf(DWOC_CRD)).toBe(1);

    // Another watch delivers (a workspace changed): no new read of a large CRD.
    installCluster({ ...old, devWorkspaces: loaded([]) });
    rerender();
    await settleReads();
    expect(readsOf(DWOC_CRD)).toBe(0);

    // OLM replaced the operator: a new CSV, and the new CRD knows hostUsers.
    installCluster(offSnapshot({ devWorkspaceOperatorCsvs: loaded([dwoCsv('0.40.0')]) }));
    rerender();
    await settleReads();
    expect(readsOf(DWOC_CRD)).toBe(1);
    expect(dwoCheck(result.current)?.status).toBe('pass');
  });

  it('the 1 MB CheCluster CRD is not read once a CheCluster holds the switch', async () => {
    installCluster(offSnapshot({ cheClusters: loaded([cheCluster({ enabled: false })]) }));
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(readsOf(CHECLUSTER_CRD)).toBe(0);
    expect(result.current.report.checks.find((c) => c.id === 'operator-support')?.status).toBe(
      'pass',
    );
    // Without the field (an older CRD has no default), the CRD is what tells.
    installCluster(offSnapshot());
    renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(readsOf(CHECLUSTER_CRD)).toBe(1);
  });

  it('a failed read says it cannot tell, and is tried again', async () => {
    vi.useFakeTimers();
    installCluster(
      offSnapshot({
        devWorkspaceOperatorConfigCrd: { state: 'error', message: 'etcd timeout', status: 500 },
      }),
    );
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(dwoCheck(result.current)?.status).toBe('unknown');

    installCluster(offSnapshot());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(CRD_RETRY_MS);
    });
    expect(dwoCheck(result.current)?.status).toBe('pass');
  });

  it('a 403 is an answer, not retried', async () => {
    vi.useFakeTimers();
    installCluster(offSnapshot({ devWorkspaceOperatorConfigCrd: { state: 'forbidden' } }));
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(dwoCheck(result.current)?.status).toBe('unknown');
    installCluster(offSnapshot({ devWorkspaceOperatorConfigCrd: { state: 'forbidden' } }));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(CRD_RETRY_MS * 3);
    });
    expect(readsOf(DWOC_CRD)).toBe(0);
  });
});
