// The simulated cluster's Nodes and MachineConfigPools (header `nodes:`), and the server-side
// Table of nodes the plugin reads them with (hooks/useNodes.ts), as kube-apiserver prints it.
import { afterEach, describe, expect, it } from 'vitest';
import { TABLE_ACCEPT, type Table } from '../../src/models/node';
import { nodePageOf } from '../../src/utils/nodeTable';
import { json, serve } from './testServer';
import type { Running } from './testServer';

let srv: Running | undefined;
afterEach(async () => {
  await srv?.close();
  srv = undefined;
});

const start = async (scenario: string) => {
  srv = await serve(scenario, { operatorDelayMs: 60_000 });
  const s = srv;
  return (path: string, accept?: string) =>
    fetch(s.base + path, accept ? { headers: { Accept: accept } } : {});
};

interface Pool {
  metadata: { name: string };
  spec: { paused: boolean; configuration: { name: string } };
  status: { machineCount: number; updatedMachineCount: number; configuration: { name: string } };
}

describe('nodes of the scenarios', { timeout: 20_000 }, () => {
  it('a 4.20 cluster: three control-plane nodes and three workers on kubelet v1.33.5, pools updated', async () => {
    const get = await start('ocp-4.20-ready-off.yaml');
    const nodes = await json<{
      items: {
        metadata: { labels: Record<string, string> };
        status: { nodeInfo: { kubeletVersion: string } };
      }[];
    }>(await get('/api/v1/nodes'));
    expect(nodes.items).toHaveLength(6);
    expect(new Set(nodes.items.map((n) => n.status.nodeInfo.kubeletVersion))).toEqual(
      new Set(['v1.33.5']),
    );
    const pools = await json<{ items: Pool[] }>(
      await get('/apis/machineconfiguration.openshift.io/v1/machineconfigpools'),
    );
    expect(
      pools.items.map((p) => [
        p.metadata.name,
        p.status.updatedMachineCount,
        p.status.machineCount,
      ]),
    ).toEqual([
      ['master', 3, 3],
      ['worker', 3, 3],
    ]);
  });

  it('the EUS update: the worker pool paused on the 4.18 rendered config, its kubelets v1.31', async () => {
    const get = await start('eus-update-workers-paused.yaml');
    const pools = await json<{ items: Pool[] }>(
      await get('/apis/machineconfiguration.openshift.io/v1/machineconfigpools'),
    );
    const worker = pools.items.find((p) => p.metadata.name === 'worker');
    expect(worker?.spec.paused).toBe(true);
    expect(worker?.status).toMatchObject({ machineCount: 3, updatedMachineCount: 0 });
    expect(worker?.status.configuration.name).not.toBe(worker?.spec.configuration.name);
    const workers = await json<{ items: { status: { nodeInfo: { kubeletVersion: string } } }[] }>(
      await get('/api/v1/nodes?labelSelector=node-role.kubernetes.io/worker'),
    );
    expect(workers.items.map((n) => n.status.nodeInfo.kubeletVersion)).toEqual([
      'v1.31.13',
      'v1.31.13',
      'v1.31.13',
    ]);
  });

  it('a hosted control plane: worker Nodes and no MachineConfigPool API', async () => {
    const get = await start('hosted-control-plane.yaml');
    const nodes = await json<{ items: unknown[] }>(await get('/api/v1/nodes'));
    expect(nodes.items).toHaveLength(2);
    expect(
      (await get('/apis/machineconfiguration.openshift.io/v1/machineconfigpools')).status,
    ).toBe(404);
  });
});

describe('the Table of nodes', { timeout: 20_000 }, () => {
  it('prints the node columns and each row with its PartialObjectMetadata, as kube-apiserver does', async () => {
    const get = await start('upgrade-4.20-to-4.21.yaml');
    const table = await json<Table>(
      await get('/api/v1/nodes?includeObject=Metadata', TABLE_ACCEPT),
    );
    expect(table.kind).toBe('Table');
    expect(table.apiVersion).toBe('meta.k8s.io/v1');
    expect(table.columnDefinitions?.map((c) => [c.name, c.priority])).toEqual([
      ['Name', 0],
      ['Status', 0],
      ['Roles', 0],
      ['Age', 0],
      ['Version', 0],
      ['Internal-IP', 1],
      ['External-IP', 1],
      ['OS-Image', 1],
      ['Kernel-Version', 1],
      ['Container-Runtime', 1],
    ]);
    const rows = table.rows ?? [];
    expect(rows).toHaveLength(6);
    // One node of each pool is being drained for its update: cordoned, still on the 4.20 kubelet.
    const draining = rows.filter((r) => String(r.cells?.[1]).includes('SchedulingDisabled'));
    expect(draining.map((r) => [r.cells?.[1], r.cells?.[2], r.cells?.[4]])).toEqual([
      ['Ready,SchedulingDisabled', 'control-plane,master', 'v1.33.5'],
      ['Ready,SchedulingDisabled', 'worker', 'v1.33.5'],
    ]);
    expect(rows.map((r) => r.cells?.[2])).toContain('control-plane,master');
    expect(new Set(rows.map((r) => r.cells?.[4]))).toEqual(new Set(['v1.34.2', 'v1.33.5']));
    expect(rows[0].object).toMatchObject({
      kind: 'PartialObjectMetadata',
      apiVersion: 'meta.k8s.io/v1',
    });
    expect(rows[0].object?.metadata?.labels?.['kubernetes.io/os']).toBe('linux');
    expect(rows[0].object).not.toHaveProperty('status');
    // What the plugin keeps of it.
    const page = nodePageOf(table);
    expect(page?.nodes.map((n) => n.status?.nodeInfo?.kubeletVersion).sort()).toEqual(
      rows.map((r) => String(r.cells?.[4])).sort(),
    );
  });

  it('honours includeObject=None and Object, pages with limit/continue, and keeps other lists plain', async () => {
    const get = await start('ocp-4.20-ready-off.yaml');
    const none = await json<Table>(await get('/api/v1/nodes?includeObject=None', TABLE_ACCEPT));
    expect(none.rows?.[0]).not.toHaveProperty('object');
    const full = await json<Table>(await get('/api/v1/nodes?includeObject=Object', TABLE_ACCEPT));
    expect(full.rows?.[0].object).toMatchObject({ kind: 'Node', status: { nodeInfo: {} } });
    const first = await json<Table>(await get('/api/v1/nodes?limit=4', TABLE_ACCEPT));
    expect(first.rows).toHaveLength(4);
    expect(first.metadata?.continue).toBeTruthy();
    const rest = await json<Table>(
      await get(`/api/v1/nodes?limit=4&continue=${first.metadata?.continue ?? ''}`, TABLE_ACCEPT),
    );
    expect(rest.rows).toHaveLength(2);
    expect(rest.metadata?.continue).toBeUndefined();
    const pods = await json<{ kind: string }>(await get('/api/v1/pods', TABLE_ACCEPT));
    expect(pods.kind).toBe('PodList');
    expect((await get('/api/v1/nodes?includeObject=Everything', TABLE_ACCEPT)).status).toBe(400);
  });

  it('a Table row is a third of a full Node (ARCHITECTURE.md: why the plugin reads the Table)', async () => {
    const get = await start('ocp-4.20-ready-off.yaml');
    const list = await (await get('/api/v1/nodes')).text();
    const table = await (await get('/api/v1/nodes?includeObject=Metadata', TABLE_ACCEPT)).text();
    const perNode = (bytes: number) => Math.round(bytes / 6);
    console.log(
      `bytes per node: NodeList ${perNode(list.length)}, Table row ${perNode(table.length)}`,
    );
    expect(table.length * 2).toBeLessThan(list.length);
  });
});
