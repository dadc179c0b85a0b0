/**
 * Test-only factories for Nodes and MachineConfigPools, shaped as the kubelet and
 * machine-config-operator write them on an OpenShift cluster on AWS: the kubelet's labels and
 * nodeInfo, the installer's role labels, the machine-config daemon's annotations, MCO's pool
 * status. The simulated cluster builds its scenario nodes from these (header `nodes:`), the core
 * tests and the bench use them directly. Deterministic: names and hashes derive from the inputs.
 */
import type { MachineConfigPool } from '../../models/machineConfigPool';
import type { Node } from '../../models/node';

/** What each OpenShift minor ships on its nodes (release notes; RHCOS and CRI-O builds). */
export const RELEASES = {
  '4.18': {
    kubelet: 'v1.31.13',
    crio: 'cri-o://1.31.12-2.rhaos4.18.git8a3f1b2.el9',
    os: 'Red Hat Enterprise Linux CoreOS 418.94.202509231202-0',
    kernel: '5.14.0-427.92.1.el9_4.x86_64',
  },
  '4.19': {
    kubelet: 'v1.32.9',
    crio: 'cri-o://1.32.9-2.rhaos4.19.git6d2c9e1.el9',
    os: 'Red Hat Enterprise Linux CoreOS 9.6.20251001-0 (Plow)',
    kernel: '5.14.0-570.49.1.el9_6.x86_64',
  },
  '4.20': {
    kubelet: 'v1.33.5',
    crio: 'cri-o://1.33.5-3.rhaos4.20.git3f2a1c4.el9',
    os: 'Red Hat Enterprise Linux CoreOS 9.6.20251015-1 (Plow)',
    kernel: '5.14.0-570.52.1.el9_6.x86_64',
  },
  '4.21': {
    kubelet: 'v1.34.2',
    crio: 'cri-o://1.34.2-2.rhaos4.21.git91bd0e7.el9',
    os: 'Red Hat Enterprise Linux CoreOS 9.6.20260110-0 (Plow)',
    kernel: '5.14.0-570.60.1.el9_6.x86_64',
  },
  '4.22': {
    kubelet: 'v1.35.1',
    crio: 'cri-o://1.35.1-1.rhaos4.22.git0c7d5a2.el9',
    os: 'Red Hat Enterprise Linux CoreOS 9.6.20260301-0 (Plow)',
    kernel: '5.14.0-570.66.1.el9_6.x86_64',
  },
  '4.23': {
    kubelet: 'v1.36.0',
    crio: 'cri-o://1.36.0-1.rhaos4.23.git5e8b4f3.el9',
    os: 'Red Hat Enterprise Linux CoreOS 9.6.20260601-0 (Plow)',
    kernel: '5.14.0-570.70.1.el9_6.x86_64',
  },
} as const;

type Minor = keyof typeof RELEASES;

/**
 * An OpenShift version as the builders take it: a minor (`4.20`) or a full version (`4.20.5`).
 * The minor picks what the nodes run; the whole string names the rendered config.
 */
export type Release = Minor | `${Minor}.${number}`;

const factsOf = (release: string) => {
  const facts = (RELEASES as Record<string, (typeof RELEASES)[Minor] | undefined>)[
    release.split('.').slice(0, 2).join('.')
  ];
  if (!facts) throw new Error(`no node facts for OpenShift ${release}`);
  return facts;
};

/** The kubelet's node-status image list is capped at 50 entries (nodeStatusMaxImages). */
const IMAGES_PER_NODE = 50;

/** A deterministic hex string of `length` from a seed. */
const hexOf = (seed: string, length: number): string => {
  let h = 2166136261;
  let out = '';
  while (out.length < length) {
    for (const c of `${seed}${out.length}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
};

/** rendered-<pool>-<hash>, the name MCO gives a pool's rendered MachineConfig for a release. */
export const renderedConfig = (pool: string, release: string): string =>
  `rendered-${pool}-${hexOf(`${pool}/${release}`, 32)}`;

export type NodeRole = 'master' | 'worker';

export interface NodeOptions {
  name: string;
  role: NodeRole;
  release: Release;
  /** Zone letter of us-east-2 (the AWS topology labels). */
  zone?: string;
  /** Compact and single-node clusters: a control-plane node that also has the worker role. */
  schedulableMaster?: boolean;
  /** The pool whose rendered config the node runs (default: its role). */
  pool?: string;
  /** The machine-config daemon is draining it for an update (cordoned, state Working). */
  updatingTo?: Release;
  /** A hosted control plane's node: no machine-config daemon, a NodePool label. */
  hosted?: boolean;
  extraLabels?: Record<string, string>;
}

export const node = (o: NodeOptions): Node => {
  const r = factsOf(o.release);
  const zone = `us-east-2${o.zone ?? 'a'}`;
  const pool = o.pool ?? o.role;
  const roles: Record<string, string> =
    o.role === 'master'
      ? {
          'node-role.kubernetes.io/control-plane': '',
          'node-role.kubernetes.io/master': '',
          ...(o.schedulableMaster ? { 'node-role.kubernetes.io/worker': '' } : {}),
        }
      : { 'node-role.kubernetes.io/worker': '' };
  const instanceType = o.role === 'master' ? 'm6i.xlarge' : 'm6i.2xlarge';
  const current = renderedConfig(pool, o.release);
  const desired = o.updatingTo ? renderedConfig(pool, o.updatingTo) : current;
  const ip = `10.0.${o.role === 'master' ? 0 : 1}.${Number.parseInt(hexOf(o.name, 2), 16)}`;
  const mcd: Record<string, string> = o.hosted
    ? {}
    : {
        'machineconfiguration.openshift.io/controlPlaneTopology': 'HighlyAvailable',
        'machineconfiguration.openshift.io/currentConfig': current,
        'machineconfiguration.openshift.io/desiredConfig': desired,
        'machineconfiguration.openshift.io/desiredDrain': o.updatingTo
          ? `drain-${desired}`
          : `uncordon-${current}`,
        'machineconfiguration.openshift.io/lastAppliedDrain': o.updatingTo
          ? `drain-${desired}`
          : `uncordon-${current}`,
        'machineconfiguration.openshift.io/lastSyncedControllerConfigResourceVersion': '28731',
        'machineconfiguration.openshift.io/reason': '',
        'machineconfiguration.openshift.io/state': o.updatingTo ? 'Working' : 'Done',
      };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: o.name,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/instance-type': instanceType,
        'beta.kubernetes.io/os': 'linux',
        'failure-domain.beta.kubernetes.io/region': 'us-east-2',
        'failure-domain.beta.kubernetes.io/zone': zone,
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': o.name.split('.')[0],
        'kubernetes.io/os': 'linux',
        ...roles,
        'node.kubernetes.io/instance-type': instanceType,
        'node.openshift.io/os_id': 'rhcos',
        'topology.ebs.csi.aws.com/zone': zone,
        'topology.k8s.aws/zone-id': `use2-az${(o.zone ?? 'a').charCodeAt(0) - 96}`,
        'topology.kubernetes.io/region': 'us-east-2',
        'topology.kubernetes.io/zone': zone,
        ...(o.hosted ? { 'hypershift.openshift.io/nodePool': 'workers' } : {}),
        ...o.extraLabels,
      },
      annotations: {
        'cloud.network.openshift.io/egress-ipconfig': `[{"interface":"eni-${hexOf(o.name, 17)}","ifaddr":{"ipv4":"10.0.0.0/18"},"capacity":{"ipv4":14,"ipv6":15}}]`,
        'csi.volume.kubernetes.io/nodeid': `{"ebs.csi.aws.com":"i-${hexOf(o.name, 17)}"}`,
        'k8s.ovn.org/host-cidrs': `["${ip}/18"]`,
        'k8s.ovn.org/node-chassis-id': hexOf(`${o.name}/chassis`, 32),
        'k8s.ovn.org/node-primary-ifaddr': `{"ipv4":"${ip}/18"}`,
        'k8s.ovn.org/node-subnets': `{"default":["10.128.${Number.parseInt(hexOf(o.name, 2), 16)}.0/23"]}`,
        'k8s.ovn.org/zone-name': o.name,
        ...(o.hosted
          ? {}
          : {
              'machine.openshift.io/machine': `openshift-machine-api/ocp-${pool}-${hexOf(o.name, 5)}`,
            }),
        ...mcd,
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      providerID: `aws:///${zone}/i-${hexOf(o.name, 17)}`,
      ...(o.role === 'master' && !o.schedulableMaster
        ? { taints: [{ key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' }] }
        : {}),
      ...(o.updatingTo
        ? {
            unschedulable: true,
            taints: [
              {
                key: 'node.kubernetes.io/unschedulable',
                effect: 'NoSchedule',
                timeAdded: '2026-08-01T00:10:00Z',
              },
            ],
          }
        : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: o.name },
        { type: 'InternalDNS', address: o.name },
      ],
      allocatable: {
        cpu: o.role === 'master' ? '3500m' : '7500m',
        'ephemeral-storage': '114345831029',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: o.role === 'master' ? '15225740Ki' : '31034252Ki',
        pods: '250',
      },
      capacity: {
        cpu: o.role === 'master' ? '4' : '8',
        'ephemeral-storage': '125238252Ki',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: o.role === 'master' ? '16376716Ki' : '32185228Ki',
        pods: '250',
      },
      conditions: [
        [
          'MemoryPressure',
          'False',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ],
        ['DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
        ['PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
        ['Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'],
      ].map(([type, status, reason, message]) => ({
        type,
        status,
        reason,
        message,
        lastHeartbeatTime: '2026-08-01T00:00:00Z',
        lastTransitionTime: '2026-07-01T00:00:00Z',
      })),
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      images: Array.from({ length: IMAGES_PER_NODE }, (_, i) => {
        const digest = hexOf(`${o.release}/image/${i}`, 64);
        return {
          names: [`quay.io/openshift-release-dev/ocp-v4.0-art-dev@sha256:${digest}`],
          sizeBytes: 400_000_000 + i * 7_654_321,
        };
      }),
      nodeInfo: {
        architecture: 'amd64',
        bootID: hexOf(`${o.name}/boot/${o.release}`, 32).replace(
          /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
          '$1-$2-$3-$4-$5',
        ),
        containerRuntimeVersion: r.crio,
        kernelVersion: r.kernel,
        kubeProxyVersion: '',
        kubeletVersion: r.kubelet,
        machineID: hexOf(`${o.name}/machine`, 32),
        operatingSystem: 'linux',
        osImage: r.os,
        systemUUID: hexOf(`${o.name}/uuid`, 32).replace(
          /^(.{8})(.{4})(.{4})(.{4})(.{12})$/,
          '$1-$2-$3-$4-$5',
        ),
      },
    },
  } as Node;
};

export interface PoolOptions {
  name: NodeRole;
  /** The cluster's release: what the pool's spec renders. */
  release: Release;
  machineCount: number;
  /** Nodes already on `release`; the others run `from` (default: all of them). */
  updated?: number;
  /** The release the pool's other nodes still run. */
  from?: Release;
  paused?: boolean;
}

const condition = (type: string, status: boolean, message = '', reason = '') => ({
  type,
  status: status ? 'True' : 'False',
  lastTransitionTime: '2026-08-01T00:00:00Z',
  message,
  reason,
});

/** A pool as machine-config-operator's node controller reports it (status.go calculateStatus). */
export const machineConfigPool = (o: PoolOptions): MachineConfigPool => {
  const updated = o.updated ?? o.machineCount;
  const target = renderedConfig(o.name, o.release);
  const current = updated < o.machineCount && o.from ? renderedConfig(o.name, o.from) : target;
  const done = updated >= o.machineCount;
  const updating = !done && !o.paused;
  const sources = [
    `00-${o.name}`,
    `01-${o.name}-container-runtime`,
    `01-${o.name}-kubelet`,
    `97-${o.name}-generated-kubelet`,
    `98-${o.name}-generated-kubelet`,
    `99-${o.name}-generated-registries`,
    `99-${o.name}-ssh`,
  ].map((name) => ({
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfig',
    name,
  }));
  return {
    apiVersion: 'machineconfiguration.openshift.io/v1',
    kind: 'MachineConfigPool',
    metadata: {
      name: o.name,
      labels: {
        'machineconfiguration.openshift.io/mco-built-in': '',
        ...(o.name === 'master'
          ? { 'operator.machineconfiguration.openshift.io/required-for-upgrade': '' }
          : {}),
        [`pools.operator.machineconfiguration.openshift.io/${o.name}`]: '',
      },
    },
    spec: {
      configuration: { name: target, source: sources },
      machineConfigSelector: { matchLabels: { 'machineconfiguration.openshift.io/role': o.name } },
      nodeSelector: { matchLabels: { [`node-role.kubernetes.io/${o.name}`]: '' } },
      paused: o.paused ?? false,
    },
    status: {
      observedGeneration: 4,
      configuration: { name: done ? target : current, source: sources },
      machineCount: o.machineCount,
      updatedMachineCount: updated,
      readyMachineCount: updating ? updated : o.paused ? 0 : o.machineCount,
      unavailableMachineCount: updating ? 1 : 0,
      degradedMachineCount: 0,
      conditions: [
        condition('RenderDegraded', false),
        condition('NodeDegraded', false),
        condition('Degraded', false),
        condition(
          'Updated',
          done,
          done ? `All nodes are updated with MachineConfig ${target}` : '',
        ),
        condition(
          'Updating',
          updating,
          updating ? `All nodes are updating to MachineConfig ${target}` : '',
        ),
      ],
    },
  } as MachineConfigPool;
};

export interface ClusterNodesOptions {
  release: Release;
  masters?: number;
  workers?: number;
  /** Pool state by pool name: mid-update (`updated`, `from`) or paused. */
  pools?: Partial<Record<NodeRole, Omit<PoolOptions, 'name' | 'release' | 'machineCount'>>>;
  /** A hosted control plane: workers only, no machine config pools. */
  hosted?: boolean;
}

const ZONES = ['a', 'b', 'c'];

/** The Nodes and pools of a cluster on `release`, with each pool's nodes as far as it got. */
export const clusterNodes = (
  o: ClusterNodesOptions,
): { nodes: Node[]; pools: MachineConfigPool[] } => {
  const masters = o.hosted ? 0 : (o.masters ?? 3);
  const workers = o.workers ?? 3;
  const compact = workers === 0;
  const nodes: Node[] = [];
  const pools: MachineConfigPool[] = [];
  const roles: [NodeRole, number][] = [
    ['master', masters],
    ['worker', workers],
  ];
  for (const [role, count] of roles) {
    if (count === 0) continue;
    const state = o.pools?.[role] ?? {};
    const updated = state.updated ?? count;
    for (let i = 0; i < count; i++) {
      const onTarget = i < updated || !state.from;
      // The first node not yet updated is the one the daemon drains now (unless paused).
      const draining = !onTarget && i === updated && !state.paused;
      nodes.push(
        node({
          name: `ip-10-0-${role === 'master' ? 0 : 1}-${10 + i}.us-east-2.compute.internal`,
          role,
          release: onTarget ? o.release : (state.from ?? o.release),
          zone: ZONES[i % ZONES.length],
          schedulableMaster: role === 'master' && compact,
          hosted: o.hosted,
          ...(draining ? { updatingTo: o.release } : {}),
        }),
      );
    }
    if (!o.hosted)
      pools.push(
        machineConfigPool({ name: role, release: o.release, machineCount: count, ...state }),
      );
  }
  // A compact cluster still has an empty worker pool.
  if (!o.hosted && compact)
    pools.push(machineConfigPool({ name: 'worker', release: o.release, machineCount: 0 }));
  return { nodes, pools };
};
