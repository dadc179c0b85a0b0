import { describe, expect, it } from 'vitest';
import { evaluate } from '../../evaluate';
import { failed, forbidden, loaded, LOADING, NOT_FOUND } from '../../snapshot';
import type { ClusterSnapshot } from '../../snapshot';
import type { Node } from '../../../models/node';
import { cheCluster, clusterVersion, offSnapshot } from '../../testing/builders';
import {
  clusterNodes,
  machineConfigPool,
  node,
  type ClusterNodesOptions,
} from '../../testing/nodes';
import { check, clusterCheck, outcome } from '../../testing/query';
import { kubeletMinorOf, mayRunWorkspaces, selectorMatches } from './rule';

const cluster = (o: ClusterNodesOptions, extra: Partial<ClusterSnapshot> = {}) => {
  const { nodes, pools } = clusterNodes(o);
  return offSnapshot({
    nodes: loaded(nodes),
    machineConfigPools: o.hosted ? NOT_FOUND : loaded(pools),
    ...extra,
  });
};
const run = (s: ClusterSnapshot) => evaluate(s, { now: 0 });
const nodesCheck = (s: ClusterSnapshot) => check(run(s), 'workspace-nodes');
const workerNames = (n: number) =>
  Array.from({ length: n }, (_, i) => `ip-10-0-1-${10 + i}.us-east-2.compute.internal`);
const commands = (s: ClusterSnapshot) =>
  nodesCheck(s).remedies.map((r) => (r.kind === 'oc' ? r.text : r.code));

describe('workspace-nodes', () => {
  it('passes on 4.20 with every kubelet at 1.33, naming how many nodes run workspaces', () => {
    const r = nodesCheck(cluster({ release: '4.20' }));
    expect(outcome(r)).toEqual(['pass', 'nodes-kubelet-ok']);
    // Three workers; the control-plane nodes are tainted and run no workspace.
    expect(r.params).toEqual({ count: 3, minimum: 'v1.33' });
    expect(r.details.find((d) => d.key === 'nodes.kubeletVersions')?.actual).toEqual(['v1.33.5']);
    expect(r.details.some((d) => d.ok === false)).toBe(false);
  });

  it('EUS-to-EUS update with the worker pool paused on 4.18: fails, naming the pool, its nodes and the unpause command', () => {
    const s = cluster(
      { release: '4.20', pools: { worker: { paused: true, updated: 0, from: '4.18' } } },
      { clusterVersion: loaded(clusterVersion('4.20.3')) },
    );
    const report = run(s);
    const r = check(report, 'workspace-nodes');
    expect(outcome(r)).toEqual(['fail', 'nodes-kubelet-too-old']);
    expect(r.params).toEqual({
      count: 3,
      nodes: workerNames(3),
      pools: ['worker'],
      paused: ['worker'],
      minimum: 'v1.33',
    });
    expect(r.object).toMatchObject({ kind: 'MachineConfigPool', name: 'worker' });
    expect(r.field).toBe('spec.paused');
    expect(commands(s)).toEqual([
      `oc patch mcp/worker --type merge -p '{"spec":{"paused":false}}'`,
      'oc get mcp',
    ]);
    expect(r.details).toContainEqual({
      key: 'machineConfigPool.worker.spec.paused',
      actual: true,
      expected: false,
      ok: false,
    });
    expect(r.details).toContainEqual({
      key: `node.${workerNames(1)[0]}.status.nodeInfo.kubeletVersion`,
      actual: 'v1.31.13',
      expected: '≥ v1.33',
      ok: false,
    });
    // It gates turning on, whatever the control plane says.
    expect(clusterCheck(report, 'cluster-version').status).toBe('pass');
    expect(report.cheClusterReports[0].enable.allowed).toBe(false);
    expect(report.cheClusterReports[0].enable.blockers).toContainEqual({
      check: 'workspace-nodes',
      reason: 'nodes-kubelet-too-old',
    });
    expect(report.verdict).toBe('not-ready');
  });

  it('an ordinary 4.20 → 4.21 upgrade half-way: pools updating, every kubelet ≥ 1.33, passes with no warning', () => {
    const s = cluster(
      {
        release: '4.21',
        pools: { master: { updated: 2, from: '4.20' }, worker: { updated: 1, from: '4.20' } },
      },
      { clusterVersion: loaded(clusterVersion('4.20.8', '4.21.2')) },
    );
    const r = nodesCheck(s);
    expect(outcome(r)).toEqual(['pass', 'nodes-kubelet-ok']);
    // The updating pool is evidence, not a finding.
    expect(r.details).toContainEqual({
      key: 'machineConfigPool.worker.status.updatedMachineCount',
      actual: '1/3',
      expected: '3/3',
    });
    expect(r.details.some((d) => d.ok === false)).toBe(false);
    expect(r.remedies).toEqual([]);
  });

  it('a 4.19 → 4.20 upgrade half-way: the workers not yet updated fail, with the pool and no unpause', () => {
    const s = cluster({ release: '4.20', pools: { worker: { updated: 1, from: '4.19' } } });
    const r = nodesCheck(s);
    expect(outcome(r)).toEqual(['fail', 'nodes-kubelet-too-old']);
    expect(r.params).toMatchObject({ count: 2, pools: ['worker'], paused: [] });
    expect(commands(s)).toEqual(['oc get mcp']);
  });

  it('a paused pool whose kubelets are already new enough passes: the kubelets decide', () => {
    const s = cluster({ release: '4.20', pools: { worker: { paused: true } } });
    const pools = clusterNodes({ release: '4.22' }).pools.map((p) =>
      p.metadata?.name === 'worker' ? { ...p, spec: { ...p.spec, paused: true } } : p,
    );
    expect(outcome(nodesCheck({ ...s, machineConfigPools: loaded(pools) }))[0]).toBe('pass');
  });

  describe('hosted control planes (no MachineConfigPool API)', () => {
    it('reads the Nodes: 1.33 kubelets pass', () => {
      const s = cluster({ release: '4.20', hosted: true, workers: 2 });
      expect(outcome(nodesCheck(s))).toEqual(['pass', 'nodes-kubelet-ok']);
      expect(nodesCheck(s).params.count).toBe(2);
    });

    it('old kubelets fail naming the nodes, with no pool and the node list as remedy', () => {
      const s = cluster({ release: '4.19', hosted: true, workers: 2 });
      const r = nodesCheck(s);
      expect(outcome(r)).toEqual(['fail', 'nodes-kubelet-too-old']);
      expect(r.params).toMatchObject({ count: 2, pools: [], paused: [] });
      expect(commands(s)).toEqual(['oc get nodes']);
    });
  });

  describe('which nodes run workspaces', () => {
    it('compact three-node cluster: the schedulable control-plane nodes run workspaces', () => {
      const s = cluster({
        release: '4.20',
        workers: 0,
        pools: { master: { paused: true, updated: 0, from: '4.18' } },
      });
      const r = nodesCheck(s);
      expect(outcome(r)).toEqual(['fail', 'nodes-kubelet-too-old']);
      expect(r.params).toMatchObject({ count: 3, pools: ['master'], paused: ['master'] });
    });

    it('old control-plane-only nodes do not matter when the workers are new', () => {
      const { nodes, pools } = clusterNodes({ release: '4.20' });
      const oldMasters = nodes.map((n) =>
        n.metadata?.labels?.['node-role.kubernetes.io/master'] !== undefined
          ? { ...n, status: { nodeInfo: { kubeletVersion: 'v1.31.13' } } }
          : n,
      );
      const s = offSnapshot({ nodes: loaded(oldMasters), machineConfigPools: loaded(pools) });
      expect(outcome(nodesCheck(s))).toEqual(['pass', 'nodes-kubelet-ok']);
    });

    it('honours the CheCluster node selector: only the nodes it selects count', () => {
      const cc = cheCluster();
      cc.spec = { devEnvironments: { nodeSelector: { 'node-role.kubernetes.io/devspaces': '' } } };
      const dev = (name: string, release: '4.18' | '4.20', labels: Record<string, string>) =>
        node({ name, role: 'worker', release, extraLabels: labels });
      const nodes: Node[] = [
        dev('dev-0', '4.20', { 'node-role.kubernetes.io/devspaces': '' }),
        dev('other-0', '4.18', {}),
      ];
      const s = offSnapshot({ cheClusters: loaded([cc]), nodes: loaded(nodes) });
      const r = nodesCheck(s);
      expect(outcome(r)).toEqual(['pass', 'nodes-kubelet-ok']);
      expect(r.params.count).toBe(1);
      expect(r.details).toContainEqual({
        key: 'nodes.selector',
        actual: ['node-role.kubernetes.io/devspaces='],
      });
      const old = [dev('dev-0', '4.18', { 'node-role.kubernetes.io/devspaces': '' })];
      expect(nodesCheck({ ...s, nodes: loaded(old) }).params).toMatchObject({ nodes: ['dev-0'] });
    });

    it('a node selector that matches no node warns: workspaces cannot be scheduled', () => {
      const cc = cheCluster();
      cc.spec = { devEnvironments: { nodeSelector: { gpu: 'true' } } };
      const r = nodesCheck(cluster({ release: '4.20' }, { cheClusters: loaded([cc]) }));
      expect(outcome(r)).toEqual(['warn', 'nodes-none-selected']);
      expect(r.params).toEqual({ selector: ['gpu=true'] });
    });
  });

  describe('bad or partial data is unknown for that object, never a pass or a throw', () => {
    it('a Node without nodeInfo is unknown, naming it', () => {
      const { nodes, pools } = clusterNodes({ release: '4.20' });
      const partial = nodes.map((n, i) => (i === 4 ? { metadata: n.metadata } : n));
      const r = nodesCheck(
        offSnapshot({ nodes: loaded(partial), machineConfigPools: loaded(pools) }),
      );
      expect(outcome(r)).toEqual(['unknown', 'nodes-kubelet-unknown']);
      expect(r.params).toEqual({ count: 1, nodes: [nodes[4].metadata?.name] });
    });

    it('a known old kubelet still fails next to an unreadable one', () => {
      const { nodes, pools } = clusterNodes({
        release: '4.20',
        pools: { worker: { updated: 1, from: '4.19' } },
      });
      const partial = nodes.map((n, i) => (i === 3 ? { metadata: n.metadata } : n));
      const r = nodesCheck(
        offSnapshot({ nodes: loaded(partial), machineConfigPools: loaded(pools) }),
      );
      expect(outcome(r)).toEqual(['fail', 'nodes-kubelet-too-old']);
    });

    it('a pool without status that holds workspace nodes is unknown', () => {
      const { nodes, pools } = clusterNodes({ release: '4.20' });
      const bare = pools.map((p) =>
        p.metadata?.name === 'worker' ? { ...p, status: undefined } : p,
      );
      const r = nodesCheck(offSnapshot({ nodes: loaded(nodes), machineConfigPools: loaded(bare) }));
      expect(outcome(r)).toEqual(['unknown', 'nodes-pool-status-missing']);
      expect(r.params).toEqual({ pools: ['worker'] });
    });

    it('garbage in the lists does not throw', () => {
      const s = offSnapshot({
        nodes: loaded([null, 42, { metadata: 'x' }] as unknown as Node[]),
        machineConfigPools: loaded([null, { spec: 7 }] as never),
      });
      expect(nodesCheck(s).status).toBe('unknown');
      expect(nodesCheck(offSnapshot({ nodes: loaded([]) })).reason).toBe('nodes-none');
    });

    it.each([
      ['loading', LOADING, 'loading'],
      ['a read error', failed('boom', 500), 'read-error'],
    ])('nodes %s: unknown, and turning on is blocked until they are read', (_, state, reason) => {
      const report = run(offSnapshot({ nodes: state }));
      const r = check(report, 'workspace-nodes');
      expect(outcome(r)).toEqual(['unknown', reason]);
      expect(r.params.resource).toBe('nodes');
      expect(report.cheClusterReports[0].enable.allowed).toBe(false);
    });

    it('nodes the viewer may not list: unknown naming the access; turning on only past a confirmation', () => {
      const report = run(offSnapshot({ nodes: forbidden('nodes is forbidden') }));
      const r = check(report, 'workspace-nodes');
      expect(outcome(r)).toEqual(['unknown', 'forbidden']);
      expect(r.params).toMatchObject({ resource: 'nodes', verb: 'list', group: '' });
      expect(report.verdict).toBe('unknown');
      // Allowed, but the confirmation lists it and waits for the administrator's checkbox.
      expect(report.cheClusterReports[0].enable.allowed).toBe(true);
      expect(report.cheClusterReports[0].enable.unverified).toEqual([
        { check: 'workspace-nodes', reason: 'forbidden' },
      ]);
    });

    it('pools that cannot be read leave the kubelets to decide', () => {
      const { nodes } = clusterNodes({ release: '4.20' });
      const s = offSnapshot({ nodes: loaded(nodes), machineConfigPools: forbidden() });
      expect(outcome(nodesCheck(s))).toEqual(['pass', 'nodes-kubelet-ok']);
    });
  });

  it('reads kubelet versions as OpenShift writes them', () => {
    expect(kubeletMinorOf('v1.33.5')).toEqual([1, 33]);
    expect(kubeletMinorOf('v1.33.6+abc1234')).toEqual([1, 33]);
    expect(kubeletMinorOf('v1.34.0-rc.1')).toEqual([1, 34]);
    expect(kubeletMinorOf('1.32.9')).toEqual([1, 32]);
    expect(kubeletMinorOf('')).toBeUndefined();
    expect(kubeletMinorOf('latest')).toBeUndefined();
    expect(kubeletMinorOf(133)).toBeUndefined();
  });

  it('label selectors and roles', () => {
    expect(selectorMatches({ matchLabels: { a: '' } }, { a: '' })).toBe(true);
    expect(selectorMatches({ matchExpressions: [{ key: 'a', operator: 'Exists' }] }, {})).toBe(
      false,
    );
    expect(
      selectorMatches({ matchExpressions: [{ key: 'a', operator: 'Bogus' }] }, {}),
    ).toBeUndefined();
    expect(mayRunWorkspaces({ 'node-role.kubernetes.io/master': '' })).toBe(false);
    expect(
      mayRunWorkspaces({
        'node-role.kubernetes.io/master': '',
        'node-role.kubernetes.io/worker': '',
      }),
    ).toBe(true);
    expect(mayRunWorkspaces({})).toBe(true);
    expect(
      machineConfigPool({ name: 'worker', release: '4.20', machineCount: 3 }).status,
    ).toMatchObject({
      machineCount: 3,
      updatedMachineCount: 3,
    });
  });
});
