/**
 * workspace-pod-config: what each running workspace pod with `hostUsers: false` actually got,
 * against what nested podman needs (DOMAIN.md "What a workspace pod gets"):
 * - admitted by the run SCC (openshift.io/scc); another one means a higher-priority SCC won
 *   (devworkspace-operator#884) and the pod lacks the run SCC's capabilities;
 * - HOST_USERS=false in every container, which the developer image's entrypoint needs to rewrite
 *   /etc/subuid and /etc/subgid (without it newuidmap fails, eclipse-che/che#23728);
 * - the CRI-O devices annotation with /dev/fuse (fuse-overlayfs) and /dev/net/tun (pasta networking);
 * - procMount Unmasked, so podman can mount /proc for its containers.
 */
import type { ClusterSnapshot } from '../snapshot';
import type { CheckDetail, CheckResult } from '../results';
import type { InstanceContext } from '../instance';
import { annotationsOf, at, dict, list, str } from '../guards';
import * as fix from '../remedies';
import { na, result, stateOf, unusable } from '../result';
import type { WorkspaceBucket } from '../workspaceIndex';
import { CRIO_DEVICES_ANNOTATION } from '../../models/cheCluster';
import { SCC_ANNOTATION } from '../../models/pod';

const MAX_OBJECT_REMEDIES = 5;

/** One miss of one pod; `fatal` when podman cannot run nested containers at all. */
interface Miss {
  what: string;
  fatal: boolean;
}

const hasHostUsersFalse = (container: unknown): boolean =>
  list(at(container, 'env')).some((e) => {
    const env = dict(e);
    return str(env.name) === 'HOST_USERS' && str(env.value) === 'false';
  });

const containerName = (c: unknown): string => str(dict(c).name) ?? '?';

/** The devices annotation's value is the same string on almost every pod: parse each value once. */
const devicesCache = new Map<string, { fuse: boolean; tun: boolean }>();
const devicesOf = (value: string): { fuse: boolean; tun: boolean } => {
  let d = devicesCache.get(value);
  if (d === undefined) {
    const list = value.split(',').map((x) => x.trim());
    d = { fuse: list.includes('/dev/fuse'), tun: list.includes('/dev/net/tun') };
    if (devicesCache.size < 64) devicesCache.set(value, d);
  }
  return d;
};

export const podMisses = (pod: unknown, runScc: string): Miss[] => {
  const misses: Miss[] = [];
  const annotations = annotationsOf(pod);
  const scc = str(annotations[SCC_ANNOTATION]);
  if (scc !== runScc) misses.push({ what: `${SCC_ANNOTATION}=${scc ?? '(none)'}`, fatal: true });
  const containers = list(dict(dict(pod).spec).containers);
  const noEnv = containers.filter((c) => !hasHostUsersFalse(c)).map(containerName);
  if (noEnv.length > 0)
    misses.push({ what: `HOST_USERS=false (${noEnv.join(', ')})`, fatal: true });
  const devices = devicesOf(str(annotations[CRIO_DEVICES_ANNOTATION]) ?? '');
  if (!devices.fuse) {
    misses.push({ what: `${CRIO_DEVICES_ANNOTATION}: /dev/fuse`, fatal: true });
  }
  if (!devices.tun) {
    misses.push({ what: `${CRIO_DEVICES_ANNOTATION}: /dev/net/tun`, fatal: false });
  }
  const masked = containers
    .filter((c) => str(dict(dict(c).securityContext).procMount) !== 'Unmasked')
    .map(containerName);
  if (masked.length > 0) {
    misses.push({ what: `securityContext.procMount Unmasked (${masked.join(', ')})`, fatal: true });
  }
  return misses;
};

export const checkWorkspacePodConfig = (
  snapshot: ClusterSnapshot,
  ctx: InstanceContext,
  scope: WorkspaceBucket,
): CheckResult => {
  const id = 'workspace-pod-config';
  if (!ctx.requestedEnabled) return na(id, 'feature-off');
  const s = stateOf(snapshot.workspacePods);
  if (s !== 'loaded' && s !== 'not-found') return unusable(id, 'pods', snapshot.workspacePods);
  // The bucket already left out terminated pods and pods of other CheClusters.
  const pods = scope.pods.filter((p) => p.hostUsersOff);
  if (pods.length === 0) return result(id, 'pass', 'pod-config-no-pods', {});
  const details: CheckDetail[] = [];
  const bad: { namespace: string; name: string }[] = [];
  let fatal = false;
  for (const pod of pods) {
    const misses = podMisses(pod.raw, ctx.runScc);
    if (misses.length === 0) continue;
    fatal ||= misses.some((m) => m.fatal);
    const ref = { namespace: pod.namespace, name: pod.name };
    bad.push(ref);
    details.push({
      key: `${ref.namespace}/${ref.name}`,
      actual: misses.map((m) => m.what),
      ok: false,
    });
  }
  if (bad.length === 0) return result(id, 'pass', 'pod-config-ok', { count: pods.length });
  return result(
    id,
    fatal ? 'fail' : 'warn',
    'pod-config-problems',
    { count: bad.length, pods: bad.map((p) => `${p.namespace}/${p.name}`) },
    {
      field: 'metadata.annotations, spec.containers[].env, spec.containers[].securityContext',
      details: [{ key: 'workspaces.scc.expected', actual: ctx.runScc }, ...details],
      remedies: [
        fix.listWorkspacePodsUserns(),
        ...bad
          .slice(0, MAX_OBJECT_REMEDIES)
          .map((p) => fix.showPodNestedConfig(p.namespace, p.name)),
      ],
    },
  );
};
