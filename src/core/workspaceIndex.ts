/**
 * DevWorkspaces and workspace pods, read once and bucketed by CheCluster, so that every
 * per-instance check is linear in the number of objects.
 */
import type { ClusterSnapshot, ResourceState } from './snapshot';
import { CREATOR_LABEL, SCC_ATTRIBUTE } from '../models/devWorkspace';
import { SCC_ANNOTATION, WORKSPACE_ID_LABEL } from '../models/pod';
import {
  annotationsOf,
  at,
  bool,
  dict,
  labelsOf,
  list,
  namespaceOf,
  nameOf,
  num,
  str,
} from './guards';
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
 * (runAsUser MustRunAsRange/MustRunAsNonRoot, or MustRunAs with a non-zero uid), otherwise from
 * the list of built-ins above. Unknown SCCs (anyuid, privileged, custom) are assumed to allow root.
 */
const sccForcesNonRoot = (snapshot: ClusterSnapshot, name: string | undefined): boolean => {
  if (!name) return false;
  const scc = dataOf(dict(snapshot.sccs)[name] as ResourceState<unknown> | undefined);
  if (scc === undefined) return NON_ROOT_SCCS.has(name);
  const type = str(at(scc, 'runAsUser', 'type'));
  if (type === 'MustRunAsRange' || type === 'MustRunAsNonRoot') return true;
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
export const rootReasonsOf = (pod: unknown, forcesNonRoot: (scc?: string) => boolean): string[] => {
  if (bool(at(pod, 'spec', 'hostUsers')) === false) return [];
  const podSc = dict(at(pod, 'spec', 'securityContext'));
  const containers = [
    ...list(at(pod, 'spec', 'containers')),
    ...list(at(pod, 'spec', 'initContainers')),
    ...list(at(pod, 'spec', 'ephemeralContainers')),
  ];
  const scc = str(annotationsOf(pod)[SCC_ANNOTATION]);
  const reasons = new Set<string>();
  for (const c of containers.length > 0 ? containers : [{}]) {
    const sc = dict(at(c, 'securityContext'));
    const uid = num(sc.runAsUser) ?? num(podSc.runAsUser);
    const nonRoot = bool(sc.runAsNonRoot) ?? bool(podSc.runAsNonRoot);
    if (uid === 0 || (uid === undefined && nonRoot !== true && !forcesNonRoot(scc))) {
      reasons.add('runs-as-root');
    }
    if (bool(sc.allowPrivilegeEscalation) !== false) reasons.add('allows-privilege-escalation');
    if (bool(sc.privileged) === true) reasons.add('privileged');
  }
  return [...reasons];
};

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
    const attributes = dict(at(dw, 'spec', 'template', 'attributes'));
    const owner = str(at(attributes[DWOC_ATTRIBUTE], 'namespace'));
    const id = str(at(dw, 'status', 'devworkspaceId'));
    const fact: WorkspaceFact = {
      namespace: namespaceOf(dw),
      name: nameOf(dw),
      creator: str(labelsOf(dw)[CREATOR_LABEL]),
      scc: str(attributes[SCC_ATTRIBUTE]),
      started: bool(at(dw, 'spec', 'started')) === true,
      id,
    };
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
    if (TERMINATED.has(str(at(pod, 'status', 'phase')) ?? '')) continue;
    const workspaceId = str(labelsOf(pod)[WORKSPACE_ID_LABEL]);
    const fact: PodFact = {
      namespace: namespaceOf(pod),
      name: nameOf(pod),
      workspaceId,
      scc: str(annotationsOf(pod)[SCC_ANNOTATION]),
      hostUsersOff: bool(at(pod, 'spec', 'hostUsers')) === false,
      rootReasons: rootReasonsOf(pod, forcesNonRoot),
    };
    bucket(workspaceId ? ownerById.get(workspaceId) : undefined).pods.push(fact);
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
