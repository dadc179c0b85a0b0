/**
 * DevWorkspaces and workspace pods, read once and bucketed by CheCluster, so that every
 * per-instance check is linear in the number of objects.
 */
import type { ClusterSnapshot, ResourceState } from './snapshot';
import { CREATOR_LABEL, SCC_ATTRIBUTE } from '../models/devWorkspace';
import { SCC_ANNOTATION, WORKSPACE_ID_LABEL } from '../models/pod';
import { annotationsOf, at, bool, dict, isDict, list, num, str } from './guards';
import { dataOf } from './result';

/** Attribute the Dev Spaces dashboard sets so a workspace uses its CheCluster's DWOC. */
export const DWOC_ATTRIBUTE = 'controller.devfile.io/devworkspace-config';

export interface WorkspaceFact {
  namespace: string;
  name: string;
  creator?: string;
  scc?: string;
  started: boolean;
  id?: string;
}

export interface PodFact {
  namespace: string;
  name: string;
  workspaceId?: string;
  scc?: string;
  hostUsersOff: boolean;
  /** `runs-as-root`, `allows-privilege-escalation`, `privileged`; empty when safe. */
  rootReasons: string[];
}

export interface WorkspaceBucket {
  workspaces: WorkspaceFact[];
  pods: PodFact[];
}

/** SCCs whose runAsUser strategy never yields UID 0 (OpenShift built-ins). */
export const NON_ROOT_SCCS: ReadonlySet<string> = new Set([
  'restricted',
  'restricted-v2',
  'restricted-v3',
  'nonroot',
  'nonroot-v2',
  'hostnetwork',
  'hostnetwork-v2',
]);

/**
 * Whether SCC admission forces a non-root UID: from the SCC itself when the snapshot has it
 * (runAsUser MustRunAsNonRoot, MustRunAsRange unless its range starts at 0, or MustRunAs with a
 * non-zero uid), otherwise from
 * the list of built-ins above. Unknown SCCs (anyuid, privileged, custom) are assumed to allow root.
 */
const sccForcesNonRoot = (snapshot: ClusterSnapshot, name: string | undefined): boolean => {
  if (!name) return false;
  const scc = dataOf(dict(snapshot.sccs)[name] as ResourceState<unknown> | undefined);
  if (scc === undefined) return NON_ROOT_SCCS.has(name);
  const type = str(at(scc, 'runAsUser', 'type'));
  // A range from the SCC that starts at 0 admits UID 0; without one, the namespace's range applies.
  if (type === 'MustRunAsRange') return num(at(scc, 'runAsUser', 'uidRangeMin')) !== 0;
  if (type === 'MustRunAsNonRoot') return true;
  return type === 'MustRunAs' && (num(at(scc, 'runAsUser', 'uid')) ?? 0) !== 0;
};

/**
 * The root-on-host rule. A pod with `hostUsers: false` is safe (UID 0 inside maps to an
 * unprivileged UID on the node). Otherwise, per container (init containers included):
 * - runs as root: runAsUser 0 (container, else pod), or no runAsUser at either level while
 *   runAsNonRoot is not true and the pod's SCC does not force a non-root UID;
 * - allows privilege escalation: allowPrivilegeEscalation not explicitly false (API default true);
 * - privileged: privileged true.
 */
const ROOT = 1;
const ESCALATION = 2;
const PRIVILEGED = 4;
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

export const rootReasonsOf = (pod: unknown, forcesNonRoot: (scc?: string) => boolean): string[] => {
  const spec = dict(at(pod, 'spec'));
  if (spec.hostUsers === false) return [];
  const podSc = dict(spec.securityContext);
  const podUid = num(podSc.runAsUser);
  const podNonRoot = bool(podSc.runAsNonRoot);
  const nonRootScc = forcesNonRoot(str(annotationsOf(pod)[SCC_ANNOTATION]));
  let flags = 0;
  let seen = 0;
  // Plain loops, no closures: this runs once per workspace pod on every evaluation.
  for (const key of CONTAINER_LISTS) {
    const containers = list(spec[key]);
    for (let i = 0; i < containers.length; i++, seen++) {
      flags |= containerFlags(containers[i], podUid, podNonRoot, nonRootScc);
    }
  }
  if (seen === 0) flags |= containerFlags({}, podUid, podNonRoot, nonRootScc);
  const reasons: string[] = [];
  if (flags & ROOT) reasons.push('runs-as-root');
  if (flags & ESCALATION) reasons.push('allows-privilege-escalation');
  if (flags & PRIVILEGED) reasons.push('privileged');
  return reasons;
};

function containerFlags(
  container: unknown,
  podUid: number | undefined,
  podNonRoot: boolean | undefined,
  nonRootScc: boolean,
): number {
  const sc = dict(at(container, 'securityContext'));
  const uid = num(sc.runAsUser) ?? podUid;
  const nonRoot = bool(sc.runAsNonRoot) ?? podNonRoot;
  let flags = 0;
  if (uid === 0 || (uid === undefined && nonRoot !== true && !nonRootScc)) flags |= ROOT;
  if (sc.allowPrivilegeEscalation !== false) flags |= ESCALATION;
  if (sc.privileged === true) flags |= PRIVILEGED;
  return flags;
}

const TERMINATED = new Set(['Succeeded', 'Failed']);

/**
 * Buckets workspaces and pods by the CheCluster namespace they belong to. With one CheCluster
 * everything is its own. With several, a workspace belongs to the CheCluster whose DWOC it
 * references (DWOC_ATTRIBUTE, set by that Dev Spaces dashboard), and a pod to its workspace's
 * CheCluster; anything unattributed lands in `shared` and is shown under every CheCluster, since a
 * workspace missing from the warning breaks silently while an extra row costs a second look.
 */
export const indexWorkspaces = (
  snapshot: ClusterSnapshot,
  cheNamespaces: string[],
): { byNamespace: Map<string, WorkspaceBucket>; shared: WorkspaceBucket } => {
  const single = cheNamespaces.length <= 1;
  const known = new Set(cheNamespaces);
  const byNamespace = new Map<string, WorkspaceBucket>(
    cheNamespaces.map((ns) => [ns, { workspaces: [], pods: [] }]),
  );
  const shared: WorkspaceBucket = { workspaces: [], pods: [] };
  const bucket = (owner: string | undefined) =>
    (!single && owner !== undefined && byNamespace.get(owner)) || shared;
  const ownerById = new Map<string, string>();

  for (const dw of list(dataOf(snapshot.devWorkspaces))) {
    if (!isDict(dw)) continue; // not an object: nothing to report about it
    const meta = dict(dw.metadata);
    const spec = dict(dw.spec);
    const attributes = dict(at(spec.template, 'attributes'));
    const owner = str(at(attributes[DWOC_ATTRIBUTE], 'namespace'));
    const id = str(at(dw.status, 'devworkspaceId'));
    const fact: WorkspaceFact = {
      namespace: str(meta.namespace) ?? '',
      name: str(meta.name) ?? '',
      creator: str(dict(meta.labels)[CREATOR_LABEL]),
      scc: str(attributes[SCC_ATTRIBUTE]),
      started: spec.started === true,
      id,
    };
    if (single) {
      shared.workspaces.push(fact);
      continue;
    }
    const attributed = owner !== undefined && known.has(owner) ? owner : undefined;
    if (id && attributed) ownerById.set(id, attributed);
    bucket(attributed).workspaces.push(fact);
  }

  const nonRootCache = new Map<string, boolean>();
  const forcesNonRoot = (scc?: string) => {
    const key = scc ?? '';
    let v = nonRootCache.get(key);
    if (v === undefined) nonRootCache.set(key, (v = sccForcesNonRoot(snapshot, scc)));
    return v;
  };
  for (const pod of list(dataOf(snapshot.workspacePods))) {
    if (!isDict(pod)) continue;
    if (TERMINATED.has(str(at(pod.status, 'phase')) ?? '')) continue;
    const meta = dict(pod.metadata);
    const workspaceId = str(dict(meta.labels)[WORKSPACE_ID_LABEL]);
    const fact: PodFact = {
      namespace: str(meta.namespace) ?? '',
      name: str(meta.name) ?? '',
      workspaceId,
      scc: str(dict(meta.annotations)[SCC_ANNOTATION]),
      hostUsersOff: at(pod.spec, 'hostUsers') === false,
      rootReasons: rootReasonsOf(pod, forcesNonRoot),
    };
    if (single) shared.pods.push(fact);
    else bucket(workspaceId ? ownerById.get(workspaceId) : undefined).pods.push(fact);
  }
  return { byNamespace, shared };
};

/** Everything an instance must consider: its own bucket plus the unattributed ones. */
export const scopeFor = (
  index: { byNamespace: Map<string, WorkspaceBucket>; shared: WorkspaceBucket },
  namespace: string,
): WorkspaceBucket => {
  const own = index.byNamespace.get(namespace);
  if (!own || (own.workspaces.length === 0 && own.pods.length === 0)) return index.shared;
  return {
    workspaces: [...own.workspaces, ...index.shared.workspaces],
    pods: [...own.pods, ...index.shared.pods],
  };
};
