/** root-on-host (audit): workspace pods that are, or may become, root on the node. */
import type { ClusterSnapshot } from '../../snapshot';
import type { CheckResult, RootOnHostPod } from '../../results';
import * as fix from './remedies';
import { result, stateOf, unusable } from '../../resultBuilders';
import type { WorkspaceBucket } from '../../workspaceIndex';

/** Per-object remedies are capped; the listing command covers the rest. */
const MAX_OBJECT_REMEDIES = 5;
export const rootOnHostPodsOf = (scope: WorkspaceBucket): RootOnHostPod[] =>
  scope.pods
    .filter((p) => p.rootReasons.length > 0)
    .map((p) => ({
      namespace: p.namespace,
      name: p.name,
      ...(p.workspaceId !== undefined ? { workspaceId: p.workspaceId } : {}),
      ...(p.scc !== undefined ? { scc: p.scc } : {}),
      reasons: [...p.rootReasons],
    }));

export const checkRootOnHost = (
  snapshot: ClusterSnapshot,
  scope: WorkspaceBucket,
  found: RootOnHostPod[],
): CheckResult => {
  const id = 'root-on-host';
  const s = stateOf(snapshot.workspacePods);
  if (s !== 'loaded' && s !== 'not-found') return unusable(id, 'pods', snapshot.workspacePods);
  if (found.length === 0) return result(id, 'pass', 'root-none', { pods: scope.pods.length });
  const count = (r: string) => found.filter((p) => p.reasons.includes(r)).length;
  const root = found.filter(
    (p) => p.reasons.includes('runs-as-root') || p.reasons.includes('privileged'),
  );
  const details = [
    { key: 'pods.rootOnHost', actual: root.length, expected: 0, ok: root.length === 0 },
    { key: 'pods.runsAsRoot', actual: count('runs-as-root') },
    { key: 'pods.allowsPrivilegeEscalation', actual: count('allows-privilege-escalation') },
    { key: 'pods.privileged', actual: count('privileged') },
  ];
  const remedies = [
    fix.listWorkspacePodsUserns(),
    ...(root.length > 0 ? root : found)
      .slice(0, MAX_OBJECT_REMEDIES)
      .map((p) => fix.showPodSecurity(p.namespace, p.name)),
  ];
  // Root or privileged is root on the node today; escalation only could reach it (setuid binary).
  if (root.length > 0)
    return result(
      id,
      'fail',
      'root-found',
      { count: root.length },
      { field: 'spec.hostUsers', details, remedies },
    );
  return result(
    id,
    'warn',
    'escalation-possible',
    { count: found.length },
    { field: 'spec.containers[].securityContext.allowPrivilegeEscalation', details, remedies },
  );
};
