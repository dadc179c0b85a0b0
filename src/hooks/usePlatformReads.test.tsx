import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { failed, forbidden, loaded } from '../core/snapshot';
import { offSnapshot } from '../core/testing/builders';
import { clusterNodes } from '../core/testing/nodes';
import { clusterVersion } from '../core/testing/platformObjects';
import { installCluster, settleReads } from '../components/testing/fakeConsole';
import { PLATFORM_RETRY_MS } from './usePlatformReads';
import { useNestedContainersSnapshot } from './useNestedContainersSnapshot';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../components/testing/sdkMock'));

afterEach(() => vi.useRealTimers());

const PLATFORM_KINDS = ['ClusterVersion', 'FeatureGate', 'ContainerRuntimeConfig', 'MachineConfig'];
const platformReads = () =>
  vi
    .mocked(k8sGet)
    .mock.calls.filter(([o]) =>
      PLATFORM_KINDS.includes((o as { model?: { kind?: string } }).model?.kind ?? ''),
    );
const versionCheck = (r: ReturnType<typeof useNestedContainersSnapshot>) =>
  r.report.checks.find((c) => c.id === 'cluster-version');

const rolling = clusterNodes({
  release: '4.20',
  pools: { worker: { paused: false, updated: 1, from: '4.19' } },
});
const rolled = clusterNodes({ release: '4.20' });

describe('the platform objects, read once', () => {
  it('one list read each, answered together; another watch delivering reads nothing', async () => {
    const cluster = offSnapshot({ machineConfigPools: loaded(rolled.pools) });
    installCluster(cluster);
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    // ClusterVersion, FeatureGate, ContainerRuntimeConfigs, MCO's two runc pins.
    expect(platformReads()).toHaveLength(5);
    expect(versionCheck(result.current)?.status).toBe('pass');
    installCluster({ ...cluster, devWorkspaces: loaded([]) });
    rerender();
    await settleReads();
    expect(platformReads()).toHaveLength(0);
  });

  it('are read again when a pool moves: an upgrade shows its new version', async () => {
    installCluster(
      offSnapshot({
        clusterVersion: loaded(clusterVersion('4.19.9')),
        machineConfigPools: loaded(rolling.pools),
      }),
    );
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(versionCheck(result.current)?.status).toBe('fail');
    installCluster(offSnapshot({ machineConfigPools: loaded(rolled.pools) }));
    rerender();
    await settleReads();
    expect(platformReads()).toHaveLength(5);
    expect(versionCheck(result.current)?.status).toBe('pass');
  });

  it('a failed read is tried again after a while; a refusal is not', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    installCluster(offSnapshot({ clusterVersion: failed('etcd timeout', 500) }));
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(versionCheck(result.current)).toMatchObject({ status: 'unknown', reason: 'read-error' });
    installCluster(offSnapshot({ clusterVersion: forbidden('clusterversions is forbidden') }));
    await act(() => vi.advanceTimersByTimeAsync(PLATFORM_RETRY_MS));
    await settleReads();
    expect(platformReads()).toHaveLength(5);
    expect(versionCheck(result.current)).toMatchObject({ status: 'unknown', reason: 'forbidden' });
    installCluster(offSnapshot());
    await act(() => vi.advanceTimersByTimeAsync(PLATFORM_RETRY_MS * 3));
    expect(platformReads()).toHaveLength(0);
  });
});
