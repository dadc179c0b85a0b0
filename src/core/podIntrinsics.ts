/**
 * What a workspace pod says about itself, whatever the rest of the cluster holds: its names, its
 * containers' misses for nested podman by role, and the root-on-node flags of its containers. Read
 * once per pod object and kept while the object lives.
 *
 * Why a memo: the console keeps each listed object as the same JavaScript object until it changes
 * (console-dynamic-plugin-sdk k8s-watcher.ts getReduxData caches each item's toJSON()), so when one
 * of 10k pods changes, only that pod is read again. Objects from the API are never mutated here
 * (the evaluator only reads), which is what makes keying on the object sound.
 */
import { JUDGED, roleOf, type ContainerRole } from './containerRoles';
import { bool, dict, isDict, list, num, str, type Dict } from './guards';
import { CRIO_DEVICES_ANNOTATION } from '../models/cheCluster';
import { SCC_ANNOTATION, WORKSPACE_ID_LABEL } from '../models/pod';

/** One miss of one pod or container; `fatal` when podman cannot run nested containers at all. */
export interface Miss {
  what: string;
  fatal: boolean;
}

/** The misses of one container, named with its role. */
export interface ContainerMisses {
  container: string;
  role: ContainerRole;
  misses: Miss[];
}

/** Containers by role (the evidence of a pass). */
export type RoleCounts = Record<ContainerRole, number>;

/** Root-on-node flags of a pod's containers (workspaceIndex.ts rootReasonsOf). */
export const ROOT = 1;
export const ESCALATION = 2;
export const PRIVILEGED = 4;

export interface PodIntrinsics {
  namespace: string;
  name: string;
  workspaceId?: string;
  scc?: string;
  terminated: boolean;
  hostUsersOff: boolean;
  /** At least one container in `spec.containers`. */
  readable: boolean;
  devices: { fuse: boolean; tun: boolean };
  roles: Readonly<RoleCounts>;
  /** Containers that miss a nested-podman setting their role gets (pods with hostUsers false). */
  containerMisses: readonly ContainerMisses[];
  /** Root flags when the pod's SCC may yield UID 0, and when it forces a non-root UID. */
  rootFlags: readonly [number, number];
}

/**
 * HOST_USERS=false as the container will see it: with a name twice (the dashboard's component env,
 * then DWO's common env) the last one wins, so read from the end.
 */
const hasHostUsersFalse = (container: unknown): boolean => {
  const env = dict(container).env;
  if (!Array.isArray(env)) return false;
  for (let i = env.length - 1; i >= 0; i--) {
    const e: unknown = env[i];
    if (isDict(e) && e.name === 'HOST_USERS') return e.value === 'false';
  }
  return false;
};

/** The devices annotation's value is the same string on almost every pod: parse each value once. */
const devicesCache = new Map<string, { fuse: boolean; tun: boolean }>();
const devicesOf = (value: string): { fuse: boolean; tun: boolean } => {
  let d = devicesCache.get(value);
  if (d === undefined) {
    const items = value.split(',').map((x) => x.trim());
    d = { fuse: items.includes('/dev/fuse'), tun: items.includes('/dev/net/tun') };
    if (devicesCache.size < 64) devicesCache.set(value, d);
  }
  return d;
};

const NO_MISSES: readonly ContainerMisses[] = Object.freeze([]);

/** The misses of every container of one list; allocates only when a container misses something. */
function judgeContainers(
  containers: unknown[],
  init: boolean,
  judge: boolean,
  counts: RoleCounts,
  out: ContainerMisses[] | undefined,
): ContainerMisses[] | undefined {
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    const role = roleOf(c, init);
    counts[role]++;
    if (!judge || role === 'init') continue; // init containers are judged for nothing
    const judged = JUDGED[role];
    const noEnv = judged.env && !hasHostUsersFalse(c);
    const masked = judged.procMount && dict(dict(c).securityContext).procMount !== 'Unmasked';
    if (!noEnv && !masked) continue;
    const misses: Miss[] = [];
    if (noEnv) misses.push({ what: 'HOST_USERS=false', fatal: judged.fatal });
    if (masked) misses.push({ what: 'securityContext.procMount: Unmasked', fatal: judged.fatal });
    (out ??= []).push({ container: str(dict(c).name) ?? '?', role, misses });
  }
  return out;
}

/**
 * The root-on-node rule per container: runs as root (runAsUser 0, or none at either level while
 * runAsNonRoot is not true and the SCC does not force a non-root UID), allows privilege escalation
 * (not explicitly false: the API default is true), privileged.
 */
function containerFlags(
  container: unknown,
  podUid: number | undefined,
  podNonRoot: boolean | undefined,
  nonRootScc: boolean,
): number {
  const sc = dict(dict(container).securityContext);
  const uid = num(sc.runAsUser) ?? podUid;
  const nonRoot = bool(sc.runAsNonRoot) ?? podNonRoot;
  let flags = 0;
  if (uid === 0 || (uid === undefined && nonRoot !== true && !nonRootScc)) flags |= ROOT;
  if (sc.allowPrivilegeEscalation !== false) flags |= ESCALATION;
  if (sc.privileged === true) flags |= PRIVILEGED;
  return flags;
}

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
const SAFE = Object.freeze<[number, number]>([0, 0]);

/** A pod with `hostUsers: false` is safe: UID 0 inside maps to an unprivileged UID on the node. */
const rootFlagsOf = (spec: Dict): readonly [number, number] => {
  if (spec.hostUsers === false) return SAFE;
  const podSc = dict(spec.securityContext);
  const podUid = num(podSc.runAsUser);
  const podNonRoot = bool(podSc.runAsNonRoot);
  let allowing = 0;
  let forcing = 0;
  let seen = 0;
  for (const key of CONTAINER_LISTS) {
    const containers = list(spec[key]);
    for (let i = 0; i < containers.length; i++, seen++) {
      allowing |= containerFlags(containers[i], podUid, podNonRoot, false);
      forcing |= containerFlags(containers[i], podUid, podNonRoot, true);
    }
  }
  if (seen === 0) {
    allowing |= containerFlags({}, podUid, podNonRoot, false);
    forcing |= containerFlags({}, podUid, podNonRoot, true);
  }
  return allowing === 0 && forcing === 0 ? SAFE : [allowing, forcing];
};

const TERMINATED = new Set(['Succeeded', 'Failed']);

const read = (pod: Dict): PodIntrinsics => {
  const meta = dict(pod.metadata);
  const annotations = dict(meta.annotations);
  const spec = dict(pod.spec);
  const containers = list(spec.containers);
  const roles: RoleCounts = { tool: 0, routing: 0, 'project-clone': 0, init: 0 };
  // Only a pod with its own user namespace is judged for nested podman (workspace-pod-config).
  const judge = spec.hostUsers === false;
  let misses = judgeContainers(containers, false, judge, roles, undefined);
  misses = judgeContainers(list(spec.initContainers), true, judge, roles, misses);
  return {
    namespace: str(meta.namespace) ?? '',
    name: str(meta.name) ?? '',
    workspaceId: str(dict(meta.labels)[WORKSPACE_ID_LABEL]),
    scc: str(annotations[SCC_ANNOTATION]),
    terminated: TERMINATED.has(str(dict(pod.status).phase) ?? ''),
    hostUsersOff: spec.hostUsers === false,
    readable: containers.length > 0,
    devices: devicesOf(str(annotations[CRIO_DEVICES_ANNOTATION]) ?? ''),
    roles,
    containerMisses: misses ?? NO_MISSES,
    rootFlags: rootFlagsOf(spec),
  };
};

const memo = new WeakMap<Dict, PodIntrinsics>();

export const podIntrinsicsOf = (pod: Dict): PodIntrinsics => {
  let v = memo.get(pod);
  if (v === undefined) memo.set(pod, (v = read(pod)));
  return v;
};
