/**
 * DevWorkspaces and workspace pods, read once and bucketed by CheCluster, so that every
 * per-CheCluster check is linear in the number of objects. Each fact keeps the object it was read
 * from, so a check that needs more than the facts reads its own objects without searching the list.
 * DevWorkspaces that are not a CheCluster's (the Web Terminal, other DevWorkspace Operator users)
 * and their pods are only counted.
 */
import type { ClusterSnapshot, ResourceState } from './snapshot';
import {
  CHE_ROUTING_CLASS,
  CREATOR_LABEL,
  DWOC_ATTRIBUTE,
  SCC_ATTRIBUTE,
} from '../models/devWorkspace';
import { DWOC_NAME } from '../models/devWorkspaceOperatorConfig';
import { at, dict, isDict, list, num, str, type Dict } from './guards';
import { ESCALATION, PRIVILEGED, ROOT, podIntrinsicsOf, type PodIntrinsics } from './podIntrinsics';
import { dataOf } from './resultBuilders';

export interface WorkspaceFact {
  namespace: string;
  name: string;
  creator?: string;
  scc?: string;
  started: boolean;
  id?: string;
  /** The DevWorkspace as listed. */
  raw: Dict;
}

export interface PodFact {
  namespace: string;
  name: string;
  workspaceId?: string;
  scc?: string;
  hostUsersOff: boolean;
  /** `runs-as-root`, `allows-privilege-escalation`, `privileged`; empty when safe. */
  rootReasons: readonly string[];
  /** The pod as listed. */
  raw: Dict;
}

export interface WorkspaceBucket {
  workspaces: WorkspaceFact[];
  pods: PodFact[];
}

/** The index: each CheCluster's own, the Dev Spaces ones no CheCluster claims, the others' count. */
export interface WorkspaceIndex {
  byNamespace: Map<string, WorkspaceBucket>;
  shared: WorkspaceBucket;
  /** DevWorkspaces no CheCluster runs (their pods are left out): counted apart, never judged. */
  others: { workspaces: number };
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

/** Shared by every safe pod: most pods are, and the index should not allocate for them. */
const NO_REASONS: readonly string[] = Object.freeze([]);
/** The reasons for each combination of flags, built once. */
const REASONS: readonly (readonly string[])[] = Array.from({ length: 8 }, (_, flags) =>
  flags === 0
    ? NO_REASONS
    : Object.freeze([
        ...(flags & ROOT ? ['runs-as-root'] : []),
        ...(flags & ESCALATION ? ['allows-privilege-escalation'] : []),
        ...(flags & PRIVILEGED ? ['privileged'] : []),
      ]),
);

/**
 * The root-on-host rule (its per-container part is podIntrinsics.ts containerFlags): a pod with
 * `hostUsers: false` is safe; otherwise a container runs as root, allows privilege escalation, or
 * is privileged. Whether "no runAsUser" means root depends on the pod's SCC, read from the cluster.
 */
const rootReasonsOf = (
  own: PodIntrinsics,
  forcesNonRoot: (scc?: string) => boolean,
): readonly string[] => {
  if (own.rootFlags[0] === 0 && own.rootFlags[1] === 0) return NO_REASONS;
  return REASONS[own.rootFlags[forcesNonRoot(own.scc) ? 1 : 0]];
};

/**
 * Whose a DevWorkspace is. Dev Spaces' own have `spec.routingClass: che` (the dashboard sets it when
 * it creates one: che-dashboard devWorkspaceClient.ts createDevWorkspace) or the attribute naming
 * their CheCluster's DWOC `devworkspace-config` (added at start: managePvcStrategy), through which
 * hostUsers and the run security context reach them. Anything else is another DWO user's: the
 * console's Web Terminal (`routingClass: web-terminal`, console webterminal-plugin
 * cloud-shell-utils.ts, in `openshift-terminal` or in a developer's active project, so the namespace
 * says nothing), DWO's samples (no routingClass). A DevWorkspace without a readable spec cannot be
 * told apart and stays Dev Spaces': a finding too many costs a look, a hidden one costs a workspace.
 * Returns the CheCluster namespace its DWOC names, `SHARED` (Dev Spaces', no known DWOC) or `OTHER`.
 */
const SHARED = 0;
const OTHER = 1;
const ownerOf = (
  spec: unknown,
  known: ReadonlySet<string>,
): string | typeof SHARED | typeof OTHER => {
  if (!isDict(spec)) return SHARED;
  const ref = dict(dict(dict(spec.template).attributes)[DWOC_ATTRIBUTE]);
  const ns = str(ref.namespace);
  if (ns !== undefined && str(ref.name) === DWOC_NAME && known.has(ns)) return ns;
  return spec.routingClass === CHE_ROUTING_CLASS ? SHARED : OTHER;
};

/** What the index keeps of one DevWorkspace. */
const workspaceFactOf = (dw: Dict): WorkspaceFact => {
  const meta = dict(dw.metadata);
  const spec = dict(dw.spec);
  const attributes = dict(dict(spec.template).attributes);
  return {
    namespace: str(meta.namespace) ?? '',
    name: str(meta.name) ?? '',
    creator: str(dict(meta.labels)[CREATOR_LABEL]),
    scc: str(attributes[SCC_ATTRIBUTE]),
    started: spec.started === true,
    id: str(dict(dw.status).devworkspaceId),
    raw: dw,
  };
};

/**
 * What the index keeps of one workspace pod; undefined for a finished one, or for a pod whose
 * `controller.devfile.io/devworkspace_id` names another DWO user's workspace.
 */
const podFactOf = (
  pod: Dict,
  otherIds: ReadonlySet<string>,
  forcesNonRoot: (scc?: string) => boolean,
): PodFact | undefined => {
  const own = podIntrinsicsOf(pod);
  if (own.terminated) return undefined;
  if (own.workspaceId !== undefined && otherIds.has(own.workspaceId)) return undefined;
  return {
    namespace: own.namespace,
    name: own.name,
    workspaceId: own.workspaceId,
    scc: own.scc,
    hostUsersOff: own.hostUsersOff,
    rootReasons: rootReasonsOf(own, forcesNonRoot),
    raw: pod,
  };
};

/**
 * Buckets workspaces and pods by the CheCluster namespace they belong to. With one CheCluster
 * every Dev Spaces workspace is its own. With several, a workspace belongs to the CheCluster whose
 * DWOC it references, and a pod to its workspace's CheCluster; Dev Spaces workspaces without that
 * reference land in `shared` and are shown under every CheCluster, since a workspace missing from
 * the warning breaks silently while an extra row costs a second look. Other DWO users' workspaces
 * are counted in `others`; their pods are left out.
 *
 * A pod is another's only when its `controller.devfile.io/devworkspace_id` names a listed
 * DevWorkspace that is another's. A pod whose DevWorkspace is not in the list stays judged (in
 * `shared`): the two lists are separate watches (a pod outlives its deleted DevWorkspace while it
 * terminates, or arrives before it), and the DevWorkspace list may be unreadable; dropping such pods
 * would hide a pod that is root on the node.
 */
export const indexWorkspaces = (
  snapshot: ClusterSnapshot,
  cheNamespaces: string[],
): WorkspaceIndex => {
  const single = cheNamespaces.length <= 1;
  const known = new Set(cheNamespaces);
  const byNamespace = new Map<string, WorkspaceBucket>(
    cheNamespaces.map((ns) => [ns, { workspaces: [], pods: [] }]),
  );
  const shared: WorkspaceBucket = { workspaces: [], pods: [] };
  const others = { workspaces: 0 };
  const bucket = (owner: string | undefined) =>
    (!single && owner !== undefined && byNamespace.get(owner)) || shared;
  const ownerById = new Map<string, string>();
  // Usually a handful (terminals): one Set lookup per pod, no map of every workspace.
  const otherIds = new Set<string>();
  const nonRootCache = new Map<string, boolean>();
  const forcesNonRoot = (scc?: string) => {
    const key = scc ?? '';
    let v = nonRootCache.get(key);
    if (v === undefined) nonRootCache.set(key, (v = sccForcesNonRoot(snapshot, scc)));
    return v;
  };

  // Each loop only calls: a long loop body is compiled on the stack before the code after it has
  // run, and V8 then deoptimises on that code every evaluation.
  for (const dw of list(dataOf(snapshot.devWorkspaces))) {
    if (!isDict(dw)) continue; // not an object: nothing to report about it
    const owner = ownerOf(dw.spec, known);
    if (owner === OTHER) {
      others.workspaces++;
      const id = str(dict(dw.status).devworkspaceId);
      if (id) otherIds.add(id);
      continue;
    }
    const fact = workspaceFactOf(dw);
    if (single) {
      shared.workspaces.push(fact);
      continue;
    }
    const attributed = owner === SHARED ? undefined : owner;
    if (fact.id && attributed) ownerById.set(fact.id, attributed);
    bucket(attributed).workspaces.push(fact);
  }
  for (const pod of list(dataOf(snapshot.workspacePods))) {
    const fact = isDict(pod) ? podFactOf(pod, otherIds, forcesNonRoot) : undefined;
    if (!fact) continue;
    if (single) shared.pods.push(fact);
    else bucket(fact.workspaceId ? ownerById.get(fact.workspaceId) : undefined).pods.push(fact);
  }
  return { byNamespace, shared, others };
};

/** Everything a CheCluster must consider: its own bucket plus the unattributed ones. */
export const scopeFor = (index: WorkspaceIndex, namespace: string): WorkspaceBucket => {
  const own = index.byNamespace.get(namespace);
  if (!own || (own.workspaces.length === 0 && own.pods.length === 0)) return index.shared;
  return {
    workspaces: [...own.workspaces, ...index.shared.workspaces],
    pods: [...own.pods, ...index.shared.pods],
  };
};
