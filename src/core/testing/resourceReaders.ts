/**
 * Which checks each resource of the snapshot decides, found by experiment rather than kept by hand:
 * evaluate a snapshot, then the same snapshot with one resource still loading (every entry, for
 * the per-name ones), and name the checks whose result (status, reason, parameters) moved.
 * The benchmark prints it beside each request the page makes; the test next to this file fails
 * when the plugin reads a resource no check needs.
 */
import type { CheckId } from '../checkIds';
import { evaluate } from '../evaluate';
import { RESOURCE_ENTRIES, type ResourceKey, type ResourceSpec } from '../resources';
import type { ReadinessReport } from '../results';
import { loaded, LOADING, NOT_FOUND, type ClusterSnapshot } from '../snapshot';
import { offSnapshot, onSnapshot } from './builders';
import { clusterNodes } from './nodes';

const workersMidUpdate = clusterNodes({
  release: '4.20',
  pools: { worker: { updated: 1, from: '4.18' } },
});

/**
 * The snapshots the experiment starts from: the healthy cluster with the feature off, and on; and
 * two where a read that only explains a problem has one to explain. The MachineConfigPools name
 * the pool still holding old kubelets; the DevWorkspace controller's pods give the namespace the
 * missing ClusterRoleBinding must name.
 */
export const EXPERIMENT_SNAPSHOTS: readonly ClusterSnapshot[] = [
  offSnapshot(),
  onSnapshot(),
  offSnapshot({
    nodes: loaded(workersMidUpdate.nodes),
    machineConfigPools: loaded(workersMidUpdate.pools),
  }),
  onSnapshot({ clusterRoleBindings: { 'dev-workspace-container-run': NOT_FOUND } }),
];

const stillLoading = (
  s: ClusterSnapshot,
  key: ResourceKey,
  keyed: ResourceSpec['keyed'],
): ClusterSnapshot => {
  const value = s[key];
  return {
    ...s,
    [key]:
      keyed === 'cluster'
        ? LOADING
        : Object.fromEntries(Object.keys(value as object).map((k) => [k, LOADING])),
  };
};

/** Every check result of a report, per CheCluster too, keyed `<where>/<check id>`. */
const outcomes = (r: ReadinessReport): Map<string, { id: CheckId; outcome: string }> => {
  const out = new Map<string, { id: CheckId; outcome: string }>();
  const add = (where: string, checks: ReadinessReport['checks']) => {
    for (const c of checks)
      out.set(`${where}/${c.id}`, {
        id: c.id,
        outcome: JSON.stringify([c.status, c.reason, c.params]),
      });
  };
  add('cluster', r.checks);
  for (const i of r.cheClusterReports)
    add(`${i.cheCluster.namespace}/${i.cheCluster.name}`, i.checks);
  return out;
};

export const checksReadingEach = (
  snapshots: readonly ClusterSnapshot[] = EXPERIMENT_SNAPSHOTS,
  now = 0,
): Record<ResourceKey, CheckId[]> => {
  const result = {} as Record<ResourceKey, CheckId[]>;
  for (const [key, spec] of RESOURCE_ENTRIES) {
    const ids = new Set<CheckId>();
    for (const s of snapshots) {
      const before = outcomes(evaluate(s, { now }));
      const after = outcomes(evaluate(stillLoading(s, key, spec.keyed), { now }));
      for (const [where, b] of before) if (after.get(where)?.outcome !== b.outcome) ids.add(b.id);
    }
    result[key] = [...ids].sort();
  }
  return result;
};
