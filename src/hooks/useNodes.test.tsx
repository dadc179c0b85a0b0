import { describe, expect, it, vi } from 'vitest';
import { renderHook } from '@testing-library/react';
import { k8sGet } from '@openshift-console/dynamic-plugin-sdk';
import { forbidden, loaded } from '../core/snapshot';
import { offSnapshot } from '../core/testing/builders';
import { clusterNodes } from '../core/testing/nodes';
import { installCluster, settleReads } from '../components/testing/fakeConsole';
import { TABLE_ACCEPT } from '../models/node';
import { useNestedContainersSnapshot } from './useNestedContainersSnapshot';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => import('../components/testing/sdkMock'));

const nodeReads = () =>
  vi
    .mocked(k8sGet)
    .mock.calls.filter(([o]) => (o as { model?: { kind?: string } }).model?.kind === 'Node');
const nodesCheck = (r: ReturnType<typeof useNestedContainersSnapshot>) =>
  r.report.checks.find((c) => c.id === 'workspace-nodes');

const eus = clusterNodes({
  release: '4.20',
  pools: { worker: { paused: true, updated: 0, from: '4.18' } },
});
const done = clusterNodes({ release: '4.20' });

describe('the Nodes, read as a Table', () => {
  it('one list with the Table Accept header and includeObject=Metadata, paged', async () => {
    installCluster(
      offSnapshot({ nodes: loaded(eus.nodes), machineConfigPools: loaded(eus.pools) }),
    );
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(nodeReads()).toHaveLength(1);
    expect(nodeReads()[0][0]).toMatchObject({
      queryParams: { includeObject: 'Metadata', limit: '500' },
      requestInit: { headers: { Accept: TABLE_ACCEPT } },
    });
    expect(nodesCheck(result.current)?.reason).toBe('nodes-kubelet-too-old');
  });

  it('are read again when a pool moves, not when another watch delivers', async () => {
    const paused = offSnapshot({ nodes: loaded(eus.nodes), machineConfigPools: loaded(eus.pools) });
    installCluster(paused);
    const { result, rerender } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    installCluster({ ...paused, devWorkspaces: loaded([]) });
    rerender();
    await settleReads();
    expect(nodeReads()).toHaveLength(0);
    // Unpaused and rolled: the pools' counts change, so the kubelets are read again.
    installCluster(
      offSnapshot({ nodes: loaded(done.nodes), machineConfigPools: loaded(done.pools) }),
    );
    rerender();
    await settleReads();
    expect(nodeReads()).toHaveLength(1);
    expect(nodesCheck(result.current)?.status).toBe('pass');
  });

  it('nodes the viewer may not list: unknown, naming the resource', async () => {
    installCluster(offSnapshot({ nodes: forbidden('nodes is forbidden') }));
    const { result } = renderHook(() => useNestedContainersSnapshot());
    await settleReads();
    expect(nodesCheck(result.current)).toMatchObject({
      status: 'unknown',
      reason: 'forbidden',
      params: { resource: 'nodes' },
    });
  });
});
