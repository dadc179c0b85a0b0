/**
 * workspace-nodes: the kubelets that would run workspaces must have the user-namespace gates. The
 * control plane's version says nothing about them: in a Control Plane Only (EUS-to-EUS) update
 * 4.18 → 4.20 the worker MachineConfigPool stays paused on the old rendered config, its nodes keep
 * the 4.18 kubelet (Kubernetes 1.31), and a kubelet without UserNamespacesSupport refuses every pod
 * that sets `hostUsers` (kubernetes pkg/kubelet/userns/userns_manager.go). So each Node's
 * `status.nodeInfo.kubeletVersion` decides, against the 4.20 kubelet (Kubernetes 1.33); the pools
 * only explain it and give the remedy. A pool that is merely updating while every kubelet is new
 * enough (an ordinary 4.20 → 4.21 upgrade) is evidence, not a finding.
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import { at, bool, dict, isDict, labelsOf, list, nameOf, num, str, type Dict } from '../../guards';
import { machineConfigPoolRef } from '../../refs';
import * as fix from './remedies';
import { dataOf, result, stateOf, unusable } from '../../resultBuilders';
import {
  CONTROL_PLANE_ROLE_LABEL,
  MASTER_ROLE_LABEL,
  WORKER_ROLE_LABEL,
} from '../../../models/node';
import { MASTER_POOL, WORKER_POOL } from '../../../models/machineConfigPool';

const ID = 'workspace-nodes';
/** The kubelet of OpenShift 4.20, the first release with the three gates on by default. */
export const MIN_KUBELET: readonly [number, number] = [1, 33];
const MINIMUM = `v${MIN_KUBELET.join('.')}`;

/** major.minor of a kubelet version (`v1.33.5`, `v1.33.6+abc1234`); undefined when it is none. */
export const kubeletMinorOf = (version: unknown): [number, number] | undefined => {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+][0-9A-Za-z.+-]*)?$/.exec(str(version)?.trim() ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

const atLeastMinimum = ([major, minor]: [number, number]): boolean =>
  major > MIN_KUBELET[0] || (major === MIN_KUBELET[0] && minor >= MIN_KUBELET[1]);

/** A LabelSelector against labels; undefined for an operator the API does not define. */
export const selectorMatches = (selector: unknown, labels: Dict): boolean | undefined => {
  const s = dict(selector);
  const matchLabels = dict(s.matchLabels);
  for (const k in matchLabels) if (labels[k] !== matchLabels[k]) return false;
  for (const e of list(s.matchExpressions)) {
    const key = str(dict(e).key) ?? '';
    const values = list(dict(e).values).map(String);
    const has = Object.prototype.hasOwnProperty.call(labels, key);
    switch (str(dict(e).operator)) {
      case 'In':
        if (!has || !values.includes(String(labels[key]))) return false;
        break;
      case 'NotIn':
        if (has && values.includes(String(labels[key]))) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return undefined;
    }
  }
  return true;
};

/**
 * Without a node selector, which nodes can take a workspace pod. OpenShift taints control-plane
 * nodes NoSchedule; when they are schedulable (compact three-node and single-node clusters) they
 * also carry the worker role label (`oc get nodes` lists them as control-plane,master,worker).
 * The Table read gives labels, not taints, so the labels decide: a node with a control-plane role
 * and no worker role runs no workspace; any other node (workers, infra, nodes without a role) may.
 */
export const mayRunWorkspaces = (labels: Dict): boolean => {
  const controlPlane = MASTER_ROLE_LABEL in labels || CONTROL_PLANE_ROLE_LABEL in labels;
  return !controlPlane || WORKER_ROLE_LABEL in labels;
};

/** The CheClusters' node selectors; undefined when one has none (its workspaces go anywhere). */
const nodeSelectorsOf = (cheClusters: unknown[]): Dict[] | undefined => {
  const selectors = cheClusters.map((cc) =>
    dict(at(cc, 'spec', 'devEnvironments', 'nodeSelector')),
  );
  return selectors.length > 0 && selectors.every((s) => Object.keys(s).length > 0)
    ? selectors
    : undefined;
};

const selectorText = (selectors: Dict[]): string[] =>
  selectors.map((s) =>
    Object.entries(s)
      .map(([k, v]) => `${k}=${str(v) ?? ''}`)
      .join(','),
  );

interface PoolFacts {
  name: string;
  selector: unknown;
  paused: boolean;
  /** undefined: the pool has no status (machine-config-operator has not reported it). */
  machineCount?: number;
  updated?: number;
}

const poolFacts = (p: unknown): PoolFacts => {
  const status = at(p, 'status');
  return {
    name: nameOf(p),
    selector: at(p, 'spec', 'nodeSelector'),
    paused: bool(at(p, 'spec', 'paused')) ?? false,
    machineCount: isDict(status) ? num(status.machineCount) : undefined,
    updated: isDict(status) ? num(status.updatedMachineCount) : undefined,
  };
};

const hasStatus = (p: PoolFacts) => p.machineCount !== undefined && p.updated !== undefined;

/**
 * The pool that manages a node, as machine-config-operator assigns it: a node is in one pool;
 * `master` wins for control-plane nodes, a custom pool wins over `worker` (openshift-docs
 * architecture-machine-config-pools.adoc: "custom pools take priority").
 */
const poolOfNode = (pools: PoolFacts[], labels: Dict): PoolFacts | undefined => {
  // A loop, not filter/find: this runs for every Node (thousands) against a handful of pools.
  let custom: PoolFacts | undefined;
  let any: PoolFacts | undefined;
  for (const p of pools) {
    if (!isDict(p.selector) || !selectorMatches(p.selector, labels)) continue;
    if (p.name === MASTER_POOL) return p;
    if (p.name !== WORKER_POOL) custom ??= p;
    any ??= p;
  }
  return custom ?? any;
};

/** Kubelet versions repeat across Nodes (one or two per pool): parse each once per evaluation. */
const minorsOf = () => {
  const seen = new Map<string, [number, number] | undefined>();
  return (raw: string | undefined) => {
    if (raw === undefined) return undefined;
    if (!seen.has(raw)) seen.set(raw, kubeletMinorOf(raw));
    return seen.get(raw);
  };
};

export const checkWorkspaceNodes = (snapshot: ClusterSnapshot): CheckResult => {
  const nodes = dataOf(snapshot.nodes);
  if (nodes === undefined) return unusable(ID, 'nodes', snapshot.nodes);
  const ccState = stateOf(snapshot.cheClusters);
  if (ccState !== 'loaded' && ccState !== 'not-found')
    return unusable(ID, 'checlusters', snapshot.cheClusters);
  const selectors = nodeSelectorsOf(list(dataOf(snapshot.cheClusters)));
  // Hosted control planes serve no MachineConfigPools (404), and a viewer may not read them: the
  // kubelets still decide, the pools only name what holds an old kubelet.
  const pools = list(dataOf(snapshot.machineConfigPools)).filter(isDict).map(poolFacts);

  const all = list(nodes).filter(isDict);
  if (all.length === 0) return result(ID, 'unknown', 'nodes-none', {});
  const workspaceNodes = all.filter((n) => {
    const labels = labelsOf(n);
    return selectors
      ? selectors.some((s) => selectorMatches({ matchLabels: s }, labels))
      : mayRunWorkspaces(labels);
  });
  if (workspaceNodes.length === 0) {
    return selectors
      ? result(ID, 'warn', 'nodes-none-selected', { selector: selectorText(selectors) })
      : result(ID, 'unknown', 'nodes-none', {});
  }

  const old: string[] = [];
  const unreadable: string[] = [];
  const versions = new Set<string>();
  const poolsHolding = new Map<string, { pool: PoolFacts; old: boolean }>();
  const nodeDetails: CheckDetail[] = [];
  const minorOf = minorsOf();
  for (const n of workspaceNodes) {
    const name = nameOf(n);
    const raw = str(at(n, 'status', 'nodeInfo', 'kubeletVersion'));
    const minor = minorOf(raw);
    const tooOld = minor !== undefined && !atLeastMinimum(minor);
    if (raw) versions.add(raw);
    if (minor === undefined) unreadable.push(name);
    if (tooOld) old.push(name);
    const pool = poolOfNode(pools, labelsOf(n));
    if (pool) {
      const held = poolsHolding.get(pool.name);
      if (!held) poolsHolding.set(pool.name, { pool, old: tooOld });
      else if (tooOld) held.old = true;
    }
    if (minor === undefined || tooOld)
      nodeDetails.push({
        key: `node.${name}.status.nodeInfo.kubeletVersion`,
        actual: raw ?? null,
        expected: `≥ ${MINIMUM}`,
        ...(tooOld ? { ok: false } : {}),
      });
  }

  const poolDetails: CheckDetail[] = [];
  for (const { pool, old: holdsOld } of poolsHolding.values()) {
    const judged = holdsOld ? { ok: false } : {};
    if (!hasStatus(pool)) {
      poolDetails.push({ key: `machineConfigPool.${pool.name}.status`, actual: null, ok: false });
      continue;
    }
    if (pool.paused)
      poolDetails.push({
        key: `machineConfigPool.${pool.name}.spec.paused`,
        actual: true,
        expected: false,
        ...judged,
      });
    if ((pool.updated ?? 0) < (pool.machineCount ?? 0))
      poolDetails.push({
        key: `machineConfigPool.${pool.name}.status.updatedMachineCount`,
        actual: `${pool.updated ?? 0}/${pool.machineCount ?? 0}`,
        expected: `${pool.machineCount ?? 0}/${pool.machineCount ?? 0}`,
        ...judged,
      });
  }
  const details: CheckDetail[] = [
    { key: 'nodes.workspace', actual: workspaceNodes.length },
    ...(selectors ? [{ key: 'nodes.selector', actual: selectorText(selectors) }] : []),
    { key: 'nodes.kubeletVersions', actual: [...versions].sort() },
    ...poolDetails,
    ...nodeDetails,
  ];

  if (old.length > 0) {
    const oldPools = [...poolsHolding.values()].filter((h) => h.old).map((h) => h.pool);
    const paused = oldPools.filter((p) => p.paused).map((p) => p.name);
    const first = oldPools[0];
    return result(
      ID,
      'fail',
      'nodes-kubelet-too-old',
      {
        count: old.length,
        nodes: old,
        pools: oldPools.map((p) => p.name),
        paused,
        minimum: MINIMUM,
      },
      {
        details,
        ...(first ? { object: machineConfigPoolRef(first.name) } : {}),
        ...(first?.paused ? { field: 'spec.paused' } : {}),
        remedies: [
          ...paused.map((p) => fix.unpausePool(p)),
          pools.length > 0 ? fix.showPools() : fix.showNodeVersions(),
        ],
      },
    );
  }
  if (unreadable.length > 0)
    return result(
      ID,
      'unknown',
      'nodes-kubelet-unknown',
      { count: unreadable.length, nodes: unreadable },
      { details, remedies: [fix.showNodeVersions()] },
    );
  const statusless = [...poolsHolding.values()].filter((h) => !hasStatus(h.pool));
  if (statusless.length > 0)
    return result(
      ID,
      'unknown',
      'nodes-pool-status-missing',
      { pools: statusless.map((h) => h.pool.name) },
      {
        details,
        object: machineConfigPoolRef(statusless[0].pool.name),
        remedies: [fix.showPools()],
      },
    );
  return result(
    ID,
    'pass',
    'nodes-kubelet-ok',
    { count: workspaceNodes.length, minimum: MINIMUM },
    { details },
  );
};
