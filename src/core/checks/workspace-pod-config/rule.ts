/**
 * workspace-pod-config: what each running workspace pod with `hostUsers: false` actually got,
 * against what nested podman needs (DOMAIN.md "What a workspace pod gets"), each container judged
 * for what its role gets (core/containerRoles.ts):
 * - admitted by the run SCC (openshift.io/scc); another one means a higher-priority SCC won
 *   (devworkspace-operator#884) and the pod lacks the run SCC's capabilities;
 * - HOST_USERS=false in every tool container, which the developer image's entrypoint needs to
 *   rewrite /etc/subuid and /etc/subgid (without it newuidmap fails, eclipse-che/che#23728), and in
 *   project-clone (which gets the common env too; a miss there is a warning);
 * - the CRI-O devices annotation with /dev/fuse (fuse-overlayfs) and /dev/net/tun (pasta networking);
 * - procMount Unmasked in every tool container, so podman can mount /proc for its containers, and
 *   in the routing container (which gets the DWOC's security context; a miss there is a warning).
 * The gateway never gets HOST_USERS and project-clone no security context: neither is a miss.
 */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckDetail, CheckResult } from '../../results';
import type { CheClusterContext } from '../../cheClusterContext';
import type { ContainerRole } from '../../containerRoles';
import { isDict } from '../../guards';
import {
  podIntrinsicsOf,
  type ContainerMisses,
  type Miss,
  type RoleCounts,
} from '../../podIntrinsics';
import * as fix from './remedies';
import { na, result, stateOf, unusable } from '../../resultBuilders';
import type { WorkspaceBucket } from '../../workspaceIndex';
import { CRIO_DEVICES_ANNOTATION } from '../../../models/cheCluster';
import { SCC_ANNOTATION } from '../../../models/pod';

const MAX_OBJECT_REMEDIES = 5;
const ROLES: readonly ContainerRole[] = ['tool', 'routing', 'project-clone', 'init'];

export interface PodJudgement {
  /** No readable container: nothing can be told about this pod. */
  unreadable: boolean;
  /** Pod-level misses (SCC, devices annotation). */
  pod: Miss[];
  containers: readonly ContainerMisses[];
}

const NO_MISSES: Miss[] = [];
/** Shared by every healthy pod: most are, and the check should not allocate for them. */
const HEALTHY: PodJudgement = Object.freeze({ unreadable: false, pod: NO_MISSES, containers: [] });
const UNREADABLE: PodJudgement = Object.freeze({ ...HEALTHY, unreadable: true });

/** A pod's misses: its own (podIntrinsics.ts) and those that depend on the run SCC's name. */
export const judgePod = (pod: unknown, runScc: string, counts: RoleCounts): PodJudgement => {
  if (!isDict(pod)) return UNREADABLE;
  const own = podIntrinsicsOf(pod);
  if (!own.readable) return UNREADABLE;
  for (const role of ROLES) counts[role] += own.roles[role];
  let misses: Miss[] | undefined;
  if (own.scc !== runScc)
    (misses ??= []).push({ what: `${SCC_ANNOTATION}=${own.scc ?? '(none)'}`, fatal: true });
  if (!own.devices.fuse)
    (misses ??= []).push({ what: `${CRIO_DEVICES_ANNOTATION}: /dev/fuse`, fatal: true });
  if (!own.devices.tun)
    (misses ??= []).push({ what: `${CRIO_DEVICES_ANNOTATION}: /dev/net/tun`, fatal: false });
  if (!misses && own.containerMisses.length === 0) return HEALTHY;
  return { unreadable: false, pod: misses ?? NO_MISSES, containers: own.containerMisses };
};

/** Detail key of one container's misses: `container:<role>:<namespace>/<pod>/<container>`. */
export const containerDetailKey = (role: ContainerRole, pod: string, container: string): string =>
  `container:${role}:${pod}/${container}`;

export const checkWorkspacePodConfig = (
  snapshot: ClusterSnapshot,
  ctx: CheClusterContext,
  scope: WorkspaceBucket,
): CheckResult => {
  const id = 'workspace-pod-config';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const s = stateOf(snapshot.workspacePods);
  if (s !== 'loaded' && s !== 'not-found') return unusable(id, 'pods', snapshot.workspacePods);
  // The bucket already left out terminated pods and pods of other CheClusters.
  const pods = scope.pods.filter((p) => p.hostUsersOff);
  if (pods.length === 0) return result(id, 'pass', 'pod-config-no-pods', {});
  const counts: RoleCounts = { tool: 0, routing: 0, 'project-clone': 0, init: 0 };
  const details: CheckDetail[] = [];
  const bad: string[] = [];
  const unreadable: string[] = [];
  let fatal = false;
  for (const pod of pods) {
    const judged = judgePod(pod.raw, ctx.runScc, counts);
    const ref = `${pod.namespace}/${pod.name}`;
    if (judged.unreadable) {
      unreadable.push(ref);
      details.push({ key: ref, actual: 'spec.containers: (none)', ok: false });
      continue;
    }
    if (judged.pod.length === 0 && judged.containers.length === 0) continue;
    bad.push(ref);
    fatal ||= judged.pod.some((m) => m.fatal);
    if (judged.pod.length > 0) {
      details.push({ key: ref, actual: judged.pod.map((m) => m.what), ok: false });
    }
    for (const c of judged.containers) {
      fatal ||= c.misses.some((m) => m.fatal);
      details.push({
        key: containerDetailKey(c.role, ref, c.container),
        actual: c.misses.map((m) => m.what),
        ok: false,
      });
    }
  }
  // What was judged, by role: the evidence that the gateway and project-clone were not asked for podman.
  const roleDetails: CheckDetail[] = ROLES.filter((r) => counts[r] > 0).map((r) => ({
    key: `containers.${r}`,
    actual: counts[r],
  }));
  if (bad.length === 0 && unreadable.length === 0) {
    return result(id, 'pass', 'pod-config-ok', { count: pods.length }, { details: roleDetails });
  }
  const extras = {
    field: 'metadata.annotations, spec.containers[].env, spec.containers[].securityContext',
    details: [{ key: 'workspaces.scc.expected', actual: ctx.runScc }, ...roleDetails, ...details],
    remedies: [
      fix.listWorkspacePodsUserns(),
      ...[...bad, ...unreadable].slice(0, MAX_OBJECT_REMEDIES).map((ref) => {
        const [namespace, name] = ref.split('/');
        return fix.showPodNestedConfig(namespace, name);
      }),
    ],
  };
  // A pod that cannot be read is "cannot tell" for it: worse than a warning, not a failure.
  if (!fatal && unreadable.length > 0) {
    return result(
      id,
      'unknown',
      'pod-config-unreadable',
      { count: unreadable.length, pods: unreadable },
      extras,
    );
  }
  return result(
    id,
    fatal ? 'fail' : 'warn',
    'pod-config-problems',
    { count: bad.length, pods: bad },
    extras,
  );
};
